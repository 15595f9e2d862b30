// Reliable-change categories counted per instrument part × group: the change page's table, from its rows or, for a
// study above the individual-display limit, precomputed by the ingest from the change blocks. No statistics code
// is imported here, so the change page can count without loading it.
import type {ChangeBlock, ChangeResult} from "./change.js";

/** Participants per reliable-change category of one instrument part × group (null: hidden in a published file). */
export interface ChangeCount {
  instrument: string;
  subscale: string;
  group: string;
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
  "instrument" | "subscale" | "group" | "category" | "reliability" | "reliability_source"
>;

/** Counts of the classified rows (category not null) per instrument × subscale × group, in order of appearance. */
export function changeCounts(rows: Iterable<Classified>): ChangeCount[] {
  const counts = new Map<string, ChangeCount>();
  for (const row of rows) {
    if (row.category === null) continue;
    const key = `${row.instrument}\u0000${row.subscale}\u0000${row.group}`;
    let count = counts.get(key);
    if (!count) {
      const {instrument, subscale, group, reliability, reliability_source} = row;
      count = {
        instrument,
        subscale,
        group,
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

/** {@link changeCounts} straight from the blocks, without a row per participant (the ingest's million rows). */
export function changeBlockCounts(blocks: readonly ChangeBlock[]): ChangeCount[] {
  return changeCounts(
    (function* () {
      for (const {instrument, subscale, group, reliability, reliability_source, category} of blocks)
        for (const c of category)
          yield {instrument, subscale, group, reliability, reliability_source, category: c};
    })()
  );
}
