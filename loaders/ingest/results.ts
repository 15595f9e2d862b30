// scores + responses → the statistics tables (comparisons, one-sample, between groups, reliability, change), written to Parquet.
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {
  betweenGroupsResults,
  changeResults,
  oneSampleResults,
  pairedResults,
  reliabilityResults,
  type ResponseRow
} from "../../src/lib/results/index.js";
import type {ScoreRow} from "../../src/lib/types.js";
import type {Study} from "../study/schema.js";
import {copyToParquet, loadTable, type ColumnType} from "../write/parquet.js";

/** Column types of a result row: text, numbers, and guardrails as a JSON string. */
function columnsOf(rows: readonly Record<string, unknown>[]): Record<string, ColumnType> {
  const columns: Record<string, ColumnType> = {};
  for (const [key, value] of Object.entries(rows[0] ?? {})) {
    columns[key] = typeof value === "number" ? "DOUBLE" : typeof value === "boolean" ? "BOOLEAN" : "VARCHAR";
  }
  return columns;
}

function serialise(rows: readonly object[]): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : v]))
  );
}

/** Computes every result table and writes `<name>.parquet` into `dir` (an empty table as one `instrument` column, no rows). */
export async function writeResults(db: DuckDBConnection, study: Study, dir: string): Promise<void> {
  const scores = (
    await db.runAndReadAll("SELECT * FROM scores")
  ).getRowObjectsJson() as unknown as ScoreRow[];
  const responses = (
    await db.runAndReadAll("SELECT * FROM clean")
  ).getRowObjectsJson() as unknown as ResponseRow[];
  const reliability = reliabilityResults(responses, study);
  const tables: Record<string, readonly object[]> = {
    comparisons: pairedResults(scores, study),
    one_sample: oneSampleResults(scores, study),
    between_groups: betweenGroupsResults(scores, study),
    reliability: reliability.scales,
    item_reliability: reliability.items,
    change: changeResults(scores, reliability.scales, study)
  };
  for (const [name, rows] of Object.entries(tables)) {
    const path = join(dir, `${name}.parquet`);
    if (!rows.length) {
      await copyToParquet(db, "SELECT NULL::VARCHAR AS instrument WHERE false", path);
      continue;
    }
    const plain = serialise(rows);
    await loadTable(db, `result_${name}`, {columns: columnsOf(plain), rows: plain});
    await copyToParquet(db, `SELECT * FROM result_${name}`, path);
  }
}
