// The published build's tables hold no more than its pages may show: the suppression the pages apply on screen is
// applied to the files too, so a reviewer who downloads a Parquet file from dist/ learns nothing the page hid.
import {existsSync} from "node:fs";
import {rename} from "node:fs/promises";
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import {copyToParquet, loadTable, type ColumnType} from "../write/parquet.js";
import {publishedChangeCounts, type ChangeCount} from "../../src/lib/results/change-counts.js";
import {showsIndividuals, type PublishPolicy} from "../../src/lib/suppress.js";

/** Per-participant tables and the columns that make one unit whose size must reach `min_cell`. */
const PER_PERSON: Record<string, readonly string[]> = {
  scores: ["group", "wave"],
  responses: ["group", "wave"],
  change: ["group", "instrument", "subscale", "wave_from", "wave_to"]
};

/** Result tables whose statistics describe `counts` people: hidden (null) when one count is below `min_cell`. */
const STATISTICS: Record<string, readonly string[]> = {
  comparisons: ["n"],
  one_sample: ["n"],
  omnibus: ["n"],
  reliability: ["n"],
  between_groups: ["n_x", "n_y"]
};

/** Numbers of a result row that are not statistics of its people: counts, a scale's midpoint, its item count. */
const NOT_STATISTICS = new Set(["n", "n_x", "n_y", "midpoint", "k"]);

/**
 * Rewrites the outputs in `dir` for the published site (no-op otherwise), with `k = min_cell`:
 * - per-participant rows (scores, responses, change) only for units of at least k people;
 * - answer distributions only for group × wave units of at least k people (every count of a smaller one is < k);
 * - every statistic of fewer than k people null (the count stays, the page prints it as "< k");
 * - item statistics null where their scale's α is hidden;
 * - reliable-change counts null where the change page hides them (a row of fewer than k people; a count from 1
 *   to k − 1, with another where the row's n would give it away);
 * - coded segments of roles with fewer than k people kept for the tallies, but with neither participant nor text
 *   (the quotes page leaves such passages out; here they would otherwise read as passages about nobody).
 * - above INDIVIDUAL_LIMIT participants, no per-participant rows at all: the pages draw such a study from the
 *   result tables alone, and the published notebook queries only those.
 * Row order is kept, so the outputs stay byte-identical for the same inputs.
 */
export async function reduceForPublishing(
  db: DuckDBConnection,
  dir: string,
  policy: PublishPolicy,
  {participants}: {participants: number}
): Promise<void> {
  if (!policy.published || (policy.min_cell <= 1 && showsIndividuals(participants))) return;
  const k = policy.min_cell;
  const file = (name: string) => join(dir, `${name}.parquet`);
  const present = (name: string) => existsSync(file(name));
  const columns = async (name: string) =>
    (await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${literal(file(name))})`))
      .getRowObjects()
      .map((row) => ({name: String(row.column_name), type: String(row.column_type)}));
  /** Replaces table `name` by `SELECT … FROM t` (t: the table with its row number `row_`), in the same order. */
  const rewrite = async (name: string, select: (from: string) => string) => {
    const source = `read_parquet(${literal(file(name))}, file_row_number = true)`;
    const next = `${file(name)}.next`;
    await copyToParquet(
      db,
      `SELECT * EXCLUDE (file_row_number) FROM (${select(source)}) ORDER BY file_row_number`,
      next
    );
    await rename(next, file(name));
  };

  if (present("scores")) {
    await db.run(`CREATE OR REPLACE TEMP TABLE publish_units AS
      SELECT "group", wave, count(DISTINCT participant) AS people
      FROM read_parquet(${literal(file("scores"))}) GROUP BY ALL`);
    if (present("distributions"))
      await rewrite(
        "distributions",
        (t) => `SELECT d.* FROM ${t} AS d SEMI JOIN publish_units AS u
          ON d."group" IS NOT DISTINCT FROM u."group" AND d.wave = u.wave AND u.people >= ${k}`
      );
  }
  for (const [name, unit] of Object.entries(PER_PERSON)) {
    if (!present(name)) continue;
    // A one-wave study's change table has no rows and no columns to count people by.
    if (!(await columns(name)).some((c) => c.name === "participant")) continue;
    if (!showsIndividuals(participants)) {
      await rewrite(name, (t) => `SELECT * FROM ${t} WHERE false`);
      continue;
    }
    const by = unit.map(ident).join(", ");
    await rewrite(
      name,
      (t) => `SELECT * EXCLUDE (people) FROM
        (SELECT *, count(DISTINCT participant) OVER (PARTITION BY ${by}) AS people FROM ${t})
        WHERE people >= ${k}`
    );
  }
  for (const [name, counts] of Object.entries(STATISTICS)) {
    if (!present(name)) continue;
    const all = await columns(name);
    if (!counts.every((count) => all.some((c) => c.name === count))) continue; // no results: an empty table
    const small = counts.map((count) => `${ident(count)} < ${k}`).join(" OR ");
    const list = all.map(({name: column, type}) =>
      type === "DOUBLE" && !NOT_STATISTICS.has(column)
        ? `CASE WHEN ${small} THEN NULL ELSE ${ident(column)} END AS ${ident(column)}`
        : ident(column)
    );
    await rewrite(name, (t) => `SELECT ${list.join(", ")}, file_row_number FROM ${t}`);
  }
  if (present("item_reliability") && present("reliability"))
    await rewrite(
      "item_reliability",
      (t) => `SELECT i.* REPLACE (
          CASE WHEN r.n < ${k} THEN NULL ELSE i.item_total END AS item_total,
          CASE WHEN r.n < ${k} THEN NULL ELSE i.alpha_if_deleted END AS alpha_if_deleted)
        FROM ${t} AS i LEFT JOIN read_parquet(${literal(file("reliability"))}) AS r
        USING (instrument, subscale, "group", wave)`
    );
  // Reliable-change counts hidden in the file exactly as the change page hides them (the same function).
  if (present("change_counts")) {
    const all = await columns("change_counts");
    if (all.some((c) => c.name === "n")) {
      const rows = (
        await db.runAndReadAll(`SELECT * FROM read_parquet(${literal(file("change_counts"))})`)
      ).getRowObjects() as unknown as ChangeCount[];
      await loadTable(db, "publish_change_counts", {
        columns: Object.fromEntries(all.map((c) => [c.name, c.type as ColumnType])),
        rows: publishedChangeCounts(rows, policy) as unknown as Record<string, unknown>[]
      });
      await copyToParquet(db, "SELECT * FROM publish_change_counts", file("change_counts"));
    }
  }
  if (present("segments"))
    await rewrite(
      "segments",
      (t) => `SELECT * EXCLUDE (people) REPLACE (
          CASE WHEN participant IS NOT NULL AND people < ${k} THEN NULL ELSE participant END AS participant,
          CASE WHEN participant IS NOT NULL AND people < ${k} THEN NULL ELSE excerpt END AS excerpt)
        FROM (SELECT *, count(DISTINCT participant) OVER (PARTITION BY role) AS people FROM ${t})`
    );
}
