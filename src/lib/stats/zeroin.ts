// R's uniroot(): Brent's zeroin as in R's src/library/stats/src/zeroin.c (R_zeroin2), step for step, so a root
// found here equals R's to the last digits R reports, not only within the tolerance (pwr's results depend on it).

/** R's default `tol` of uniroot(): .Machine$double.eps^0.25. */
export const UNIROOT_TOL = Math.pow(Number.EPSILON, 0.25);

/**
 * The root of `f` in [lower, upper] as R's `uniroot(f, c(lower, upper), tol = tol, maxiter = maxiter)$root`
 * computes it; NaN when f has the same sign at both ends (where R stops with an error).
 */
export function uniroot(
  f: (x: number) => number,
  lower: number,
  upper: number,
  {tol = UNIROOT_TOL, maxiter = 1000}: {tol?: number; maxiter?: number} = {}
): number {
  let a = lower;
  let b = upper;
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!(fa * fb < 0)) return NaN;
  let c = a;
  let fc = fa;
  for (let iteration = 0; iteration <= maxiter; iteration++) {
    const previousStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      // Keep b the best approximation.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolAct = 2 * Number.EPSILON * Math.abs(b) + tol / 2;
    let newStep = (c - b) / 2;
    if (Math.abs(newStep) <= tolAct || fb === 0) return b;
    if (Math.abs(previousStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      // Interpolation: linear with two distinct points, inverse quadratic with three.
      const cb = c - b;
      let p: number;
      let q: number;
      if (a === c) {
        const t1 = fb / fa;
        p = cb * t1;
        q = 1 - t1;
      } else {
        const qq = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1));
        q = (qq - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((previousStep * q) / 2))
        newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    a = b;
    fa = fb;
    b += newStep;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return b;
}
