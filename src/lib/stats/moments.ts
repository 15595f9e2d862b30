// Sample moments, computed in two passes as R's mean() and var() do, so that
// results agree with R to the last few bits.
import {sizeOf, type Frequencies} from "./frequencies.js";

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

  /** Adds a·b exactly: the rounded product and its rounding error (Dekker's split, no FMA in JavaScript). */
  addProduct(a: number, b: number): void {
    const product = a * b;
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    this.add(product);
    this.add(ah * bh - product + ah * bl + al * bh + al * bl);
  }

  get value(): number {
    return this.total + this.compensation;
  }
}

/** Veltkamp's split of `a` into two halves of 26 bits whose products are exact. */
function split(a: number): [number, number] {
  const c = 134217729 * a; // 2^27 + 1
  const high = c - (c - a);
  return [high, a - high];
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

/** Mean of a frequency table: Σ count·value, then R's refining pass, each product added exactly. */
export function meanOf({values, counts}: Frequencies): number {
  const n = sizeOf(counts);
  if (n === 0) return NaN;
  const total = new CompensatedSum();
  for (let i = 0; i < values.length; i++) total.addProduct(counts[i]!, values[i]!);
  const first = total.value / n;
  const refine = new CompensatedSum();
  for (let i = 0; i < values.length; i++) refine.addProduct(counts[i]!, values[i]! - first);
  return first + refine.value / n;
}

/** Sample variance of a frequency table (denominator n − 1); NaN below 2 observations. */
export function varianceOf(table: Frequencies): number {
  const n = sizeOf(table.counts);
  if (n < 2) return NaN;
  const m = meanOf(table);
  const s = new CompensatedSum();
  for (let i = 0; i < table.values.length; i++) s.addProduct(table.counts[i]!, (table.values[i]! - m) ** 2);
  return s.value / (n - 1);
}
