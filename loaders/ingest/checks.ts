// Checks on the cleaned data that catch a silently wrong study: a wave that copies another, a source that gave nothing.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import type {Study} from "../study/schema.js";
import type {ReportCheck, SourceReport} from "./report.js";
import {allItems} from "./units.js";
import {reasonText} from "../../src/lib/exclusion-reason.js";
import type {Lang} from "../../src/lib/i18n.js";

/**
 * Pairs of waves where every participant present at both (two or more) gave exactly the same answers to every
 * item: almost always the same columns or the same file read twice, not a real result.
 */
export async function identicalWaves(db: DuckDBConnection, study: Study): Promise<ReportCheck[]> {
  const items = allItems(study).map((item) => ident(item.id));
  const order = (alias: string) =>
    `CASE ${alias}.wave ${study.waves.map((w, i) => `WHEN ${literal(w.id)} THEN ${i}`).join(" ")} END`;
  const joined = (from: string) =>
    `FROM ${from} a JOIN ${from} b ON a.participant = b.participant AND ${order("a")} < ${order("b")}`;
  // First by a hash of each row's answers: equal answers hash alike (DuckDB hashes as it groups, -0 with 0), so a
  // pair of waves with any hash apart is no copy. Only a pair left (a copy, or a collision) is compared answer by
  // answer. Joining a million rows by their 60 answers took 0.8 s and the ingest's peak memory.
  const candidates = await db.runAndReadAll(
    `WITH h AS (SELECT participant, wave, hash(${items.join(", ")}) AS h FROM clean)
     SELECT 1 ${joined("h")} GROUP BY a.wave, b.wave HAVING bool_and(a.h = b.h) LIMIT 1`
  );
  if (!candidates.currentRowCount) return [];
  const same = items.map((item) => `a.${item} IS NOT DISTINCT FROM b.${item}`).join(" AND ");
  // At least one answer: two waves nobody answered are empty, not copies.
  const answered = `coalesce(${items.map((item) => `a.${item}`).join(", ")}) IS NOT NULL`;
  const pairs = (
    await db.runAndReadAll(
      `SELECT a.wave AS wave_a, b.wave AS wave_b, count(*)::INTEGER AS participants
       ${joined("clean")}
       GROUP BY ALL HAVING count(*) FILTER (WHERE NOT (${same})) = 0 AND count(*) >= 2 AND bool_or(${answered})
       ORDER BY min(${order("a")}), min(${order("b")})`
    )
  ).getRowObjectsJson() as {wave_a: string; wave_b: string; participants: number}[];
  return pairs.map(({wave_a, wave_b, participants}) => ({
    code: "identical_waves",
    path: "sources.surveys",
    waves: [wave_a, wave_b],
    message: {
      en: `wave '${wave_b}' repeats wave '${wave_a}' answer for answer for all ${participants} participants who took both: check that each wave's source reads its own file or columns`,
      zh: `全部 ${participants} 名两次都参加的参与者在 '${wave_b}' 与 '${wave_a}' 两次测量中的答案完全相同：请检查每次测量的数据来源是否读取了各自的文件或列`
    }
  }));
}

/** A check for every source that gave no kept row, saying why. */
export function sourcesWithoutRows(sources: readonly SourceReport[]): ReportCheck[] {
  return sources.flatMap((source, i) => {
    if (source.rows_kept > 0) return [];
    // Each reason once, without the row it names ("duplicate submission (kept late.csv row 4)"), in each language.
    const reasons = (lang: Lang) => [
      ...new Set(
        source.excluded.map((e) => reasonText(e.reason, lang).replace(/ ?[(（][^()（）]*[)）]$/, ""))
      )
    ];
    const why = source.rows_read
      ? {
          en: `every row (${source.rows_read}) was excluded: ${reasons("en").join("; ")}`,
          zh: `全部 ${source.rows_read} 行均被排除：${reasons("zh").join("；")}`
        }
      : {en: "the file has no data rows", zh: "文件中没有数据行"};
    return [
      {
        code: "source_without_rows" as const,
        path: `sources.surveys[${i}]`,
        message: {
          en: `${source.file} contributes no answers: ${why.en}`,
          zh: `${source.file} 没有提供任何答案：${why.zh}`
        }
      }
    ];
  });
}
