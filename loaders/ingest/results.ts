// scores + responses → the statistics tables (comparisons, one-sample, between groups, reliability, change and its
// category counts), written to Parquet.
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident} from "../duckdb.js";
import {
  betweenGroupsResults,
  changeBlockHeads,
  hasOmnibus,
  omnibusResults,
  oneSampleResultsOf,
  pairedResultsOf,
  partKey,
  reliabilityOf,
  reliabilityResults,
  scoredParts
} from "../../src/lib/results/index.js";
import type {Study} from "../study/schema.js";
import {copyToParquet, loadTable, type ColumnType, type ParquetCopy} from "../write/parquet.js";
import {createChangeTable} from "./change-table.js";
import {dropClean} from "./clean.js";
import {readParticipantTable} from "./participant-table.js";
import {readPatternSums} from "./pattern-sums.js";
import {readScoreCounts} from "./score-counts.js";
import {allItems} from "./units.js";

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

const EMPTY = "SELECT NULL::VARCHAR AS instrument WHERE false";

/**
 * Computes every result table and writes `<name>.parquet` into `dir` (an empty table as one `instrument` column, no
 * rows), but for change.parquet: millions of rows, returned to be written beside the other large tables.
 */
export async function writeResults(
  db: DuckDBConnection,
  study: Study,
  dir: string,
  stage: (name: string) => void = () => {}
): Promise<ParquetCopy> {
  const parts = study.instruments.flatMap((instrument) =>
    scoredParts(instrument).map((subscale) => partKey(instrument.id, subscale))
  );
  // Per-participant scores reach JS only for the tables still computed from them (between groups, omnibus).
  const scores =
    study.compare.between_groups || hasOmnibus(study)
      ? await readParticipantTable(
          db,
          "score_wide",
          Object.fromEntries(parts.map((key, i) => [key, ident(`score${i}`)]))
        )
      : undefined;
  stage("results: read");
  // Integer answers: the item sums from DuckDB; otherwise the answers themselves, read into columns.
  const sums = await readPatternSums(db, study);
  const reliability = sums
    ? reliabilityOf(study, sums.groups, sums.answers)
    : reliabilityResults(
        await readParticipantTable(
          db,
          "clean",
          Object.fromEntries(allItems(study).map((item) => [item.id, ident(item.id)])),
          scores?.participants
        ),
        study
      );
  // The last reader of the answers: a million rows go before the change table is sorted.
  await dropClean(db);
  stage("results: reliability");
  const counts = await readScoreCounts(db, study, parts);
  stage("results: score counts");
  const comparisons = pairedResultsOf(counts, study);
  stage("results: comparisons");
  const oneSample = oneSampleResultsOf(counts, study);
  stage("results: one_sample");
  const betweenGroups = scores ? betweenGroupsResults(scores, study) : [];
  stage("results: between_groups");
  const heads = changeBlockHeads(counts, reliability.scales, study);
  const change = await createChangeTable(db, heads, study, parts);
  stage("results: change");
  const tables: Record<string, readonly object[]> = {
    comparisons,
    one_sample: oneSample,
    between_groups: betweenGroups,
    // Three or more waves: trajectory, Friedman, repeated-measures ANOVA and Holm pairwise (empty otherwise).
    omnibus: scores ? omnibusResults(scores, study) : [],
    reliability: reliability.scales,
    item_reliability: reliability.items,
    // What the change page shows for a study above the individual-display limit, which never fetches change.
    change_counts: change.counts
  };
  for (const [name, rows] of Object.entries(tables)) {
    const path = join(dir, `${name}.parquet`);
    if (!rows.length) {
      await copyToParquet(db, EMPTY, path);
    } else {
      const plain = serialise(rows);
      await loadTable(db, `result_${name}`, {columns: columnsOf(plain), rows: plain});
      await copyToParquet(db, `SELECT * FROM result_${name}`, path);
    }
    stage(`results: write ${name}`);
  }
  return {
    query: change.rows ? "SELECT * EXCLUDE (block) FROM change_out" : EMPTY,
    path: join(dir, "change.parquet")
  };
}
