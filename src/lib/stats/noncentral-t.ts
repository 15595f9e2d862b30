// Noncentral t distribution and confidence limits for its noncentrality.
// stdlib has no noncentral t, so the CDF is Lenth's algorithm AS 243 (Appl.
// Statist. 1989, 38:185–189) with R's changes in nmath/pnt.c (accurate 1 − x,
// expm1 for small ncp, normal approximation where exp(−ncp²/2) would
// underflow), written from the published algorithm so that it reproduces R's
// pt(q, df, ncp); fixtures in test/fixtures/r/noncentral-t.json check it.
import betainc from "@stdlib/math-base-special-betainc";
import gammaln from "@stdlib/math-base-special-gammaln";
import normalCdf from "@stdlib/stats-base-dists-normal-cdf";
import tCdf from "@stdlib/stats-base-dists-t-cdf";

const ITERATION_LIMIT = 1000;
const ERROR_BOUND = 1e-12;
const LN_SQRT_PI = 0.5 * Math.log(Math.PI);
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** ncp² beyond which exp(−ncp²/2) underflows (R: 2·ln 2·(−DBL_MIN_EXP)). */
const UNDERFLOW_NCP2 = 2 * Math.LN2 * 1021;

/** P(T ≤ t) for T noncentral t with `df` degrees of freedom and noncentrality `ncp`. */
export function noncentralTCdf(t: number, df: number, ncp: number): number {
  if (!(df > 0) || Number.isNaN(t) || Number.isNaN(ncp)) return NaN;
  if (ncp === 0) return tCdf(t, df);
  if (!Number.isFinite(t)) return t < 0 ? 0 : 1;
  const negative = t < 0;
  // pt(t < 0, df, ncp) ≤ Φ(−ncp), which is below double precision here.
  if (negative && ncp > 40) return 0;
  const tt = Math.abs(t);
  const del = negative ? -ncp : ncp;
  // For t < 0 the series gives the upper tail of the reflected problem.
  const lowerTail = (value: number) => (negative ? 0.5 - value + 0.5 : value);

  if (df > 4e5 || del * del > UNDERFLOW_NCP2) {
    // Abramowitz & Stegun 26.7.10.
    const s = 1 / (4 * df);
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
    return normalCdf(negative ? -z : z, 0, 1);
  }

  // Guenther's (1978) twin series in the incomplete beta function.
  const t2 = t * t;
  const x = t2 / (t2 + df);
  let tnc = 0;
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    let q = SQRT_2_OVER_PI * p * del;
    let s = 0.5 - p;
    if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
    let a = 0.5;
    const b = 0.5 * df;
    // (1 − x)^b, with 1 − x computed as df / (t² + df) to keep its precision.
    const rxb = Math.pow(df / (t2 + df), b);
    const albeta = LN_SQRT_PI + gammaln(b) - gammaln(0.5 + b);
    let xodd = betainc(x, a, b);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
    const bx = b * x;
    let xeven = bx < Number.EPSILON ? bx : 1 - rxb;
    let geven = bx * rxb;
    tnc = p * xodd + q * xeven;
    for (let it = 1; it <= ITERATION_LIMIT; it++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * it);
      q *= lambda / (2 * it + 1);
      tnc += p * xodd + q * xeven;
      s -= p;
      // s < 0 means the Poisson weights are spent (or rounding took over): stop as R does.
      if (s < -1e-10 || (s <= 0 && it > 1)) break;
      if (Math.abs(2 * s * (xodd - godd)) < ERROR_BOUND) break;
    }
  }
  tnc += normalCdf(-del, 0, 1);
  return lowerTail(Math.min(tnc, 1));
}

/**
 * Finds where a non-increasing `f` crosses zero, starting near `start`:
 * brackets by doubling steps, then bisects to full precision (bisection is
 * safe where the noncentral t CDF is flat at 0 or 1).
 */
function decreasingRoot(f: (x: number) => number, start: number): number {
  let lo = start - 1;
  let hi = start + 1;
  for (let step = 1; f(lo) < 0 && step < 2 ** 20; step *= 2) lo -= step;
  for (let step = 1; f(hi) > 0 && step < 2 ** 20; step *= 2) hi += step;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Confidence limits for the noncentrality parameter given an observed `t`:
 * the ncp values at which `t` is the upper and lower (1 − confLevel)/2
 * quantile (the pivot used by MBESS and effectsize). NaN for a non-finite `t`.
 */
export function noncentralityInterval(t: number, df: number, confLevel: number): [number, number] {
  if (!Number.isFinite(t) || !(df > 0)) return [NaN, NaN];
  const tail = (1 - confLevel) / 2;
  const limit = (prob: number) => decreasingRoot((ncp) => noncentralTCdf(t, df, ncp) - prob, t);
  return [limit(1 - tail), limit(tail)];
}
