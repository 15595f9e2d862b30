// Small-cell suppression for the published site: counts below `min_cell` hidden (with a neighbour when a shown
// total would give them away), and individual data points only for groups large enough to hide in.
import type {Lang} from "./i18n.js";

/** A study's publishing rules in this build: what `data/publish.json` holds. */
export interface PublishPolicy {
  /** True in the site `npm run build` makes for reviewers; false in `npm run dev`, which shows full detail. */
  published: boolean;
  /** Counts below this are hidden in the published site (study.yaml `publish.min_cell`, default 3). */
  min_cell: number;
  /** Whether interview excerpts may be shown (always in `npm run dev`; per `publish.excerpts` when published). */
  excerpts: boolean;
}

/**
 * Above this many participants the pages draw no per-participant displays (a slope per person stops being
 * readable long before) and never fetch the per-participant tables: every figure comes from the precomputed
 * result tables, which keeps a city-wide survey's dashboard as quick as a group's. The published build then
 * leaves those tables empty: nothing on its pages reads them.
 */
export const INDIVIDUAL_LIMIT = 2000;

/** Whether pages show a study of `participants` people one by one (and its published build holds their rows). */
export const showsIndividuals = (participants: number): boolean => participants <= INDIVIDUAL_LIMIT;

/** Why a row's count is hidden: below `min_cell`, or hidden with such a row so a total cannot reveal it. */
export type Suppression = "small" | "complementary" | null;

/** How {@link suppress} treats a table of counts. */
export interface SuppressOptions<K> {
  /** The column holding the count, e.g. `"n"`. */
  count: K;
  /** Columns that would reveal the count (percentages, means, SDs): set to null with it. Default none. */
  hide?: readonly K[];
  /**
   * Columns that group rows into a margin whose total the page shows (e.g. `["item", "wave", "group"]` for an
   * answer distribution whose n is printed). A margin with exactly one small cell also hides its smallest other
   * non-zero count, so the small one cannot be worked out by subtraction. Omit when no total is shown.
   */
  by?: readonly K[];
}

/** A row after suppression: the count and the hidden columns may be null, and `shown` is the count's text. */
export type SuppressedRow<T, K extends keyof T> = Omit<T, K> & {[P in K]: T[P] | null} & {
  suppressed: Suppression;
  /** What to print for the count: the number, `"< 3"` (small) or `"≥ 3"` (complementary). */
  shown: string;
};

/**
 * Hides counts from 1 to `min_cell − 1` in the published site (a zero stays: nobody is singled out by it)
 * and returns every row with `suppressed` and `shown`; in `npm run dev` only `shown` is added.
 *
 * ```js
 * const rows = suppress(distribution, {count: "n", hide: ["percent"], by: ["item", "wave", "group"]}, policy);
 * ```
 */
export function suppress<T extends Record<string, unknown>, K extends keyof T & string>(
  rows: readonly T[],
  {count, hide = [], by}: SuppressOptions<K>,
  policy: PublishPolicy
): SuppressedRow<T, K>[] {
  const n = (row: T) => Number(row[count] ?? 0);
  // A row the published build already hid in its file (count null) keeps the reason written there.
  const marked = (row: T): Suppression =>
    row.suppressed === "small" || row.suppressed === "complementary" ? row.suppressed : null;
  const reason: Suppression[] = rows.map(
    (row) => marked(row) ?? (policy.published && n(row) > 0 && n(row) < policy.min_cell ? "small" : null)
  );
  if (policy.published && by) {
    const margins = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const key = JSON.stringify(by.map((column) => row[column]));
      margins.set(key, [...(margins.get(key) ?? []), i]);
    });
    for (const members of margins.values()) {
      // Hide the next smallest count until the margin total no longer pins down any hidden one: a lone small cell
      // (total − the others), but also two 1s of a total (their sum 2 means both are 1).
      while (
        pinned(
          members.filter((i) => reason[i] !== null).map((i) => n(rows[i]!)),
          policy.min_cell
        )
      ) {
        const candidates = members.filter((i) => reason[i] === null && n(rows[i]!) > 0);
        const smallest = candidates.sort((a, b) => n(rows[a]!) - n(rows[b]!))[0];
        if (smallest === undefined) break;
        reason[smallest] = "complementary";
      }
    }
  }
  return rows.map((row, i) => {
    const why = reason[i]!;
    if (why === null) return {...row, suppressed: null, shown: String(row[count] ?? "")};
    const hidden = Object.fromEntries([count, ...hide].map((column) => [column, null]));
    const shown = why === "small" ? `< ${policy.min_cell}` : `≥ ${policy.min_cell}`;
    return {...row, ...hidden, suppressed: why, shown} as SuppressedRow<T, K>;
  });
}

