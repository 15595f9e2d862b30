// Wilcoxon signed-rank test, deciding exact versus normal as R's
// wilcox.test(x, mu = …) does by default, with Kerby's rank-biserial r.
import signrankCdf from "@stdlib/stats-base-dists-signrank-cdf";
import {exactTest, minP, ties, zeros, type Guardrail} from "./guardrail.js";
import {normalApproximationP, rank, tieCorrection} from "./rank.js";

/** Samples at least this large use the normal approximation, as in R. */
export const EXACT_LIMIT = 50;

/** Result of {@link signedRankTest}. */
export interface SignedRankTest {
  /** R's V: the sum of the ranks of the positive differences. */
  v: number;
  /** Two-sided p-value. */
  p: number;
  method: "exact" | "normal";
  /** Matched-pairs rank-biserial r = (R₊ − R₋)/(R₊ + R₋), zeros dropped (Kerby 2014). */
  rankBiserial: number;
  guardrails: Guardrail[];
}

/**
 * Two-sided signed-rank test of `differences` (already shifted by the null
 * value). Zeros are dropped; the p-value is exact when fewer than 50
 * differences remain and none are zero or tied, otherwise normal with tie and
 * continuity corrections.
 */
export function signedRankTest(differences: readonly number[]): SignedRankTest {
  const nonzero = differences.filter((d) => d !== 0);
  const zeroCount = differences.length - nonzero.length;
  const n = nonzero.length;
  const ranking = rank(nonzero.map(Math.abs));
  const v = ranking.ranks.reduce((s, r, i) => (nonzero[i]! > 0 ? s + r : s), 0);
  const total = (n * (n + 1)) / 2;
  const rankBiserial = (v - (total - v)) / total;
  const guardrails: Guardrail[] = [];
  if (zeroCount > 0) guardrails.push(zeros(zeroCount));
  if (ranking.ties.length > 0) guardrails.push(ties(ranking.ties.length));
  // Nothing left to rank: R reports V = 0 and an undefined p.
  if (n === 0) return {v, p: NaN, method: "normal", rankBiserial, guardrails};

  if (n < EXACT_LIMIT && zeroCount === 0 && ranking.ties.length === 0) {
    // The null distribution is symmetric, so both tails come from the lower one.
    const p = Math.min(1, 2 * signrankCdf(Math.min(v, total - v), n));
    guardrails.push(exactTest(), minP(Math.min(1, 2 * 0.5 ** n)));
    return {v, p, method: "exact", rankBiserial, guardrails};
  }
  const z = v - total / 2;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection(ranking.ties) / 48);
  const p = normalApproximationP(z, sigma);
  return {v, p, method: "normal", rankBiserial, guardrails};
}
