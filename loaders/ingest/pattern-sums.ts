// The reliability tables' sufficient statistics in DuckDB: per instrument, wave, group and pattern of answered
// items, the count, Σx and Σx·y of the reverse-keyed answers. Integer sums (HUGEINT) are exact, so the parallel
// aggregation is deterministic and gives the numbers the browser's `patternSums` gives.
import type {DuckDBConnection, DuckDBListValue} from "@duckdb/node-api";
import {ident} from "../duckdb.js";
import {groupList, type DesignInstrument, type InstrumentAnswers} from "../../src/lib/results/index.js";
import {ANSWER_LIMIT, mergePatterns, type PatternSums} from "../../src/lib/stats/index.js";
import type {Study} from "../study/schema.js";
import {CLEAN_ROWS} from "./clean.js";

/** An item's scored value in SQL: `min + max − x` when reverse-keyed. */
const scored = (instrument: DesignInstrument, item: DesignInstrument["items"][number]) =>
  item.reverse ? `(${instrument.scale.min + instrument.scale.max} - ${ident(item.id)})` : ident(item.id);

/** Whether every scored answer in `clean` is an integer below {@link ANSWER_LIMIT} in magnitude. */
async function integerAnswers(db: DuckDBConnection, study: Study): Promise<boolean> {
  if (!study.instruments.every((i) => Number.isInteger(i.scale.min) && Number.isInteger(i.scale.max)))
    return false;
  // `valid_<instrument>` keeps only whole answers between min and max (reverse-keyed too): nothing to check.
  const bound = (i: Study["instruments"][number]) => Math.max(Math.abs(i.scale.min), Math.abs(i.scale.max));
  if (study.instruments.every((i) => i.scale.whole && bound(i) < ANSWER_LIMIT)) return true;
  const checks = study.instruments.flatMap((instrument) =>
    instrument.items.map((item) => {
      const x = scored(instrument, item);
      return `coalesce(bool_and(${x} = trunc(${x}) AND abs(${x}) < ${ANSWER_LIMIT}), true)`;
    })
  );
  const reader = await db.runAndReadAll(`SELECT ${checks.join(" AND ")} FROM clean`);
  return reader.getColumns()[0][0] === true;
}

/** One instrument's pattern sums by wave and group (as recorded). */
async function instrumentPatterns(
  db: DuckDBConnection,
  instrument: DesignInstrument
): Promise<Map<string, PatternSums[]>> {
  const k = instrument.items.length;
  // INTEGER: |x| < ANSWER_LIMIT = 2^15, so a product fits; read as stored (small integers), ~40% faster than the
  // DOUBLEs of `clean` cast back. The sums are HUGEINT, exact either way.
  const x = instrument.items.map((item) => `${scored(instrument, item)}::INTEGER`);
  // A list of booleans: grouping by it is ~4× cheaper than by a string of 0s and 1s made per row.
  const mask = `[${instrument.items.map((item) => `${ident(item.id)} IS NOT NULL`).join(", ")}]`;
  const aggregates = x.map((_, j) => `sum(x${j})`);
  for (let j = 0; j < k; j++) for (let l = j; l < k; l++) aggregates.push(`sum(x${j} * x${l})`);
  const reader = await db.runAndReadAll(
    `SELECT wave, "group", mask, count(*)::BIGINT, ${aggregates.join(", ")}
     FROM (SELECT wave, "group", ${mask} AS mask, ${x.map((sql, j) => `${sql} AS x${j}`).join(", ")}
           FROM ${CLEAN_ROWS} WHERE "group" IS NOT NULL)
     GROUP BY wave, "group", mask`
  );
  const byCell = new Map<string, PatternSums[]>();
  for (const row of reader.getRows()) {
    const [wave, group, mask, count, ...sums] = row as [
      string,
      string,
      DuckDBListValue,
      bigint,
      ...(bigint | null)[]
    ];
    const products = Array.from({length: k}, () => new Array<bigint>(k).fill(0n));
    let at = k;
    for (let j = 0; j < k; j++)
      for (let l = j; l < k; l++) products[j]![l] = products[l]![j] = sums[at++] ?? 0n;
    const key = JSON.stringify([wave, group]);
    if (!byCell.has(key)) byCell.set(key, []);
    byCell.get(key)!.push({
      answered: mask.items as boolean[],
      count: Number(count),
      sums: sums.slice(0, k).map((s) => s ?? 0n),
      products
    });
  }
  return byCell;
}

/**
 * The groups and each instrument's answers at a group × wave for `reliabilityOf`, from `clean`; null when an
 * answer is not a small integer (then the reliability tables read the answers themselves).
 */
export async function readPatternSums(
  db: DuckDBConnection,
  study: Study
): Promise<{
  groups: string[];
  answers: (instrument: DesignInstrument, group: string, wave: string) => InstrumentAnswers;
} | null> {
  if (!(await integerAnswers(db, study))) return null;
  const present = await db.runAndReadAll(`SELECT DISTINCT "group" FROM clean WHERE "group" IS NOT NULL`);
  // No column at all when no row was kept.
  const recordedGroups = (present.getColumns()[0] ?? []) as string[];
  const groups = groupList(study, new Set(recordedGroups));
  const byInstrument = new Map<string, Map<string, PatternSums[]>>();
  for (const instrument of study.instruments)
    byInstrument.set(instrument.id, await instrumentPatterns(db, instrument));
  return {
    groups,
    answers: (instrument, group, wave) => {
      const cells = byInstrument.get(instrument.id)!;
      const recorded = group === "all" ? recordedGroups : [group];
      const sets = recorded.flatMap((g) => cells.get(JSON.stringify([wave, g])) ?? []);
      return sets.length ? mergePatterns([sets]) : undefined;
    }
  };
}