/**
 * Whether a reader who knows the hidden counts' sum (the margin total minus the shown ones), that each small one is
 * from 1 to `k − 1` and each complementary one at least `k`, can work out one of them exactly.
 */
function pinned(hidden: readonly number[], k: number): boolean {
  if (!hidden.length) return false;
  const sum = hidden.reduce((a, b) => a + b, 0);
  const bounds = hidden.map((v): [number, number] => (v < k ? [1, k - 1] : [k, sum]));
  const lows = bounds.reduce((a, [lo]) => a + lo, 0);
  const highs = bounds.reduce((a, [, hi]) => a + hi, 0);
  return bounds.some(([lo, hi]) => Math.max(lo, sum - (highs - hi)) === Math.min(hi, sum - (lows - lo)));
}

/** The text of a single count in this build: the number, or `"< k"` from 1 to `min_cell − 1` when published. */
export function countText(n: number | null | undefined, policy: PublishPolicy): string {
  if (n == null) return "—";
  return policy.published && n > 0 && n < policy.min_cell ? `< ${policy.min_cell}` : String(n);
}

/**
 * Whether individual data (points, slopes, per-person rows or pseudonyms) of a group of `n` participants may
 * be shown: always in `npm run dev`; in the published site only when `n >= min_cell`.
 */
export function showIndividuals(n: number, policy: PublishPolicy): boolean {
  return !policy.published || n >= policy.min_cell;
}

/** How {@link individualRows} groups per-participant rows. */
export interface IndividualOptions<K> {
  /** The column with the participant pseudonym. */
  participant: K;
  /** Columns that make one display unit (a panel, a line colour), e.g. `["group"]`. Default: all rows together. */
  by?: readonly K[];
}

/**
 * The per-participant rows a display may draw: rows of units with at least `min_cell` distinct participants
 * (all rows in `npm run dev`), and the units left out with their n, for a note on the page.
 */
export function individualRows<T extends Record<string, unknown>, K extends keyof T & string>(
  rows: readonly T[],
  {participant, by = []}: IndividualOptions<K>,
  policy: PublishPolicy
): {rows: T[]; hidden: {unit: Partial<T>; n: number}[]} {
  const units = new Map<string, {unit: Partial<T>; people: Set<unknown>; rows: T[]}>();
  for (const row of rows) {
    const key = JSON.stringify(by.map((column) => row[column]));
    let unit = units.get(key);
    if (!unit) {
      const fields: Partial<T> = {};
      for (const column of by) fields[column] = row[column];
      unit = {unit: fields, people: new Set(), rows: []};
      units.set(key, unit);
    }
    unit.people.add(row[participant]);
    unit.rows.push(row);
  }
  const kept: T[] = [];
  const hidden: {unit: Partial<T>; n: number}[] = [];
  for (const {unit, people, rows: members} of units.values()) {
    if (showIndividuals(people.size, policy)) kept.push(...members);
    else hidden.push({unit, n: people.size});
  }
  return {rows: kept, hidden};
}

/** The sentence a page shows under suppressed tables and charts in the published site; empty in `npm run dev`. */
export function suppressionNote(policy: PublishPolicy, lang: Lang): string {
  const k = policy.min_cell;
  if (!policy.published || k <= 1) return "";
  return lang === "zh"
    ? `为保护参与者隐私，本发布版本中 1 至 ${k - 1} 的计数显示为“< ${k}”（必要时另一计数显示为“≥ ${k}”，以免由合计推算），少于 ${k} 人的组不显示个人数据。`
    : `To protect participants, this published site shows counts from 1 to ${k - 1} as "< ${k}" (and, where a total would reveal one, another count as "≥ ${k}"), and shows no individual data for groups of fewer than ${k}.`;
}
