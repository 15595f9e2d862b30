// scores + responses → the statistics tables (comparisons, one-sample, between groups, reliability, change and its
// category counts), written to Parquet.
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import {
  betweenGroupsResults,
  changeBlockCounts,
  changeBlocks,
  firstGroups,
  omnibusResults,
  oneSampleResultsOf,
  pairedResultsOf,
  partKey,
  reliabilityOf,
  reliabilityResults,
  scoredParts,
  type ChangeBlock
} from "../../src/lib/results/index.js";
import type {Study} from "../study/schema.js";
import {copyToParquet, loadColumns, loadTable, type ColumnType} from "../write/parquet.js";
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
const CATEGORIES = ["improved", "unchanged", "deteriorated"] as const;

/**
 * The change table in SQL from its blocks: per participant only numbers cross into DuckDB (a million rows of
 * text would cost a native call per value); names and the per-block values are joined back on.
 */
async function loadChange(
  db: DuckDBConnection,
  blocks: readonly ChangeBlock[],
  participants: string[],
  groups: (string | null)[]
): Promise<string> {
  const rows = blocks.reduce((n, b) => n + b.participants.length, 0);
  if (!rows) return EMPTY;
  const column = (pick: (b: ChangeBlock, i: number) => Float64Array | Int32Array | number) => {
    const values = new Float64Array(rows);
    let at = 0;
    blocks.forEach((b, i) => {
      const part = pick(b, i);
      if (typeof part === "number") values.fill(part, at, at + b.participants.length);
      else values.set(part, at);
      at += b.participants.length;
    });
    return values;
  };
  const categories = column((b) =>
    Float64Array.from(b.category, (c) => (c === null ? NaN : CATEGORIES.indexOf(c)))
  );
  await loadColumns(db, "change_rows", [
    {name: "block", type: "INTEGER", values: column((_, i) => i)},
    {name: "idx", type: "INTEGER", values: column((b) => b.participants)},
    {name: "from", type: "DOUBLE", values: column((b) => b.from)},
    {name: "to", type: "DOUBLE", values: column((b) => b.to)},
    {name: "change", type: "DOUBLE", values: column((b) => b.change)},
    {name: "rci", type: "DOUBLE", values: column((b) => b.rci)},
    {name: "category", type: "INTEGER", values: categories}
  ]);
  await loadTable(db, "change_blocks", {
    columns: {
      block: "INTEGER",
      instrument: "VARCHAR",
      subscale: "VARCHAR",
      group: "VARCHAR",
      wave_from: "VARCHAR",
      wave_to: "VARCHAR",
      sd_from: "DOUBLE",
      reliability: "DOUBLE",
      reliability_source: "VARCHAR",
      sediff: "DOUBLE"
    },
    rows: blocks.map((b, block) => ({...b, block}))
  });
  await loadColumns(db, "change_people", [
    {name: "idx", type: "INTEGER", values: Int32Array.from(participants, (_, i) => i)},
    {name: "participant", type: "VARCHAR", values: participants},
    {name: "group", type: "VARCHAR", values: groups}
  ]);
  const category = `CASE r.category ${CATEGORIES.map((c, i) => `WHEN ${i} THEN ${literal(c)}`).join(" ")} END`;
  return `SELECT p.participant, coalesce(p."group", b."group") AS "group", b.instrument, b.subscale, b.wave_from,
            b.wave_to, r."from", r."to", r.change, b.sd_from, b.reliability, b.reliability_source, b.sediff, r.rci,
            ${category} AS category
          FROM change_rows r JOIN change_blocks b USING (block) JOIN change_people p USING (idx)
          ORDER BY r.block, r.idx`;
}

/** Computes every result table and writes `<name>.parquet` into `dir` (an empty table as one `instrument` column, no rows). */
export async function writeResults(
  db: DuckDBConnection,
  study: Study,
  dir: string,
  stage: (name: string) => void = () => {}
): Promise<void> {
  const parts = study.instruments.flatMap((instrument) =>
    scoredParts(instrument).map((subscale) => partKey(instrument.id, subscale))
  );
  const scores = await readParticipantTable(
    db,
    "score_wide",
    Object.fromEntries(parts.map((key, i) => [key, ident(`score${i}`)]))
  );
  const {participants} = scores;
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
          participants
        ),
        study
      );
  stage("results: reliability");
  const counts = await readScoreCounts(db, study, parts);
  stage("results: score counts");
  const comparisons = pairedResultsOf(counts, study);
  stage("results: comparisons");
  const oneSample = oneSampleResultsOf(counts, study);
  stage("results: one_sample");
  const betweenGroups = betweenGroupsResults(scores, study);
  stage("results: between_groups");
  const change = changeBlocks(scores, reliability.scales, study);
  stage("results: change");
  const tables: Record<string, readonly object[]> = {
    comparisons,
    one_sample: oneSample,
    between_groups: betweenGroups,
    // Three or more waves: trajectory, Friedman, repeated-measures ANOVA and Holm pairwise (empty otherwise).
    omnibus: omnibusResults(scores, study),
    reliability: reliability.scales,
    item_reliability: reliability.items,
    // What the change page shows for a study above the individual-display limit, which never fetches change.
    change_counts: changeBlockCounts(change)
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
  const query = await loadChange(db, change, participants, firstGroups(study, scores));
  await copyToParquet(db, query, join(dir, "change.parquet"));
  stage("results: write change");
}
