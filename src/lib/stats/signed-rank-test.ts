// Wilcoxon signed-rank test, deciding exact versus normal as R's
// wilcox.test(x, mu = …) does by default, with Kerby's rank-biserial r.
import signrankCdf from "@stdlib/stats-base-dists-signrank-cdf";
import {exactTest, minP, ties, zeros, type Guardrail} from "./guardrail.js";
import type {Frequencies} from "./frequencies.js";
import {normalApproximationP, tieCorrection} from "./rank.js";

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
 * Two-sided signed-rank test of the differences tabulated in `differences` (already shifted by the null value;
 * values may repeat). Zeros are dropped; the p-value is exact when fewer than 50 differences remain and none are
 * zero or tied, otherwise normal with tie and continuity corrections. Ties share the average rank of their
 * positions, which depends only on how many differences lie below, so the table is all the test needs.
 */
export function signedRankTest(differences: Frequencies): SignedRankTest {
  // |d| → [positive, negative] counts.
  const byMagnitude = new Map<number, [number, number]>();
  let zeroCount = 0;
  differences.values.forEach((d, i) => {
    const count = differences.counts[i]!;
    if (d === 0) zeroCount += count;
    else {
      const signs = byMagnitude.get(Math.abs(d)) ?? [0, 0];
      signs[d > 0 ? 0 : 1] += count;
      byMagnitude.set(Math.abs(d), signs);
    }
  });
  const tied: number[] = [];
  let n = 0;
  let v = 0;
  for (const magnitude of Float64Array.from(byMagnitude.keys()).sort()) {
    const [positive, negative] = byMagnitude.get(magnitude)!;
    const size = positive + negative;
    v += positive * ((n + 1 + n + size) / 2);
    if (size > 1) tied.push(size);
    n += size;
  }
  const total = (n * (n + 1)) / 2;
  const rankBiserial = (v - (total - v)) / total;
  const guardrails: Guardrail[] = [];
  if (zeroCount > 0) guardrails.push(zeros(zeroCount));
  if (tied.length > 0) guardrails.push(ties(tied.length));
  // Nothing left to rank: R reports V = 0 and an undefined p.
  if (n === 0) return {v, p: NaN, method: "normal", rankBiserial, guardrails};

  if (n < EXACT_LIMIT && zeroCount === 0 && tied.length === 0) {
    // The null distribution is symmetric, so both tails come from the lower one.
    const p = Math.min(1, 2 * signrankCdf(Math.min(v, total - v), n));
    guardrails.push(exactTest(), minP(Math.min(1, 2 * 0.5 ** n)));
    return {v, p, method: "exact", rankBiserial, guardrails};
  }
  const z = v - total / 2;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection(tied) / 48);
  const p = normalApproximationP(z, sigma);
  return {v, p, method: "normal", rankBiserial, guardrails};
}
