// The one-sample location tests behind oneSampleTest and pairedComparison:
// Student's t, Wilcoxon's signed rank, and the standardized mean difference
// with its noncentral-t interval.
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import {SMALL_N, smallN, zeroVariance, type Guardrail, type Text} from "./guardrail.js";
import {sizeOf, type Frequencies} from "./frequencies.js";
import {meanOf, varianceOf} from "./moments.js";
import {noncentralityInterval} from "./noncentral-t.js";
import {signedRankTest} from "./signed-rank-test.js";

/** Result of {@link locationTests}. */
export interface LocationTests {
  n: number;
  mean: number;
  sd: number;
  /** mean − mu. */
  meanDiff: number;
  ciLow: number;
  ciHigh: number;
  t: number;
  df: number;
  pT: number;
  wilcoxonV: number;
  pWilcoxon: number;
  wilcoxonMethod: "exact" | "normal";
  /** (mean − mu) / sd. */
  d: number;
  dCiLow: number;
  dCiHigh: number;
  rankBiserial: number;
  guardrails: Guardrail[];
}

/**
 * Tests whether the sample tabulated in `x` (no missing values) is centred on `mu`, as R's
 * t.test(x, mu = mu) and wilcox.test(x, mu = mu) do. The interval of
 * d = (mean − mu)/sd inverts the noncentral t at the observed t and divides
 * the noncentrality limits by √n. `what` names `x` in guardrail messages.
 */
export function locationTests(x: Frequencies, mu: number, confLevel: number, what: Text): LocationTests {
  const n = sizeOf(x.counts);
  const m = meanOf(x);
  const v = varianceOf(x);
  const sd = Math.sqrt(v);
  const stderr = Math.sqrt(v / n);
  const df = n - 1;
  const guardrails: Guardrail[] = [];
  if (n < SMALL_N) guardrails.push(smallN(n, SMALL_N));
  // R's t.test stops on "essentially constant" data with this criterion.
  const constant = stderr === 0 || stderr < 10 * Number.EPSILON * Math.abs(m);
  if (constant) guardrails.push(zeroVariance(what));
  const t = constant ? NaN : (m - mu) / stderr;
  const q = tQuantile(1 - (1 - confLevel) / 2, df);
  const [ncpLow, ncpHigh] = noncentralityInterval(t, df, confLevel);
  const rankTest = signedRankTest({values: x.values.map((value) => value - mu), counts: x.counts});
  return {
    n,
    mean: m,
    sd,
    meanDiff: m - mu,
    ciLow: mu + (t - q) * stderr,
    ciHigh: mu + (t + q) * stderr,
    t,
    df,
    pT: 2 * tCdf(-Math.abs(t), df),
    wilcoxonV: rankTest.v,
    pWilcoxon: rankTest.p,
    wilcoxonMethod: rankTest.method,
    d: constant ? NaN : (m - mu) / sd,
    dCiLow: ncpLow / Math.sqrt(n),
    dCiHigh: ncpHigh / Math.sqrt(n),
    rankBiserial: rankTest.rankBiserial,
    guardrails: [...guardrails, ...rankTest.guardrails]
  };
}
