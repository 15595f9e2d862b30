// study.json's `size`: participants with a score per group × wave and at every wave, counted before the published
// build leaves out small units, so the overview states the design without any per-participant table.
import type {DuckDBConnection} from "@duckdb/node-api";
import type {Study} from "../study/schema.js";
import type {StudySize} from "../../src/lib/types.js";
import {scoreParts} from "./score.js";

/**
 * Counts from `score_wide` (score.ts: a row per participant × wave, a score per part; one scored part makes the row
 * count) and the report's participant total. Read there, not from the 8 million rows of scores.parquet. A
 * participant has one row a wave (clean keeps one submission per id and wave), so rows are counted, not distinct
 * participants; a study without groups records its rows in group `all`, counted once.
 */
export async function studySize(
  db: DuckDBConnection,
  study: Study,
  participants: number
): Promise<StudySize> {
  const waves = study.waves.length;
  const scored = scoreParts(study).map((_, i) => `score${i}`);
  const rows = (
    await db.runAndReadAll(`
      WITH s AS (SELECT participant, "group", wave FROM score_wide
                 WHERE ${scored.length ? `coalesce(${scored.join(", ")}) IS NOT NULL` : "false"}),
      levels AS (SELECT participant, "group" AS level, wave FROM s WHERE "group" IS DISTINCT FROM 'all'
                 UNION ALL SELECT participant, 'all', wave FROM s),
      counts AS (SELECT level, wave, count(*) AS n FROM levels GROUP BY ALL),
      matched AS (SELECT level, count(*) AS m FROM
        (SELECT level, participant FROM levels GROUP BY ALL HAVING count(*) = ${waves}) GROUP BY level)
      SELECT level, wave, n::INTEGER AS n, coalesce(m, 0)::INTEGER AS matched
      FROM counts LEFT JOIN matched USING (level) ORDER BY level, wave`)
  ).getRowObjects();
  const design = new Map<string, StudySize["design"][number]>();
  for (const row of rows) {
    const group = String(row.level);
    const entry = design.get(group) ?? {group, waves: {}, matched: Number(row.matched)};
    entry.waves[String(row.wave)] = Number(row.n);
    design.set(group, entry);
  }
  return {participants, design: [...design.values()]};
}
