// Sample moments, computed in two passes as R's mean() and var() do, so that
// results agree with R to the last few bits.

/** Σ term(i) for i < n with Neumaier's compensation; `sum` without an array of terms. */
function sumOf(n: number, term: (i: number) => number): number {
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const value = term(i);
    const next = total + value;
    compensation += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
    total = next;
  }
  return total + compensation;
}

/** Sum with Neumaier's compensation, standing in for R's long-double accumulator. */
export function sum(x: readonly number[]): number {
  return sumOf(x.length, (i) => x[i]!);
}

/** Arithmetic mean with R's second refining pass; NaN when `x` is empty. */
export function mean(x: readonly number[]): number {
  const n = x.length;
  if (n === 0) return NaN;
  const first = sum(x) / n;
  return first + sumOf(n, (i) => x[i]! - first) / n;
}

/** Sample variance (denominator n − 1); NaN when `x` has fewer than 2 values. */
export function variance(x: readonly number[]): number {
  const n = x.length;
  if (n < 2) return NaN;
  const m = mean(x);
  return sumOf(n, (i) => (x[i]! - m) ** 2) / (n - 1);
}

/** Sample standard deviation (denominator n − 1); NaN when `x` has fewer than 2 values. */
export function sd(x: readonly number[]): number {
  return Math.sqrt(variance(x));
}

/** Pearson correlation of two equally long vectors; NaN when either is constant. */
export function correlation(x: readonly number[], y: readonly number[]): number {
  const mx = mean(x);
  const my = mean(y);
  const cross = sumOf(x.length, (i) => (x[i]! - mx) * (y[i]! - my));
  const sx = sumOf(x.length, (i) => (x[i]! - mx) ** 2);
  const sy = sumOf(y.length, (i) => (y[i]! - my) ** 2);
  return sx === 0 || sy === 0 ? NaN : cross / Math.sqrt(sx * sy);
}
