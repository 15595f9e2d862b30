// Result tables reshaped for the chart components: score pairs, item answers from counts, means with their CIs.
import type {OneSampleResult, ResponseRow} from "../lib/results/index.js";
import {meanInterval} from "../lib/stats/mean-interval.js";
import type {ItemRow, ScoreRow} from "../lib/types.js";
import type {Pair} from "./charts/pre-post-slopes.js";
import type {MeanSummary} from "./charts/mean-ci.js";
import type {Part} from "./study.js";
import type {AnswerCount} from "../lib/hidden-answers.js";

const inGroup = (group: string) => (row: {group: string}) => group === "all" || row.group === group;

/** Scores of one part, for one group (`all` = everyone). */
export function partScores(scores: readonly ScoreRow[], part: Part, group = "all"): ScoreRow[] {
  return scores.filter(
    (s) => s.instrument === part.instrument && s.subscale === part.subscale && inGroup(group)(s)
  );
}

/**
 * Each participant with a score at both waves. Their own group is kept when `byGroup` (for panels per group);
 * otherwise every pair is put in `group`, so a pooled chart draws one panel.
 */
export function scorePairs(
  scores: readonly ScoreRow[],
  part: Part,
  {group = "all", from, to, byGroup = false}: {group?: string; from: string; to: string; byGroup?: boolean}
): Pair[] {
  const rows = partScores(scores, part, group);
  const at = (wave: string) =>
    new Map(rows.filter((s) => s.wave === wave && s.score != null).map((s) => [s.participant, s]));
  const [a, b] = [at(from), at(to)];
  return [...a.values()]
    .filter((s) => b.has(s.participant))
    .map((s) => ({
      participant: s.participant,
      group: byGroup ? s.group : group,
      from: s.score!,
      to: b.get(s.participant)!.score!
    }))
    .sort((x, y) => x.participant.localeCompare(y.participant));
}

/** Answer counts of a part's items from the responses (for a filtered subset), in the shape of `distributions.parquet`. */
export function countAnswers(responses: readonly ResponseRow[], part: Part): AnswerCount[] {
  const counts = new Map<string, AnswerCount>();
  for (const r of responses) {
    for (const item of part.items) {
      const value = r[item.id];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      const key = [item.id, r.wave, r.group, value].join("\u0000");
      const row = counts.get(key) ?? {
        instrument: part.instrument,
        item: item.id,
        wave: r.wave,
        group: r.group,
        value,
        n: 0
      };
      row.n++;
      counts.set(key, row);
    }
  }
  return [...counts.values()];
}

/** A part's answer counts for one group (`all` sums the groups), one row per item × wave × answer. */
export function partCounts(counts: readonly AnswerCount[], part: Part, group = "all"): AnswerCount[] {
  const items = new Set(part.items.map((i) => i.id));
  const summed = new Map<string, AnswerCount>();
  for (const c of counts) {
    if (c.instrument !== part.instrument || !items.has(c.item) || !inGroup(group)(c)) continue;
    const key = [c.item, c.wave, c.value].join("\u0000");
    const row = summed.get(key) ?? {...c, group, n: 0};
    row.n += c.n;
    summed.set(key, row);
  }
  return [...summed.values()];
}

/** Counts expanded to one row per answer, as LikertBars takes them (answers as given, so `value` = `raw`). */
export function answerRows(counts: readonly AnswerCount[], part: Part): ItemRow[] {
  return counts.flatMap((c) =>
    Array.from({length: c.n}, () => ({
      participant: "",
      group: c.group,
      wave: c.wave,
      instrument: c.instrument,
      subscale: part.subscale,
      item: c.item,
      raw: c.value,
      value: c.value
    }))
  );
}

/**
 * Means and their 95% CIs per group (`all`: everyone) and wave of `waves`, from a part's scores: what the means and
 * trajectory charts draw for a study whose scores the page has, with or without a theoretical midpoint.
 */
export function waveMeans(
  scores: readonly ScoreRow[],
  part: Part,
  {groups, waves}: {groups: readonly string[]; waves: readonly string[]}
): MeanSummary[] {
  return groups.flatMap((group) => {
    const rows = partScores(scores, part, group);
    return waves.flatMap((wave) => {
      const {n, mean, ci_low, ci_high} = meanInterval(
        rows.filter((s) => s.wave === wave).map((s) => s.score)
      );
      return n ? [{wave, group, mean, ci_low, ci_high, n}] : [];
    });
  });
}

/** Means and their 95% CIs per group and wave from the one-sample table (whose CI is that of the mean). */
export function meanSummaries(
  oneSample: readonly OneSampleResult[],
  part: Part,
  groups: readonly string[]
): MeanSummary[] {
  return oneSample
    .filter(
      (r) =>
        r.instrument === part.instrument &&
        r.subscale === part.subscale &&
        groups.includes(r.group) &&
        r.n > 0 &&
        r.mean != null
    )
    .map((r) => ({wave: r.wave, group: r.group, mean: r.mean, ci_low: r.ci_low, ci_high: r.ci_high, n: r.n}));
}
