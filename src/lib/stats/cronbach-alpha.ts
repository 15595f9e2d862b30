// Internal consistency of a subscale: Cronbach's alpha with Feldt's interval,
// corrected item–total correlations and alpha if an item is deleted.
import fQuantile from "@stdlib/stats-base-dists-f-quantile";
import {SMALL_N, fewItems, missing, smallN, zeroVariance, type Guardrail} from "./guardrail.js";
import {
  centred,
  listwiseSums,
  pairwiseSums,
  patternSums,
  respondents,
  type ItemSums,
  type PairSums
} from "./item-sums.js";
import {completeRows, type Maybe} from "./missing.js";
import {correlationOf, crossDeviations, mean, squaredDeviations, sum, variance} from "./moments.js";
import {DEFAULT_CONF_LEVEL} from "./test-options.js";

/** Options of {@link cronbachAlpha}. */
export interface CronbachAlphaOptions {
  /** Confidence level of Feldt's interval, between 0 and 1. @default 0.95 */
  confLevel?: number;
}

/** Result of {@link cronbachAlpha}. */
export interface CronbachAlpha {
  alpha: number;
  /** Feldt (1965) interval: 1 − (1 − alpha)·F quantiles on (n − 1, (n − 1)(k − 1)) df. */
  ci_low: number;
  ci_high: number;
  /** Respondents with every item answered. */
  n: number;
  /** Items. */
  k: number;
  /** Correlation of each item with the sum of the other items. */
  item_total: number[];
  /** Alpha of the other items, for each item. */
  alpha_if_deleted: number[];
  guardrails: Guardrail[];
}

/** Each row's sum over `columns`, as `sum` adds (Neumaier, in column order). */
function rowTotals(columns: readonly ArrayLike<number>[], n: number): Float64Array {
  const totals = new Float64Array(n);
  const row = new Float64Array(columns.length);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < columns.length; j++) row[j] = columns[j]![i]!;
    totals[i] = sum(row);
  }
  return totals;
}

/** k/(k − 1) · (1 − Σ item variances / variance of the total); NaN below 2 items. */
function alphaOf(itemVariances: readonly number[], totalVariance: number): number {
  const k = itemVariances.length;
  if (k < 2 || !(totalVariance > 0)) return NaN;
  return (k / (k - 1)) * (1 - sum(itemVariances) / totalVariance);
}

/** Whether every answer is an integer small enough that no partial row sum reaches 2^53: then sums are exact. */
function exactSums(columns: readonly ArrayLike<number>[], n: number): boolean {
  let largest = 0;
  for (const column of columns) {
    for (let i = 0; i < n; i++) {
      const x = column[i]!;
      if (!Number.isInteger(x)) return false;
      largest = Math.max(largest, Math.abs(x));
    }
  }
  return largest * columns.length < 2 ** 53;
}

/** The guardrails of an alpha over `n` respondents, given the item variances. */
function alphaGuardrails(
  n: number,
  variances: readonly number[],
  alpha: number,
  dropped: number
): Guardrail[] {
  const k = variances.length;
  const guardrails: Guardrail[] = [];
  if (dropped > 0) guardrails.push(missing(dropped));
  if (n < SMALL_N) guardrails.push(smallN(n, SMALL_N));
  if (k < 3) guardrails.push(fewItems(k));
  const count = variances.filter((v) => !(v > 0)).length;
  if (n > 1 && count > 0) {
    guardrails.push(zeroVariance({en: `${count} item(s)`, zh: `${count} 个题目`}, count));
  } else if (n > 1 && k > 1 && Number.isNaN(alpha)) {
    guardrails.push(zeroVariance({en: "the total score", zh: "总分"}));
  }
  return guardrails;
}

/** Feldt's interval of `alpha` over n respondents and k items. */
function feldt(alpha: number, n: number, k: number, confLevel: number): {ci_low: number; ci_high: number} {
  const tail = (1 - confLevel) / 2;
  const [df1, df2] = [n - 1, (n - 1) * (k - 1)];
  return {
    ci_low: 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2),
    ci_high: 1 - (1 - alpha) * fQuantile(tail, df1, df2)
  };
}

