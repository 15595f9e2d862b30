// Parallel groups compared with each other: at each wave, and in their change (to − from), by Welch t and Mann–Whitney.
import {twoSampleTest, type TwoSampleTest} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {groupsOf, scoredParts, scoresBy, wavePairs, type Design} from "./design.js";

export type BetweenGroupsResult = TwoSampleTest & {
  instrument: string;
  subscale: string;
  group_x: string;
  group_y: string;
  /** A wave id, or `change:<from>-<to>` for the comparison of change scores. */
  measure: string;
};

function changes(
  scores: readonly ScoreRow[],
  group: string,
  instrument: string,
  subscale: string,
  from: string,
  to: string
) {
  const a = scoresBy(scores, group, instrument, subscale, from);
  const b = scoresBy(scores, group, instrument, subscale, to);
  return [...a.keys()]
    .filter((id) => b.has(id))
    .map((id) => {
      const [x, y] = [a.get(id), b.get(id)];
      return x == null || y == null ? null : y - x;
    });
}

/** Every pair of groups (in study order), when the study asks for between-group comparisons. */
export function betweenGroupsResults(scores: readonly ScoreRow[], design: Design): BetweenGroupsResult[] {
  if (!design.compare.between_groups) return [];
  const groups = groupsOf(design, scores).filter((g) => g !== "all");
  const results: BetweenGroupsResult[] = [];
  for (const [i, x] of groups.entries()) {
    for (const y of groups.slice(i + 1)) {
      for (const instrument of design.instruments) {
        for (const subscale of scoredParts(instrument)) {
          const row = {instrument: instrument.id, subscale, group_x: x, group_y: y};
          for (const {id: wave} of design.waves) {
            const [a, b] = [x, y].map((g) => [
              ...scoresBy(scores, g, instrument.id, subscale, wave).values()
            ]);
            results.push({...row, measure: wave, ...twoSampleTest(a, b, {scale: instrument.scale})});
          }
          for (const [from, to] of wavePairs(design)) {
            const [a, b] = [x, y].map((g) => changes(scores, g, instrument.id, subscale, from, to));
            results.push({...row, measure: `change:${from}-${to}`, ...twoSampleTest(a, b)});
          }
        }
      }
    }
  }
  return results;
}
