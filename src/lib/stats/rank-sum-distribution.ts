// Exact null distribution of the Wilcoxon rank-sum (Mann–Whitney) statistic.
// stdlib has none, so this counts arrangements with the recursion behind R's
// cwilcox: c(m, n, u) = c(m − 1, n, u − n) + c(m, n − 1, u).

/** Number of ways to choose `k` of `n` things, as a double. */
function choose(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/**
 * P(W ≤ q) for the rank-sum statistic W (R's W: pairs with x above y) of
 * samples of sizes `m` and `n` without ties; R's pwilcox(q, m, n).
 */
export function rankSumCdf(q: number, m: number, n: number): number {
  const u = Math.floor(q + 1e-7);
  if (u < 0) return 0;
  if (u >= m * n) return 1;
  // counts[i][w]: arrangements of i x's among the y's seen so far with statistic w ≤ u.
  const counts = Array.from({length: m + 1}, () => {
    const row = new Float64Array(u + 1);
    row[0] = 1;
    return row;
  });
  for (let j = 1; j <= n; j++) {
    for (let i = 1; i <= m; i++) {
      const row = counts[i]!;
      const fewer = counts[i - 1]!;
      for (let w = j; w <= u; w++) row[w]! += fewer[w - j]!;
    }
  }
  let ways = 0;
  for (const count of counts[m]!) ways += count;
  return ways / choose(m + n, Math.min(m, n));
}
