// Pieces shared by the rank tests: average ranks with tie bookkeeping, as R's
// rank(ties.method = "average"), and the normal approximation's p-value.
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";

/** Ranks of a sample and the sizes of its groups of tied values. */
export interface Ranking {
  /** Rank of each value, ties sharing the average of their positions (1-based). */
  ranks: number[];
  /** Size of every group of two or more equal values. */
  ties: number[];
}

/**
 * Ranks `x` in increasing order, giving tied values their average rank. Ranks depend only on the sorted values,
 * so a numeric typed-array sort (no comparator) and a value → rank map stand in for sorting indices.
 */
export function rank(x: readonly number[]): Ranking {
  const sorted = Float64Array.from(x).sort();
  const average = new Map<number, number>();
  const ties: number[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    average.set(sorted[start]!, (start + 1 + end) / 2);
    if (end - start > 1) ties.push(end - start);
    start = end;
  }
  return {ranks: x.map((value) => average.get(value)!), ties};
}

/** Σ(t³ − t) over the tie groups: the tie correction of rank-test variances. */
export function tieCorrection(ties: readonly number[]): number {
  return ties.reduce((total, t) => total + t ** 3 - t, 0);
}

/**
 * Two-sided p-value of a rank statistic's deviation `z` from its null mean,
 * with standard deviation `sigma` and R's continuity correction of ½.
 */
export function normalApproximationP(z: number, sigma: number): number {
  const corrected = (z - Math.sign(z) * 0.5) / sigma;
  return 2 * normalCdf(-Math.abs(corrected), 0, 1);
}
