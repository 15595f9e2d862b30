// Answers left empty in a source: blank cells and "NA"-like markers in the columns that hold answers.
import type {DuckDBConnection} from "@duckdb/node-api";
import {literal} from "../duckdb.js";
import {cell, type SourceTable} from "./source-table.js";
import type {SourceColumns} from "./units.js";
import {missingMarkers} from "./values.js";

/**
 * Counts, over every row of the raw table `raw`, the answer cells read as missing: `blank` (empty) and
 * `placeholder` (NA, N/A, NULL, .). Cells the reader already turned into null and counted (Wenjuanxing's
 * `(跳过)`, `(空)`) are left to its own counts.
 */
export async function blankAnswers(
  db: DuckDBConnection,
  raw: string,
  table: SourceTable,
  columns: SourceColumns
): Promise<Record<string, number>> {
  const answers = columns.value !== undefined ? [columns.value] : [...new Set(columns.items.values())];
  if (!answers.length) return {};
  const markers = missingMarkers("wide")
    .filter((m) => m !== "")
    .map(literal)
    .join(", ");
  // Counted over each distinct cell text: a few dozen texts, where testing 60 million cells took seconds.
  const reader = await db.runAndReadAll(
    `SELECT coalesce(sum(n) FILTER (WHERE v IS NULL OR trim(v) = ''), 0)::INTEGER AS blank,
            coalesce(sum(n) FILTER (WHERE trim(v) IN (${markers})), 0)::INTEGER AS placeholder
     FROM (SELECT v, count(*) AS n FROM (SELECT unnest([${answers.map(cell).join(", ")}]) AS v FROM ${raw}) GROUP BY v)`
  );
  const [counts] = reader.getRowObjectsJson() as {blank: number; placeholder: number}[];
  const read = table.missing.filter((m) => answers.includes(m.column)).reduce((n, m) => n + m.count, 0);
  const result: Record<string, number> = {};
  if (counts.blank - read > 0) result.blank = counts.blank - read;
  if (counts.placeholder > 0) result.placeholder = counts.placeholder;
  return result;
}
