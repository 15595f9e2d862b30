// Pre/post comparison of the same people: paired t, Wilcoxon signed rank,
// Cohen's d_z with its noncentral-t interval, Hedges' g_av and the
// matched-pairs rank-biserial correlation.
import {tabulate, type PairFrequencies} from "./frequencies.js";
import {missing, type Guardrail} from "./guardrail.js";
import {hedgesCorrection} from "./hedges-correction.js";
import {locationTests} from "./location-tests.js";
import {completePairs, type Maybe} from "./missing.js";
import {meanOf, varianceOf} from "./moments.js";
import {BOUND_SHARE, boundGuardrails} from "./scale-bounds.js";
import {DEFAULT_CONF_LEVEL, type TestOptions} from "./test-options.js";

/** Result of {@link pairedComparison}; differences are `to − from`. */
export interface PairedComparison {
  /** Complete pairs used. */
  n: number;
  mean_from: number;
  sd_from: number;
  mean_to: number;
  sd_to: number;
  /** Mean of the differences to − from. */
  mean_diff: number;
  diff_ci_low: number;
  diff_ci_high: number;
  /** Paired t statistic, as t.test(to, from, paired = TRUE). */
  t: number;
  df: number;
  p_t: number;
  /** R's V: sum of the ranks of the positive differences to − from. */
  wilcoxon_v: number;
  p_wilcoxon: number;
  wilcoxon_method: "exact" | "normal";
  /** Cohen's d_z = mean difference / SD of the differences. */
  dz: number;
  /** Noncentral-t interval of d_z, as MBESS and effectsize compute it. */
  dz_ci_low: number;
  dz_ci_high: number;
  /**
   * Hedges' g_av = mean difference / ((sd_from + sd_to)/2) · J(n − 1), with
   * J Hedges' exact correction (see {@link hedgesCorrection}); Lakens (2013).
   */
  g_av: number;
  /** Matched-pairs rank-biserial r (Kerby 2014), zero differences dropped. */
  rank_biserial: number;
  guardrails: Guardrail[];
}

/**
 * Compares scores before (`from`) and after (`to`) for the same people, one
 * pair per index; pairs with a missing side are dropped.
 *
 * ```ts
 * pairedComparison([2.1, 3.4, 2.8], [2.9, 3.6, 3.5], {scale: {min: 1, max: 5}})
 * ```
 */
export function pairedComparison(
  from: readonly Maybe<number>[],
  to: readonly Maybe<number>[],
  options: TestOptions = {}
): PairedComparison {
  const [before, after] = completePairs(from, to);
  const pairs = {from: before, to: after, counts: before.map(() => 1)};
  return pairedComparisonOf(pairs, from.length - before.length, options);
}

/** {@link pairedComparison} of the complete pairs tabulated in `pairs`, `dropped` pairs having had a missing side. */
export function pairedComparisonOf(
  pairs: PairFrequencies,
  dropped: number,
  {confLevel = DEFAULT_CONF_LEVEL, scale, boundShare = BOUND_SHARE}: TestOptions = {}
): PairedComparison {
  const differences = tabulate(
    pairs.to.map((value, i) => value - pairs.from[i]!),
    pairs.counts
  );
  const before = tabulate(pairs.from, pairs.counts);
  const after = tabulate(pairs.to, pairs.counts);
  const tests = locationTests(differences, 0, confLevel, {
    en: "the differences",
    zh: "差值"
  });
  const sdFrom = Math.sqrt(varianceOf(before));
  const sdTo = Math.sqrt(varianceOf(after));
  return {
    n: tests.n,
    mean_from: meanOf(before),
    sd_from: sdFrom,
    mean_to: meanOf(after),
    sd_to: sdTo,
    mean_diff: tests.meanDiff,
    diff_ci_low: tests.ciLow,
    diff_ci_high: tests.ciHigh,
    t: tests.t,
    df: tests.df,
    p_t: tests.pT,
    wilcoxon_v: tests.wilcoxonV,
    p_wilcoxon: tests.pWilcoxon,
    wilcoxon_method: tests.wilcoxonMethod,
    dz: tests.d,
    dz_ci_low: tests.dCiLow,
    dz_ci_high: tests.dCiHigh,
    g_av: (tests.meanDiff / ((sdFrom + sdTo) / 2)) * hedgesCorrection(tests.n - 1),
    rank_biserial: tests.rankBiserial,
    guardrails: [
      ...(dropped > 0 ? [missing(dropped)] : []),
      ...tests.guardrails,
      ...boundGuardrails(before, scale, boundShare, {en: "pre-test", zh: "前测"}),
      ...boundGuardrails(after, scale, boundShare, {en: "post-test", zh: "后测"})
    ]
  };
}
