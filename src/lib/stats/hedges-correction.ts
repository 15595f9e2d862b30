// Small-sample bias correction of standardized mean differences.
import gammaln from "@stdlib/math-base-special-gammaln";

/**
 * Hedges' (1981) exact correction J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)),
 * which turns Cohen's d into the unbiased Hedges' g; NaN for df ≤ 1.
 * (The common approximation 1 − 3/(4·df − 1) differs by under 0.2% for df ≥ 2.)
 */
export function hedgesCorrection(df: number): number {
  if (!(df > 1)) return NaN;
  return Math.exp(gammaln(df / 2) - Math.log(Math.sqrt(df / 2)) - gammaln((df - 1) / 2));
}
