// The one-sample and paired tables' frequency tables in DuckDB: per part, wave (or pair of waves) and group, each
// distinct score (or pair of scores) with its count. Counts are integers, so the parallel aggregation is
// deterministic; JS receives a row per distinct score (or pair) instead of one per participant.
import type {DuckDBConnection} from "@duckdb/node-api";
import {literal} from "../duckdb.js";
import {groupList, wavePairs, type Design, type ScoreCounts} from "../../src/lib/results/index.js";
import {tabulate} from "../../src/lib/stats/index.js";

/** A row of a frequency query: the cell's key (part, wave or waves, group or groups), the value(s), the count. */
type Row = (string | number | null)[];

/** One cell's present values (one column per wave) with their counts, and how many rows had a missing value. */
interface Cell {
  columns: number[][];
  counts: number[];
  missing: number;
}

const emptyCell = (width: number): Cell => ({
  columns: Array.from({length: width}, () => []),
  counts: [],
  missing: 0
});

/**
 * Rows, each ending in `width` values and a count, gathered into cells by `key(row, group)`: once for the row's
 * group (from `groupOf`; null for none) and once for `all`, which takes every row.
 */
function cells(
  rows: readonly Row[],
  width: number,
  groupOf: (row: Row) => string | null,
  key: (row: Row, group: string | null) => string
): Map<string, Cell> {
  const byKey = new Map<string, Cell>();
  for (const row of rows) {
    const values = row.slice(-1 - width, -1);
    const count = row.at(-1) as number;
    for (const group of new Set([groupOf(row), "all"])) {
      const cell = byKey.get(key(row, group)) ?? emptyCell(width);
      byKey.set(key(row, group), cell);
      if (values.includes(null)) cell.missing += count;
      else {
        values.forEach((value, j) => cell.columns[j]!.push(value as number));
        cell.counts.push(count);
      }
    }
  }
  return byKey;
}

/**
 * `score_pairs(wave_from, wave_to, participant, group_from, group_to, from0, to0, …)`: each participant's scores
 * at both waves of every pair of {@link wavePairs}, where they have a row with a group at both.
 */
async function createScorePairs(db: DuckDBConnection, design: Design, parts: readonly string[]) {
  const scores = parts.map((_, i) => `f.score${i} AS from${i}, t.score${i} AS to${i}`).join(", ");
  const selects = wavePairs(design).map(
    ([from, to]) =>
      `SELECT f.wave AS wave_from, t.wave AS wave_to, participant, f."group" AS group_from, t."group" AS group_to,
              ${scores}
       FROM score_wide f JOIN score_wide t USING (participant)
       WHERE f.wave = ${literal(from)} AND t.wave = ${literal(to)}
         AND f."group" IS NOT NULL AND t."group" IS NOT NULL`
  );
  const none = `SELECT NULL::VARCHAR AS wave_from, NULL::VARCHAR AS wave_to, NULL::VARCHAR AS participant,
                       NULL::VARCHAR AS group_from, NULL::VARCHAR AS group_to,
                       ${parts.map((_, i) => `NULL::DOUBLE AS from${i}, NULL::DOUBLE AS to${i}`).join(", ")}
                WHERE false`;
  await db.run(`CREATE OR REPLACE TABLE score_pairs AS ${[...selects, none].join(" UNION ALL ")}`);
}

/**
 * {@link ScoreCounts} from `score_wide`, whose columns `score0`, `score1`, … are the parts `parts` (keys, in
 * order). A participant belongs to a group at a wave by their row there; for a pair, by the same group at both.
 * Leaves `score_pairs` ({@link createScorePairs}) for the change table.
 */
export async function readScoreCounts(
  db: DuckDBConnection,
  design: Design,
  parts: readonly string[]
): Promise<ScoreCounts> {
  await createScorePairs(db, design, parts);
  const present = await db.runAndReadAll(`SELECT DISTINCT "group" FROM score_wide WHERE "group" IS NOT NULL`);
  const recorded = (present.getColumns()[0] ?? []) as string[];
  const single = parts.map(
    (_, i) =>
      `SELECT ${i} AS part, wave, "group", score${i} AS value FROM score_wide WHERE "group" IS NOT NULL`
  );
  const scores = await db.runAndReadAll(
    `SELECT part, wave, "group", value, count(*)::DOUBLE FROM (${single.join(" UNION ALL ")}) GROUP BY ALL`
  );
  // Keys: [part, wave, group] and [part, wave from, wave to, group].
  const byCell = cells(
    scores.getRows() as Row[],
    1,
    (row) => row[2] as string,
    (row, group) => JSON.stringify([row[0], row[1], group])
  );
  const both = parts.map(
    (_, i) =>
      `SELECT ${i} AS part, wave_from, wave_to, group_from, group_to, from${i} AS "from", to${i} AS "to"
       FROM score_pairs`
  );
  const pairs = await db.runAndReadAll(
    `SELECT part, wave_from, wave_to, group_from, group_to, "from", "to", count(*)::DOUBLE
     FROM (${both.join(" UNION ALL ")}) GROUP BY ALL`
  );
  // Only members of one group at both waves belong to that group; `all` takes everyone.
  const byPair = cells(
    pairs.getRows() as Row[],
    2,
    (row) => (row[3] === row[4] ? (row[3] as string) : null),
    (row, group) => JSON.stringify([row[0], row[1], row[2], group])
  );
  for (const [key, cell] of byPair) byCell.set(key, cell);
  return {
    groups: groupList(design, new Set(recorded)),
    scores: (group, wave, key) => {
      const cell = byCell.get(JSON.stringify([parts.indexOf(key), wave, group])) ?? emptyCell(1);
      return {table: tabulate(cell.columns[0]!, cell.counts), missing: cell.missing};
    },
    pairs: (group, from, to, key) => {
      const cell = byCell.get(JSON.stringify([parts.indexOf(key), from, to, group])) ?? emptyCell(2);
      const [before, after] = cell.columns;
      return {table: {from: before!, to: after!, counts: cell.counts}, missing: cell.missing};
    }
  };
}
