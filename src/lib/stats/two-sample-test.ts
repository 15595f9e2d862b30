// Two independent groups (e.g. intervention vs comparison): Welch's t,
// Wilcoxon rank sum (Mann–Whitney), Hedges' g and the rank-biserial r.
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import {SMALL_N, missing, smallN, zeroVariance, type Guardrail} from "./guardrail.js";
import {tabulate} from "./frequencies.js";
import {hedgesCorrection} from "./hedges-correction.js";
import {present, type Maybe} from "./missing.js";
import {mean, variance} from "./moments.js";
import {rankSumTest} from "./rank-sum-test.js";
import {BOUND_SHARE, boundGuardrails} from "./scale-bounds.js";
import {DEFAULT_CONF_LEVEL, type TestOptions} from "./test-options.js";

/** Result of {@link twoSampleTest}; differences are `x − y`. */
export interface TwoSampleTest {
  n_x: number;
  n_y: number;
  mean_x: number;
  sd_x: number;
  mean_y: number;
  sd_y: number;
  /** mean_x − mean_y. */
  mean_diff: number;
  /** Welch interval of mean_x − mean_y. */
  diff_ci_low: number;
  diff_ci_high: number;
  /** Welch's t, as t.test(x, y). */
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  p_t: number;
  /** R's W for x: rank sum of x minus n_x(n_x + 1)/2. */
  wilcoxon_w: number;
  p_wilcoxon: number;
  wilcoxon_method: "exact" | "normal";
  /**
   * Hedges' g = (mean_x − mean_y) / pooled SD · J(n_x + n_y − 2), pooled SD =
   * √(((n_x − 1)sd_x² + (n_y − 1)sd_y²)/(n_x + n_y − 2)), J Hedges' exact correction.
   */
  g: number;
  /** Rank-biserial r = 2W/(n_x·n_y) − 1, positive when x tends to be larger. */
  rank_biserial: number;
  guardrails: Guardrail[];
}

/**
 * Compares two independent groups of scores, as R's t.test(x, y) (Welch) and
 * wilcox.test(x, y); missing scores are dropped.
 *
 * ```ts
 * twoSampleTest(intervention, comparison, {scale: {min: 1, max: 5}})
 * ```
 */
export function twoSampleTest(
  x: readonly Maybe<number>[],
  y: readonly Maybe<number>[],
  {confLevel = DEFAULT_CONF_LEVEL, scale, boundShare = BOUND_SHARE}: TestOptions = {}
): TwoSampleTest {
  const xs = present(x);
  const ys = present(y);
  const nx = xs.length;
  const ny = ys.length;
  const mx = mean(xs);
  const my = mean(ys);
  const vx = variance(xs);
  const vy = variance(ys);
  const sex2 = vx / nx;
  const sey2 = vy / ny;
  const stderr = Math.sqrt(sex2 + sey2);
  const df = stderr ** 4 / (sex2 ** 2 / (nx - 1) + sey2 ** 2 / (ny - 1));
  const guardrails: Guardrail[] = [];
  const dropped = x.length - nx + (y.length - ny);
  if (dropped > 0) guardrails.push(missing(dropped));
  if (Math.min(nx, ny) < SMALL_N) guardrails.push(smallN(Math.min(nx, ny), SMALL_N));
  // R's t.test stops on "essentially constant" data with this criterion.
  const constant = stderr === 0 || stderr < 10 * Number.EPSILON * Math.max(Math.abs(mx), Math.abs(my));
  if (constant) guardrails.push(zeroVariance({en: "either group", zh: "两组"}));
  const t = constant ? NaN : (mx - my) / stderr;
  const q = tQuantile(1 - (1 - confLevel) / 2, df);
  const pooled = Math.sqrt(((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2));
  const rankTest = rankSumTest(xs, ys);
  return {
    n_x: nx,
    n_y: ny,
    mean_x: mx,
    sd_x: Math.sqrt(vx),
    mean_y: my,
    sd_y: Math.sqrt(vy),
    mean_diff: mx - my,
    diff_ci_low: (t - q) * stderr,
    diff_ci_high: (t + q) * stderr,
    t,
    df,
    p_t: 2 * tCdf(-Math.abs(t), df),
    wilcoxon_w: rankTest.w,
    p_wilcoxon: rankTest.p,
    wilcoxon_method: rankTest.method,
    g: constant ? NaN : ((mx - my) / pooled) * hedgesCorrection(nx + ny - 2),
    rank_biserial: rankTest.rankBiserial,
    guardrails: [
      ...guardrails,
      ...rankTest.guardrails,
      ...boundGuardrails(tabulate(xs), scale, boundShare, {en: "group x", zh: "x 组"}),
      ...boundGuardrails(tabulate(ys), scale, boundShare, {en: "group y", zh: "y 组"})
    ]
  };
}
