// Code co-occurrence: in how many passages one coder applied both codes of a pair.
import type {SegmentRow} from "./types.js";

/** `cooccurrence.parquet`: one unordered pair of codes (a before b in first-appearance order). */
export interface CooccurrenceRow {
  theme_a: string;
  code_a: string;
  theme_b: string;
  code_b: string;
  /** Passages in which one coder applied both codes. */
  count: number;
}

/**
 * Pairs of codes applied to the same passage by the same coder (two coders disagreeing about one passage is
 * not co-occurrence). Each passage counts once per pair, however many coders applied both.
 */
export function codeCooccurrence(rows: readonly SegmentRow[]): CooccurrenceRow[] {
  const order = new Map<string, number>();
  const codes = new Map<string, {theme: string; code: string}>();
  const applied = new Map<string, Set<string>>();
  for (const row of rows) {
    const code = JSON.stringify([row.theme, row.code]);
    if (!order.has(code)) (order.set(code, order.size), codes.set(code, {theme: row.theme, code: row.code}));
    const unit = JSON.stringify([row.passage, row.coder]);
    applied.set(unit, (applied.get(unit) ?? new Set()).add(code));
  }
  const pairs = new Map<string, Set<string>>();
  for (const [unit, set] of applied) {
    const passage = JSON.parse(unit)[0] as number;
    const sorted = [...set].sort((a, b) => order.get(a)! - order.get(b)!);
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) {
        const pair = JSON.stringify([sorted[i], sorted[j]]);
        pairs.set(pair, (pairs.get(pair) ?? new Set()).add(String(passage)));
      }
  }
  return [...pairs]
    .map(([pair, passages]) => {
      const [a, b] = (JSON.parse(pair) as string[]).map((code) => codes.get(code)!);
      return {theme_a: a!.theme, code_a: a!.code, theme_b: b!.theme, code_b: b!.code, count: passages.size};
    })
    .sort((x, y) => y.count - x.count);
}
