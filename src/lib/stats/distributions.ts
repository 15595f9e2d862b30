// Upper tails of the F and chi-square distributions, from the regularised incomplete beta and gamma functions
// the way R's pf and pchisq evaluate them (the tail that avoids cancellation).
import betainc from "@stdlib/math-base-special-betainc";
import gammainc from "@stdlib/math-base-special-gammainc";

/** P(F > f) for F(df1, df2): R's pf(f, df1, df2, lower.tail = FALSE). */
export function fUpperTail(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return df1 * f > df2
    ? betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, true, false)
    : betainc((df1 * f) / (df2 + df1 * f), df1 / 2, df2 / 2, true, true);
}

/** P(X > x) for X ~ χ²(df): R's pchisq(x, df, lower.tail = FALSE). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}
