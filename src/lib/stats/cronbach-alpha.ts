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

const rowTotals = (columns: readonly number[][]) =>
  columns[0]!.map((_, i) => sum(columns.map((column) => column[i]!)));

/** k/(k − 1) · (1 − Σ item variances / variance of the total); NaN below 2 items. */
function alphaOf(columns: readonly number[][]): number {
  const k = columns.length;
  if (k < 2) return NaN;
  const totalVariance = variance(rowTotals(columns));
  if (!(totalVariance > 0)) return NaN;
  const itemVariance = sum(columns.map((column) => variance(column)));
  return (k / (k - 1)) * (1 - itemVariance / totalVariance);
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
  const alpha = n > 1 ? alphaOf(columns) : NaN;
  const others = (j: number) => columns.filter((_, i) => i !== j);
  const tail = (1 - confLevel) / 2;
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);

  const guardrails: Guardrail[] = [];
  if (n < items.length) guardrails.push(missing(items.length - n));
  if (n < SMALL_N) guardrails.push(smallN(n, SMALL_N));
  if (k < 3) guardrails.push(fewItems(k));
  const constantItems = columns.filter((column) => !(variance(column) > 0));
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
    item_total: columns.map((column, j) =>
      k > 1 && n > 1 ? correlation(column, rowTotals(others(j))) : NaN
    ),
    alpha_if_deleted: columns.map((_, j) => (n > 1 ? alphaOf(others(j)) : NaN)),
    guardrails
  };
}
