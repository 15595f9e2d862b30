// Answer counts as the published site shows them, in distributions.parquet and on the distributions page alike.
import {suppress, type PublishPolicy} from "./suppress.js";

/** The answer value of a row whose answers are hidden: drawn as one light segment, counted in the item's n. */
export const HIDDEN_ANSWER = -1;

/** One row of `distributions.parquet`: how many gave answer `value` to `item` at `wave` in `group`. */
export type AnswerCount = {
  instrument: string;
  item: string;
  wave: string;
  group: string;
  value: number;
  n: number;
};

/**
 * Per item × wave × group, the counts from 1 to `min_cell − 1` (and the next smallest while the item's n would give
 * them away: `suppress`'s complementary rule) merged into one row of answer {@link HIDDEN_ANSWER} whose n is
 * their sum, at the place of the first; hidden rows already there (groups pooled from the published file) join
 * it. Which answer a hidden person gave is then in neither the file nor the page. Unchanged in npm run dev.
 */
export function publishedAnswerCounts<T extends AnswerCount>(
  counts: readonly T[],
  policy: PublishPolicy
): T[] {
  if (!policy.published) return [...counts];
  const key = (c: AnswerCount) => JSON.stringify([c.instrument, c.item, c.wave, c.group]);
  const answers = counts.filter((c) => c.value !== HIDDEN_ANSWER);
  // The merged rows' sum is on show (the light segment), so only the answers beside them decide what else hides.
  const rows = suppress(answers, {count: "n", by: ["instrument", "item", "wave", "group"]}, policy);
  const hiddenSum = new Map<string, number>();
  const add = (c: AnswerCount) => hiddenSum.set(key(c), (hiddenSum.get(key(c)) ?? 0) + c.n);
  for (const c of counts) if (c.value === HIDDEN_ANSWER) add(c);
  answers.forEach((c, i) => rows[i]!.suppressed && add(c));
  const hidden = new Map(answers.map((c, i) => [c, rows[i]!.suppressed !== null]));
  const placed = new Set<string>();
  return counts.flatMap((c) => {
    if (c.value !== HIDDEN_ANSWER && !hidden.get(c)) return [c];
    if (placed.has(key(c))) return [];
    placed.add(key(c));
    return [{...c, value: HIDDEN_ANSWER, n: hiddenSum.get(key(c))!}];
  });
}
