// Sensitivity of a one-sample or paired t test: the smallest standardised effect (d, or d_z for pairs) that n
// people detect with the given power, two-sided. Small groups (n = 6) can only see large effects; saying how large
// is the honest companion of a non-significant result. Computed as R's pwr::pwr.t.test(n, power, sig.level,
// type = "paired") does, its uniroot() included, so the values equal pwr's.
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import {noncentralTCdf} from "./noncentral-t.js";
import {uniroot} from "./zeroin.js";

export interface SensitivityOptions {
  /** Power to detect the effect; default 0.8. */
  power?: number;
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
}

/** Power of a two-sided one-sample (or paired) t test with `n` cases at standardised effect `d`. */
export function pairedPower(n: number, d: number, alpha = 0.05): number {
  const df = n - 1;
  const critical = tQuantile(1 - alpha / 2, df);
  const ncp = Math.sqrt(n) * d;
  return 1 - noncentralTCdf(critical, df, ncp) + noncentralTCdf(-critical, df, ncp);
}

/**
 * The smallest d (d_z for pairs) a two-sided one-sample or paired t test on `n` cases detects with `power` at
 * `alpha`: pwr.t.test(n = n, power = power, sig.level = alpha, type = "paired")$d. NaN for n < 2, and when even
 * d = 10 falls short of the power (pwr stops with an error there).
 */
export function minimumDetectableEffect(
  n: number,
  {power = 0.8, alpha = 0.05}: SensitivityOptions = {}
): number {
  if (!(n >= 2)) return NaN;
  return uniroot((d) => pairedPower(n, d, alpha) - power, 1e-7, 10);
}
