// Internal consistency of a subscale: Cronbach's alpha with Feldt's interval,
// corrected item–total correlations and alpha if an item is deleted.
import fQuantile from "@stdlib/stats-base-dists-f-quantile";
import {SMALL_N, fewItems, missing, smallN, zeroVariance, type Guardrail} from "./guardrail.js";
import {completeRows, type Maybe} from "./missing.js";
import {correlation, sum, variance} from "./moments.js";
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
function rowTotals(columns: readonly number[][]): number[] {
  const n = columns[0]?.length ?? 0;
  const totals = new Array<number>(n);
  const row = new Array<number>(columns.length);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < columns.length; j++) row[j] = columns[j]![i]!;
    totals[i] = sum(row);
  }
  return totals;
}

/**
 * The row totals without item `j`. Integer answers (every Likert scale) sum exactly whatever the order, so the
 * total minus the item is bit for bit the sum of the others, in O(n) instead of O(n·k).
 */
function totalsWithout(columns: readonly number[][], totals: readonly number[], exact: boolean, j: number) {
  if (!exact) return rowTotals(columns.filter((_, i) => i !== j));
  const column = columns[j]!;
  return totals.map((total, i) => total - column[i]!);
}

/** k/(k − 1) · (1 − Σ item variances / variance of the total); NaN below 2 items. */
function alphaOf(itemVariances: readonly number[], totals: readonly number[]): number {
  const k = itemVariances.length;
  if (k < 2) return NaN;
  const totalVariance = variance(totals);
  if (!(totalVariance > 0)) return NaN;
  return (k / (k - 1)) * (1 - sum(itemVariances) / totalVariance);
}

/** Item–total r and alpha if deleted for each of `k` items (NaN for both when n < 2). */
function byItem(k: number, n: number, item: (j: number) => [number, number]) {
  const pairs = Array.from({length: k}, (_, j): [number, number] => (n > 1 ? item(j) : [NaN, NaN]));
  return {item_total: pairs.map((p) => p[0]), alpha_if_deleted: pairs.map((p) => p[1])};
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
  {confLevel = DEFAULT_CONF_LEVEL}: CronbachAlphaOptions = {}
): CronbachAlpha {
  const k = items[0]?.length ?? 0;
  if (items.some((row) => row.length !== k)) {
    throw new RangeError("cronbachAlpha: every row needs one value per item");
  }
  const rows = completeRows(items);
  const n = rows.length;
  const columns = Array.from({length: k}, (_, j) => rows.map((row) => row[j]!));
  const variances = columns.map((column) => variance(column));
  const totals = rowTotals(columns);
  // Exact sums: integers small enough that no partial sum of a row can reach 2^53.
  const largest = rows.reduce((m, row) => row.reduce((a, x) => Math.max(a, Math.abs(x)), m), 0);
  const exact = rows.every((row) => row.every(Number.isInteger)) && largest * k < 2 ** 53;
  const alpha = n > 1 ? alphaOf(variances, totals) : NaN;
  const others = <T>(values: readonly T[], j: number) => values.filter((_, i) => i !== j);
  const tail = (1 - confLevel) / 2;
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);

  const guardrails: Guardrail[] = [];
  if (n < items.length) guardrails.push(missing(items.length - n));
  if (n < SMALL_N) guardrails.push(smallN(n, SMALL_N));
  if (k < 3) guardrails.push(fewItems(k));
  const constantItems = variances.filter((v) => !(v > 0));
  if (n > 1 && constantItems.length > 0) {
    const count = constantItems.length;
    guardrails.push(zeroVariance({en: `${count} item(s)`, zh: `${count} 个题目`}, count));
  } else if (n > 1 && k > 1 && Number.isNaN(alpha)) {
    guardrails.push(zeroVariance({en: "the total score", zh: "总分"}));
  }
  return {
    alpha,
    ci_low: 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2),
    ci_high: 1 - (1 - alpha) * fQuantile(tail, df1, df2),
    n,
    k,
    ...byItem(k, n, (j) => {
      const rest = totalsWithout(columns, totals, exact, j);
      return [k > 1 ? correlation(columns[j]!, rest) : NaN, alphaOf(others(variances, j), rest)];
    }),
    guardrails
  };
}
