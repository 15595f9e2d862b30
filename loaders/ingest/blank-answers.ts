// Answers left empty in a source: blank cells and "NA"-like markers in the columns that hold answers.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import type {SourceTable} from "./source-table.js";
import type {SourceColumns} from "./units.js";
import {missingMarkers} from "./values.js";

/** The columns of a source's raw table that hold answers, by index. */
export const answerColumns = (columns: SourceColumns) =>
  columns.value !== undefined ? [columns.value] : [...new Set(columns.items.values())];

/**
 * Counts, over every row of the raw table, the answer cells read as missing: `blank` (empty) and `placeholder`
 * (NA, N/A, NULL, .), from `texts`, its answer cells' texts counted (answer-values.ts `countTexts`). Cells the
 * reader already turned into null and counted (Wenjuanxing's `(跳过)`, `(空)`) are left to its own counts.
 */
export async function blankAnswers(
  db: DuckDBConnection,
  texts: string,
  table: SourceTable,
  columns: SourceColumns
): Promise<Record<string, number>> {
  const answers = answerColumns(columns);
  if (!answers.length) return {};
  const markers = missingMarkers("wide")
    .filter((m) => m !== "")
    .map(literal)
    .join(", ");
  // Counted over each distinct cell text: a few dozen texts, where testing 60 million cells took seconds.
  const reader = await db.runAndReadAll(
    `SELECT coalesce(sum(n) FILTER (WHERE v IS NULL OR trim(v) = ''), 0)::INTEGER AS blank,
            coalesce(sum(n) FILTER (WHERE trim(v) IN (${markers})), 0)::INTEGER AS placeholder
     FROM ${ident(texts)}`
  );
  const [counts] = reader.getRowObjectsJson() as {blank: number; placeholder: number}[];
  const read = table.missing.filter((m) => answers.includes(m.column)).reduce((n, m) => n + m.count, 0);
  const result: Record<string, number> = {};
  if (counts.blank - read > 0) result.blank = counts.blank - read;
  if (counts.placeholder > 0) result.placeholder = counts.placeholder;
  return result;
}