/**
 * Cronbach's alpha of `items`: one row per respondent, one column per item.
 * Respondents with any missing item are left out (listwise deletion).
 *
 * ```ts
 * cronbachAlpha([[4, 5, 4], [2, 3, 2], [3, 3, 4], [5, 4, 5]])
 * ```
 */
export function cronbachAlpha(
  items: readonly Maybe<number>[][],
  options: CronbachAlphaOptions = {}
): CronbachAlpha {
  const k = items[0]?.length ?? 0;
  if (items.some((row) => row.length !== k)) {
    throw new RangeError("cronbachAlpha: every row needs one value per item");
  }
  const rows = completeRows(items);
  const columns = Array.from({length: k}, (_, j) => rows.map((row) => row[j]!));
  return cronbachAlphaOfColumns(columns, {...options, n: rows.length, dropped: items.length - rows.length});
}

/**
 * {@link cronbachAlpha} of complete answers given by item: `columns[j][i]` is respondent i's answer to item j,
 * for `n` respondents; `dropped` more were left out for missing answers. Pages and loaders with answers already
 * in columns call this directly (no row arrays for a million respondents).
 */
export function cronbachAlphaOfColumns(
  columns: readonly ArrayLike<number>[],
  {confLevel = DEFAULT_CONF_LEVEL, n, dropped = 0}: CronbachAlphaOptions & {n: number; dropped?: number}
): CronbachAlpha {
  const k = columns.length;
  const patterns = k ? patternSums(columns) : null;
  if (patterns) {
    const items = columns.map((_, j) => j);
    return cronbachAlphaOfSums({...listwiseSums(patterns, items), n}, {confLevel, dropped});
  }
  const means = columns.map((column) => mean(column));
  const squares = columns.map((column, j) => squaredDeviations(column, means[j]!));
  const variances = squares.map((ss) => (n < 2 ? NaN : ss / (n - 1)));
  const totals = rowTotals(columns, n);
  const alpha = n > 1 ? alphaOf(variances, variance(totals)) : NaN;
  const exact = exactSums(columns, n);

  const guardrails = alphaGuardrails(n, variances, alpha, dropped);
  // Per item: the rest score (total without the item; for integer answers the difference is bit for bit the
  // sum of the others, in O(n) instead of O(n·k)), its correlation with the item and the alpha of the others.
  const itemTotal: number[] = [];
  const alphaIfDeleted: number[] = [];
  for (let j = 0; j < k; j++) {
    if (n < 2) {
      itemTotal.push(NaN);
      alphaIfDeleted.push(NaN);
      continue;
    }
    const others = columns.filter((_, i) => i !== j);
    const column = columns[j]!;
    const rest = exact ? totals.map((total, i) => total - column[i]!) : rowTotals(others, n);
    const restMean = mean(rest);
    const restSquares = squaredDeviations(rest, restMean);
    itemTotal.push(
      k > 1
        ? correlationOf(crossDeviations(column, means[j]!, rest, restMean), squares[j]!, restSquares)
        : NaN
    );
    alphaIfDeleted.push(
      alphaOf(
        variances.filter((_, i) => i !== j),
        restSquares / (n - 1)
      )
    );
  }
  return {
    alpha,
    ...feldt(alpha, n, k, confLevel),
    n,
    k,
    item_total: itemTotal,
    alpha_if_deleted: alphaIfDeleted,
    guardrails
  };
}

/**
 * {@link cronbachAlphaOfColumns} from exact sums over the complete respondents (integer answers): every variance
 * and covariance is n·Σxy − Σx·Σy in BigInt, so each ratio below is rounded once. This is how integer answers
 * are computed everywhere, the ingest's sums coming from DuckDB and the browser's from {@link patternSums}.
 */
