// A mean with its t-based confidence interval, as R's t.test(x)$conf.int: what the means and trajectory charts draw.
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import {present, type Maybe} from "./missing.js";
import {mean, variance} from "./moments.js";
import {DEFAULT_CONF_LEVEL} from "./test-options.js";

/** Result of {@link meanInterval}; `sd` and the interval are NaN below two values. */
export interface MeanInterval {
  n: number;
  mean: number;
  sd: number;
  ci_low: number;
  ci_high: number;
}

/**
 * The mean of the present values of `x` and its interval mean ± t(1 − α/2, n − 1) · sd / √n.
 *
 * ```ts
 * meanInterval([3.2, 3.8, 4.1, 2.9, 3.6]) // {n: 5, mean: 3.52, sd: 0.476…, ci_low: 2.928…, ci_high: 4.112…}
 * ```
 */
export function meanInterval(x: readonly Maybe<number>[], confLevel = DEFAULT_CONF_LEVEL): MeanInterval {
  const values = present(x);
  const n = values.length;
  const m = mean(values);
  const v = n > 1 ? variance(values) : NaN;
  const half = tQuantile(1 - (1 - confLevel) / 2, n - 1) * Math.sqrt(v / n);
  return {n, mean: m, sd: Math.sqrt(v), ci_low: m - half, ci_high: m + half};
}
