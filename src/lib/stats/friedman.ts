// Friedman's rank test of k related samples (participants × waves), as R's friedman.test.
import {chiSquareUpperTail} from "./distributions.js";
import {completeCases, type Maybe} from "./missing.js";
import {rank, tieCorrection} from "./rank.js";

/** Result of {@link friedmanTest}. */
export interface FriedmanTest {
  /** Participants with a score at every wave (complete cases). */
  n: number;
  /** Waves. */
  k: number;
  /** Friedman's chi-squared, corrected for ties within participants. */
  statistic: number;
  df: number;
  p: number;
  /** Kendall's W = statistic / (n (k − 1)): agreement of the participants' rankings of the waves, 0–1. */
  kendall_w: number;
}

/**
 * Friedman's test on the complete cases of `waves` (one array per wave, one entry per participant), ranks averaged
 * over ties within a participant:
 *
 * ```ts
 * friedmanTest([[3, 2, 4], [4, 3, 4], [5, 3, 5]]) // 3 participants × 3 waves
 * ```
 */
export function friedmanTest(waves: readonly (readonly Maybe<number>[])[]): FriedmanTest {
  const columns = completeCases(waves);
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const rankSums = new Array<number>(k).fill(0);
  let tieTotal = 0;
  for (let i = 0; i < n; i++) {
    const {ranks, ties} = rank(columns.map((column) => column[i]!));
    ranks.forEach((r, j) => (rankSums[j]! += r));
    tieTotal += tieCorrection(ties);
  }
  const centre = (n * (k + 1)) / 2;
  const spread = rankSums.reduce((s, r) => s + (r - centre) ** 2, 0);
  const statistic = (12 * spread) / (n * k * (k + 1) - tieTotal / (k - 1));
  return {
    n,
    k,
    statistic,
    df: k - 1,
    p: chiSquareUpperTail(statistic, k - 1),
    kendall_w: statistic / (n * (k - 1))
  };
}