export function cronbachAlphaOfSums(
  {n, sums, products}: ItemSums,
  {confLevel = DEFAULT_CONF_LEVEL, dropped = 0}: CronbachAlphaOptions & {dropped?: number} = {}
): CronbachAlpha {
  const k = sums.length;
  const c = sums.map((x, j) => sums.map((y, l) => centred(n, x, y, products[j]![l]!)));
  const rows = c.map((row) => row.reduce((s, v) => s + v, 0n));
  const total = rows.reduce((s, v) => s + v, 0n);
  const diagonal = c.reduce((s, row, j) => s + row[j]!, 0n);
  const variances = c.map((row, j) => (n < 2 ? NaN : Number(row[j]!) / (n * (n - 1))));
  const ratio = (a: bigint, b: bigint, items: number) =>
    items < 2 || n < 2 || b <= 0n ? NaN : (items / (items - 1)) * (Number(a) / Number(b));
  const alpha = ratio(total - diagonal, total, k);
  const itemTotal: number[] = [];
  const alphaIfDeleted: number[] = [];
  for (let j = 0; j < k; j++) {
    const own = c[j]![j]!;
    const rest = total - 2n * rows[j]! + own;
    itemTotal.push(k > 1 && n > 1 ? correlationOf(Number(rows[j]! - own), Number(own), Number(rest)) : NaN);
    alphaIfDeleted.push(ratio(rest - (diagonal - own), rest, k - 1));
  }
  return {
    alpha,
    ...feldt(alpha, n, k, confLevel),
    n,
    k,
    item_total: itemTotal,
    alpha_if_deleted: alphaIfDeleted,
    guardrails: alphaGuardrails(n, variances, alpha, dropped)
  };
}

/** Cronbach's α over every available pair of answers, and the respondents behind it. */
export interface PairwiseAlpha {
  alpha: number;
  /** Respondents with at least one item answered. */
  n: number;
}

/** Covariance of two columns over the rows where both are answered (R's `cov(use = "pairwise")`), in two passes. */
function pairwiseCovariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let [m, sx, sy] = [0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) [m, sx, sy] = [m + 1, sx + x[i]!, sy + y[i]!];
  }
  if (m < 2) return NaN;
  const [mx, my] = [sx / m, sy / m];
  let cross = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]!) && Number.isFinite(y[i]!)) cross += (x[i]! - mx) * (y[i]! - my);
  }
  return cross / (m - 1);
}

/**
 * Cronbach's α as `psych::alpha` computes it by default, from pairwise covariances: each (co)variance over the
 * respondents who answered both items, α = k/(k − 1) · (1 − Σ variances / Σ covariances). `columns[j][i]` is
 * respondent i's answer to item j, NaN when missing. Respondents who answered nothing are not counted in `n`.
 */
export function cronbachAlphaPairwise(columns: readonly ArrayLike<number>[]): PairwiseAlpha {
  const k = columns.length;
  const patterns = k ? patternSums(columns) : null;
  if (patterns) {
    const items = columns.map((_, j) => j);
    return cronbachAlphaPairwiseOfSums(pairwiseSums(patterns, items), respondents(patterns, items));
  }
  const rows = columns[0]?.length ?? 0;
  let n = 0;
  for (let i = 0; i < rows; i++) if (columns.some((column) => Number.isFinite(column[i]!))) n++;
  if (k < 2) return {alpha: NaN, n};
  const variances: number[] = [];
  const covariances: number[] = [];
  for (let a = 0; a < k; a++) {
    variances.push(pairwiseCovariance(columns[a]!, columns[a]!));
    for (let b = a + 1; b < k; b++) covariances.push(pairwiseCovariance(columns[a]!, columns[b]!));
  }
  const total = sum(variances) + 2 * sum(covariances);
  return {alpha: alphaOf(variances, total), n};
}

/**
 * {@link cronbachAlphaPairwise} from exact sums of integer answers: `pairs[a][b]` over the respondents who
 * answered items a and b, `n` respondents with at least one item answered.
 */
export function cronbachAlphaPairwiseOfSums(
  pairs: readonly (readonly PairSums[])[],
  n: number
): PairwiseAlpha {
  const k = pairs.length;
  if (k < 2) return {alpha: NaN, n};
  const covariance = ({m, x, y, xy}: PairSums) =>
    m < 2 ? NaN : Number(centred(m, x, y, xy)) / (m * (m - 1));
  const variances: number[] = [];
  const covariances: number[] = [];
  for (let a = 0; a < k; a++) {
    variances.push(covariance(pairs[a]![a]!));
    for (let b = a + 1; b < k; b++) covariances.push(covariance(pairs[a]![b]!));
  }
  return {alpha: alphaOf(variances, sum(variances) + 2 * sum(covariances)), n};
}
