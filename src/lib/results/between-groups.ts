// Parallel groups compared with each other: at each wave, and in their change (to − from), by Welch t and Mann–Whitney.
import {twoSampleTest, type TwoSampleTest} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {
  groupsOf,
  membersAt,
  partKey,
  scoredParts,
  scoreScale,
  scoreTable,
  valuesOf,
  wavePairs,
  type Design,
  type ParticipantTable
} from "./design.js";

export type BetweenGroupsResult = TwoSampleTest & {
  instrument: string;
  subscale: string;
  group_x: string;
  group_y: string;
  /** A wave id, or `change:<from>-<to>` for the comparison of change scores. */
  measure: string;
};

/** Change scores (to − from) of the group's members at both waves; null when either score is missing. */
function changes(table: ParticipantTable, group: string, key: string, from: string, to: string) {
  const members = membersAt(table, group, [from, to]);
  const b = valuesOf(table, to, key, members);
  return valuesOf(table, from, key, members).map((x, i) => (x == null || b[i] == null ? null : b[i] - x));
}

/** Every pair of groups (in study order), when the study asks for between-group comparisons. */
export function betweenGroupsResults(
  scores: readonly ScoreRow[] | ParticipantTable,
  design: Design
): BetweenGroupsResult[] {
  if (!design.compare.between_groups) return [];
  const table = scoreTable(scores);
  const groups = groupsOf(design, table).filter((g) => g !== "all");
  const results: BetweenGroupsResult[] = [];
  for (const [i, x] of groups.entries()) {
    for (const y of groups.slice(i + 1)) {
      for (const instrument of design.instruments) {
        for (const subscale of scoredParts(instrument)) {
          const key = partKey(instrument.id, subscale);
          const row = {instrument: instrument.id, subscale, group_x: x, group_y: y};
          for (const {id: wave} of design.waves) {
            const [a, b] = [x, y].map((g) => valuesOf(table, wave, key, membersAt(table, g, [wave])));
            results.push({
              ...row,
              measure: wave,
              ...twoSampleTest(a, b, {scale: scoreScale(instrument, subscale)})
            });
          }
          for (const [from, to] of wavePairs(design)) {
            const [a, b] = [x, y].map((g) => changes(table, g, key, from, to));
            results.push({...row, measure: `change:${from}-${to}`, ...twoSampleTest(a, b)});
          }
        }
      }
    }
  }
  return results;
}
