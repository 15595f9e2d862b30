// Wilcoxon rank-sum (Mann–Whitney) test, deciding exact versus normal as R's
// wilcox.test(x, y) does by default, with the rank-biserial correlation.
import {exactTest, minP, ties, type Guardrail} from "./guardrail.js";
import {normalApproximationP, rank, tieCorrection} from "./rank.js";
import {rankSumCdf} from "./rank-sum-distribution.js";
import {EXACT_LIMIT} from "./signed-rank-test.js";

/** Result of {@link rankSumTest}. */
export interface RankSumTest {
  /** R's W: the rank sum of `x` minus its minimum n_x(n_x + 1)/2. */
  w: number;
  /** Two-sided p-value. */
  p: number;
  method: "exact" | "normal";
  /** Rank-biserial r = 2W/(n_x·n_y) − 1: positive when `x` tends to be larger. */
  rankBiserial: number;
  guardrails: Guardrail[];
}

/**
 * Two-sided rank-sum test of `x` against `y`: exact when both samples have
 * fewer than 50 values and no value is tied, otherwise normal with tie and
 * continuity corrections.
 */
export function rankSumTest(x: readonly number[], y: readonly number[]): RankSumTest {
  const nx = x.length;
  const ny = y.length;
  if (nx === 0 || ny === 0) {
    return {w: NaN, p: NaN, method: "normal", rankBiserial: NaN, guardrails: []};
  }
  const ranking = rank([...x, ...y]);
  const rankSum = ranking.ranks.slice(0, nx).reduce((s, r) => s + r, 0);
  const w = rankSum - (nx * (nx + 1)) / 2;
  const rankBiserial = (2 * w) / (nx * ny) - 1;
  const guardrails: Guardrail[] = [];
  if (ranking.ties.length > 0) guardrails.push(ties(ranking.ties.length));

  if (nx < EXACT_LIMIT && ny < EXACT_LIMIT && ranking.ties.length === 0) {
    // The null distribution is symmetric, so both tails come from the lower one.
    const p = Math.min(1, 2 * rankSumCdf(Math.min(w, nx * ny - w), nx, ny));
    guardrails.push(exactTest(), minP(Math.min(1, 2 * rankSumCdf(0, nx, ny))));
    return {w, p, method: "exact", rankBiserial, guardrails};
  }
  const n = nx + ny;
  const z = w - (nx * ny) / 2;
  const sigma = Math.sqrt(((nx * ny) / 12) * (n + 1 - tieCorrection(ranking.ties) / (n * (n - 1))));
  const p = normalApproximationP(z, sigma);
  return {w, p, method: "normal", rankBiserial, guardrails};
}
