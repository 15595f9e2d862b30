// Reliable-change categories counted per instrument part × group: the change page's table, from its rows or, for a
// study above the individual-display limit, precomputed by the ingest (in SQL: loaders/ingest/change-table.ts). No
// statistics code is imported here, so the change page can count without loading it.
import {suppress, type PublishPolicy} from "../suppress.js";
import type {ChangeResult} from "./change.js";

export const CHANGE_CATEGORIES = ["improved", "unchanged", "deteriorated"] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/** Participants per reliable-change category of one instrument part × group (null: hidden in a published file). */
export interface ChangeCount {
  instrument: string;
  subscale: string;
  group: string;
  wave_from: string;
  wave_to: string;
  /** Participants with a category (both scores and a usable reliability). */
  n: number;
  improved: number | null;
  unchanged: number | null;
  deteriorated: number | null;
  reliability: number;
  reliability_source: ChangeResult["reliability_source"];
}

type Classified = Pick<
  ChangeResult,
  | "instrument"
  | "subscale"
  | "group"
  | "wave_from"
  | "wave_to"
  | "category"
  | "reliability"
  | "reliability_source"
>;

/**
 * Counts of the classified rows (category not null) per instrument × subscale × group × pair of waves, in order of
 * appearance.
 */
export function changeCounts(rows: Iterable<Classified>): ChangeCount[] {
  const counts = new Map<string, ChangeCount>();
  for (const row of rows) {
    if (row.category === null) continue;
    const key = [row.instrument, row.subscale, row.group, row.wave_from, row.wave_to].join("\u0000");
    let count = counts.get(key);
    if (!count) {
      const {instrument, subscale, group, wave_from, wave_to, reliability, reliability_source} = row;
      count = {
        instrument,
        subscale,
        group,
        wave_from,
        wave_to,
        n: 0,
        improved: 0,
        unchanged: 0,
        deteriorated: 0,
        reliability,
        reliability_source
      };
      counts.set(key, count);
    }
    count.n++;
    count[row.category]!++;
  }
  return [...counts.values()];
}

/**
 * Which category counts a published page hides, and what it prints for each: every count of a row of fewer than
 * `min_cell` people (even a 0 would tell what the others had) and a count already null print "—"; otherwise what
 * {@link suppress} hides within the row (a count from 1 to min_cell − 1, and another where the row's n would
 * give it away) prints "< k" or "≥ k".
 */
export function hiddenChangeCounts(
  counts: readonly ChangeCount[],
  policy: PublishPolicy
): {
  hidden: (row: number, category: ChangeCategory) => boolean;
  text: (row: number, category: ChangeCategory) => string;
} {
  const cells = suppress(
    counts.flatMap((row, i) =>
      CHANGE_CATEGORIES.map((category) => ({row: i, category, n: row[category] ?? 0}))
    ),
    {count: "n", by: ["row"]},
    policy
  );
  // suppress keeps the order of its rows: three per count, in CHANGE_CATEGORIES order.
  const cell = (row: number, category: ChangeCategory) =>
    cells[row * CHANGE_CATEGORIES.length + CHANGE_CATEGORIES.indexOf(category)]!;
  const none = (row: number, category: ChangeCategory) =>
    counts[row]![category] === null || (policy.published && counts[row]!.n < policy.min_cell);
  return {
    hidden: (row, category) => none(row, category) || cell(row, category).suppressed !== null,
    text: (row, category) => (none(row, category) ? "—" : cell(row, category).shown)
  };
}

/** The counts as the published file holds them: hidden ones null, and no reliability for a too-small row. */
export function publishedChangeCounts(counts: readonly ChangeCount[], policy: PublishPolicy): ChangeCount[] {
  const {hidden} = hiddenChangeCounts(counts, policy);
  return counts.map((row, i) => ({
    ...row,
    ...Object.fromEntries(CHANGE_CATEGORIES.map((c) => [c, hidden(i, c) ? null : row[c]])),
    reliability: policy.published && row.n < policy.min_cell ? NaN : row.reliability
  }));
}
