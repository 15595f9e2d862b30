// The change table in SQL: per block (instrument part × group × pair of waves) each participant's scores, change,
// RCI and category, from `score_pairs`. What a block shares (SD, reliability, SEdiff) comes from
// `changeBlockHeads`, the pages' code; per row there are only IEEE subtractions, divisions and comparisons, so the
// values are the ones `reliableChange` gives, bit for bit, and no row crosses into JavaScript.
import type {DuckDBConnection} from "@duckdb/node-api";
import {doubleLiteral, literal} from "../duckdb.js";
import {
  CHANGE_CATEGORIES,
  partKey,
  type ChangeBlockHead,
  type ChangeCount,
  type Design
} from "../../src/lib/results/index.js";
import {CRITICAL_VALUE} from "../../src/lib/stats/index.js";

/** {@link reliableChange}'s RCI, (to − from) / SEdiff, in SQL; null (as NaN is written) when SEdiff is not > 0. */
export const rciSql = (from: string, to: string, sediff: string) =>
  `CASE WHEN ${sediff} > 0 THEN (${to} - ${from}) / ${sediff} END`;

/** {@link reliableChange}'s category of an RCI in SQL (null when the RCI is). */
export function categorySql(rci: string, lowerIsBetter: string): string {
  const critical = `${literal(String(CRITICAL_VALUE))}::DOUBLE`;
  const better = `(CASE WHEN ${lowerIsBetter} THEN -(${rci}) ELSE ${rci} END)`;
  return `CASE WHEN ${better} > ${critical} THEN 'improved' WHEN ${better} < -${critical} THEN 'deteriorated'
          WHEN ${better} IS NOT NULL THEN 'unchanged' END`;
}

/**
 * Creates `change_out` (the columns of change.parquet after a `block` column, in block and participant order)
 * from `score_pairs` and the blocks `heads`; `parts` are `score_wide`'s score columns (keys, in order). Returns
 * its row count and the category counts per block (those with a classified participant), as `changeCounts`.
 * Only the participants' rows are sorted and stored (`change_rows`); what a block shares is looked up by block in
 * a view over them, which keeps their order: a million participants' change sorted 16 columns wide took 1.4 GB.
 */
export async function createChangeTable(
  db: DuckDBConnection,
  heads: readonly ChangeBlockHead[],
  design: Design,
  parts: readonly string[]
): Promise<{rows: number; counts: ChangeCount[]}> {
  const blocks = heads.map((head, block) => {
    const i = parts.indexOf(partKey(head.instrument, head.subscale));
    const members =
      head.group === "all"
        ? "true"
        : `group_from = ${literal(head.group)} AND group_to = ${literal(head.group)}`;
    return `SELECT ${block} AS block, participant, from${i} AS "from", to${i} AS "to" FROM score_pairs
            WHERE wave_from = ${literal(head.wave_from)} AND wave_to = ${literal(head.wave_to)} AND ${members}
              AND from${i} IS NOT NULL AND to${i} IS NOT NULL`;
  });
  const none = `SELECT NULL::INTEGER AS block, NULL::VARCHAR AS participant, NULL::DOUBLE AS "from",
                       NULL::DOUBLE AS "to" WHERE false`;
  /** A block's value of a head field: a constant list indexed by block. */
  const ofBlock = (value: (head: ChangeBlockHead) => string) =>
    heads.length ? `list_extract([${heads.map(value).join(", ")}], block + 1)` : "NULL";
  const text = (pick: (head: ChangeBlockHead) => string | null | undefined) =>
    `${ofBlock((head) => {
      const v = pick(head);
      return v === null || v === undefined ? "NULL::VARCHAR" : literal(v);
    })}::VARCHAR`;
  const double = (pick: (head: ChangeBlockHead) => number | null | undefined) =>
    `${ofBlock((head) => doubleLiteral(pick(head)))}::DOUBLE`;
  // Each participant's group at the first wave (study order) where they have one.
  const waves = design.waves.map((w, i) => `WHEN ${literal(w.id)} THEN ${i}`).join(" ");
  await db.run(
    `CREATE OR REPLACE TABLE change_rows AS
     WITH first_groups AS (
       SELECT participant, arg_min("group", CASE wave ${waves} END) AS "group" FROM score_wide
       WHERE "group" IS NOT NULL AND CASE wave ${waves} END IS NOT NULL GROUP BY participant)
     SELECT r.block, r.participant, coalesce(g."group", ${text((h) => h.group)}) AS "group", r."from", r."to"
     FROM (${[...blocks, none].join(" UNION ALL ")}) r LEFT JOIN first_groups g USING (participant)
     ORDER BY r.block, r.participant`
  );
  const sediff = double((h) => h.sediff);
  const rci = rciSql(`"from"`, `"to"`, sediff);
  await db.run(
    `CREATE OR REPLACE VIEW change_out AS
     SELECT block, participant, "group", ${text((h) => h.instrument)} AS instrument,
            ${text((h) => h.subscale)} AS subscale, ${text((h) => h.wave_from)} AS wave_from,
            ${text((h) => h.wave_to)} AS wave_to, "from", "to", "to" - "from" AS change,
            ${double((h) => h.sd_from)} AS sd_from, ${double((h) => h.reliability)} AS reliability,
            ${text((h) => h.reliability_source)} AS reliability_source, ${sediff} AS sediff,
            CASE WHEN isfinite(${rci}) THEN ${rci} END AS rci,
            ${categorySql(rci, `${ofBlock((h) => String(h.options.lowerIsBetter))}::BOOLEAN`)} AS category
     FROM change_rows`
  );
  const counted = CHANGE_CATEGORIES.map((c) => `count(*) FILTER (category = ${literal(c)})::INTEGER`);
  const reader = await db.runAndReadAll(
    `SELECT block, count(category)::INTEGER, ${counted.join(", ")} FROM change_out
     GROUP BY block HAVING count(category) > 0 ORDER BY block`
  );
  const counts = reader.getRows().map(([block, n, improved, unchanged, deteriorated]) => {
    const {instrument, subscale, group, wave_from, wave_to, reliability, reliability_source} =
      heads[block as number]!;
    return {
      instrument,
      subscale,
      group,
      wave_from,
      wave_to,
      n: n as number,
      improved: improved as number,
      unchanged: unchanged as number,
      deteriorated: deteriorated as number,
      reliability,
      reliability_source
    };
  });
  const total = await db.runAndReadAll(`SELECT count(*)::INTEGER FROM change_out`);
  return {rows: total.getColumns()[0]![0] as number, counts};
}
