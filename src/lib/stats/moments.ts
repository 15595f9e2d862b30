// Sample moments, computed in two passes as R's mean() and var() do, so that
// results agree with R to the last few bits.

/** A running sum with Neumaier's compensation, standing in for R's long-double accumulator. */
class CompensatedSum {
  private total = 0;
  private compensation = 0;

  add(value: number): void {
    const next = this.total + value;
    this.compensation +=
      Math.abs(this.total) >= Math.abs(value) ? this.total - next + value : value - next + this.total;
    this.total = next;
  }

  get value(): number {
    return this.total + this.compensation;
  }
}

/** Sum with Neumaier's compensation. */
export function sum(x: ArrayLike<number>): number {
  const s = new CompensatedSum();
  for (let i = 0; i < x.length; i++) s.add(x[i]!);
  return s.value;
}

/** Arithmetic mean with R's second refining pass; NaN when `x` is empty. */
export function mean(x: ArrayLike<number>): number {
  const n = x.length;
  if (n === 0) return NaN;
  const first = sum(x) / n;
  const s = new CompensatedSum();
  for (let i = 0; i < n; i++) s.add(x[i]! - first);
  return first + s.value / n;
}

/** Σ(x − m)²: the variance's numerator about `m`. */
export function squaredDeviations(x: ArrayLike<number>, m: number): number {
  const s = new CompensatedSum();
  for (let i = 0; i < x.length; i++) s.add((x[i]! - m) ** 2);
  return s.value;
}

/** Σ(x − mx)(y − my) over equally long `x` and `y`. */
export function crossDeviations(x: ArrayLike<number>, mx: number, y: ArrayLike<number>, my: number): number {
  const s = new CompensatedSum();
  for (let i = 0; i < x.length; i++) s.add((x[i]! - mx) * (y[i]! - my));
  return s.value;
}

/** Sample variance (denominator n − 1); NaN when `x` has fewer than 2 values. */
export function variance(x: ArrayLike<number>): number {
  const n = x.length;
  if (n < 2) return NaN;
  return squaredDeviations(x, mean(x)) / (n - 1);
}

/** Sample standard deviation (denominator n − 1); NaN when `x` has fewer than 2 values. */
export function sd(x: ArrayLike<number>): number {
  return Math.sqrt(variance(x));
}

/** Pearson correlation from the pieces: cross products and both sums of squares about the means. */
export function correlationOf(cross: number, sx: number, sy: number): number {
  return sx === 0 || sy === 0 ? NaN : cross / Math.sqrt(sx * sy);
}

/** Pearson correlation of two equally long vectors; NaN when either is constant. */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const mx = mean(x);
  const my = mean(y);
  return correlationOf(crossDeviations(x, mx, y, my), squaredDeviations(x, mx), squaredDeviations(y, my));
}
