// Agreement of two raters on categories: Cohen's kappa with the asymptotic
// standard error of Fleiss, Cohen & Everitt (1969).
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import {missing, smallN, zeroVariance, type Guardrail} from "./guardrail.js";
import {completePairs, type Maybe} from "./missing.js";
import {DEFAULT_CONF_LEVEL} from "./test-options.js";

/** Below this many rated cases the asymptotic standard error is doubtful. */
const KAPPA_SMALL_N = 30;

/** Options of {@link cohensKappa}. */
export interface CohensKappaOptions {
  /** Confidence level of the interval, between 0 and 1. @default 0.95 */
  confLevel?: number;
}

/** Result of {@link cohensKappa}. */
export interface CohensKappa {
  /** Cases rated by both raters. */
  n: number;
  /** (po − pe) / (1 − pe). */
  kappa: number;
  /**
   * Asymptotic SE (Fleiss, Cohen & Everitt 1969), as vcd::Kappa computes it:
   * √((Σᵢⱼ pᵢⱼ[wᵢⱼ − (p·ᵢ + pⱼ·)(1 − κ)]² − [κ − pe(1 − κ)]²) / ((1 − pe)²·n)),
   * with w the identity, pᵢ· and p·ⱼ the two raters' category shares.
   */
  se: number;
  /** kappa ± z · se, z the normal quantile. */
  ci_low: number;
  ci_high: number;
  /** Observed agreement. */
  po: number;
  /** Agreement expected by chance from the two raters' category shares. */
  pe: number;
  guardrails: Guardrail[];
}

/**
 * Cohen's (unweighted) kappa of raters `a` and `b`, one pair of category
 * labels per case; cases either rater left out (null) are dropped.
 *
 * ```ts
 * cohensKappa(["yes", "no", "yes"], ["yes", "no", "no"])
 * ```
 */
export function cohensKappa(
  a: readonly Maybe<string>[],
  b: readonly Maybe<string>[],
  {confLevel = DEFAULT_CONF_LEVEL}: CohensKappaOptions = {}
): CohensKappa {
  const [first, second] = completePairs(a, b);
  const n = first.length;
  const categories = [...new Set([...first, ...second])];
  const index = new Map(categories.map((category, i) => [category, i]));
  const c = categories.length;
  // Counts rather than shares, so that perfect agreement gives po = 1 and se = 0 exactly.
  const counts = Array.from({length: c}, () => new Array<number>(c).fill(0));
  first.forEach((label, t) => {
    counts[index.get(label)!]![index.get(second[t]!)!]! += 1;
  });
  const rows = counts.map((row) => row.reduce((s, v) => s + v, 0) / n);
  const cols = categories.map((_, j) => counts.reduce((s, row) => s + row[j]!, 0) / n);
  const po = counts.reduce((s, row, i) => s + row[i]!, 0) / n;
  const pe = rows.reduce((s, r, i) => s + r * cols[i]!, 0);
  const kappa = (po - pe) / (1 - pe);

  let weighted = 0;
  counts.forEach((row, i) =>
    row.forEach((count, j) => {
      const term = (i === j ? 1 : 0) - (cols[i]! + rows[j]!) * (1 - kappa);
      weighted += count * term ** 2;
    })
  );
  const numerator = Math.max(0, weighted / n - (kappa - pe * (1 - kappa)) ** 2);
  const se = Math.sqrt(numerator / (1 - pe) ** 2 / n);
  const z = normalQuantile(1 - (1 - confLevel) / 2, 0, 1);

  const guardrails: Guardrail[] = [];
  if (n < a.length) guardrails.push(missing(a.length - n));
  if (n < KAPPA_SMALL_N) guardrails.push(smallN(n, KAPPA_SMALL_N));
  if (!(pe < 1)) {
    guardrails.push(zeroVariance({en: "the ratings", zh: "评定结果"}));
  }
  const defined = pe < 1;
  return {
    n,
    kappa: defined ? kappa : NaN,
    se: defined ? se : NaN,
    ci_low: defined ? kappa - z * se : NaN,
    ci_high: defined ? kappa + z * se : NaN,
    po: n > 0 ? po : NaN,
    pe: n > 0 ? pe : NaN,
    guardrails
  };
}
