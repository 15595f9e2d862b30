// One group against a fixed value (a norm, a cut-off, the scale midpoint):
// one-sample t, Wilcoxon signed rank, Cohen's d with its noncentral-t interval.
import {tabulate, type Frequencies} from "./frequencies.js";
import {missing, type Guardrail} from "./guardrail.js";
import {locationTests} from "./location-tests.js";
import {present, type Maybe} from "./missing.js";
import {BOUND_SHARE, boundGuardrails} from "./scale-bounds.js";
import {DEFAULT_CONF_LEVEL, type TestOptions} from "./test-options.js";

/** Result of {@link oneSampleTest}. */
export interface OneSampleTest {
  /** Present values used. */
  n: number;
  mean: number;
  sd: number;
  /** mean − mu. */
  mean_diff: number;
  /** Interval for the mean (not for mean − mu), as t.test reports it. */
  ci_low: number;
  ci_high: number;
  t: number;
  df: number;
  p_t: number;
  /** R's V: sum of the ranks of the positive x − mu. */
  wilcoxon_v: number;
  p_wilcoxon: number;
  wilcoxon_method: "exact" | "normal";
  /** Cohen's d = (mean − mu) / sd. */
  d: number;
  /** Noncentral-t interval of d. */
  d_ci_low: number;
  d_ci_high: number;
  /** Rank-biserial r of x − mu (Kerby 2014), zeros dropped. */
  rank_biserial: number;
  guardrails: Guardrail[];
}

/**
 * Tests whether the scores `x` are centred on `mu`, as R's t.test(x, mu = mu)
 * and wilcox.test(x, mu = mu); missing scores are dropped.
 *
 * ```ts
 * oneSampleTest([3.2, 3.8, 4.1, 2.9, 3.6], 3, {scale: {min: 1, max: 5}})
 * ```
 */
export function oneSampleTest(
  x: readonly Maybe<number>[],
  mu: number,
  options: TestOptions = {}
): OneSampleTest {
  const values = present(x);
  return oneSampleTestOf(tabulate(values), x.length - values.length, mu, options);
}

/** {@link oneSampleTest} of the present scores tabulated in `x`, `dropped` scores having been missing. */
export function oneSampleTestOf(
  x: Frequencies,
  dropped: number,
  mu: number,
  {confLevel = DEFAULT_CONF_LEVEL, scale, boundShare = BOUND_SHARE}: TestOptions = {}
): OneSampleTest {
  const tests = locationTests(x, mu, confLevel, {
    en: "the scores",
    zh: "分数"
  });
  return {
    n: tests.n,
    mean: tests.mean,
    sd: tests.sd,
    mean_diff: tests.meanDiff,
    ci_low: tests.ciLow,
    ci_high: tests.ciHigh,
    t: tests.t,
    df: tests.df,
    p_t: tests.pT,
    wilcoxon_v: tests.wilcoxonV,
    p_wilcoxon: tests.pWilcoxon,
    wilcoxon_method: tests.wilcoxonMethod,
    d: tests.d,
    d_ci_low: tests.dCiLow,
    d_ci_high: tests.dCiHigh,
    rank_biserial: tests.rankBiserial,
    guardrails: [
      ...(dropped > 0 ? [missing(dropped)] : []),
      ...tests.guardrails,
      ...boundGuardrails(x, scale, boundShare, {en: "the", zh: ""})
    ]
  };
}
