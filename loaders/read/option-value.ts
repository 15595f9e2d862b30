// Maps an answer written as option text (非常同意, ４, 4分) to its value on the instrument's scale.
import {normalizeText} from "./normalize-text.js";

/**
 * The scale value whose label matches `text` after trimming and full-/half-width folding, e.g.
 * `optionValue("比较同意 ", {1: "非常不同意", 2: "比较不同意", 3: "一般", 4: "比较同意", 5: "非常同意"})` → 4.
 * A bare number (`"4"`, `"４"`, or Wenjuanxing's `"4分"`) within the labelled range is its own value; anything
 * else is `undefined`.
 */
export function optionValue(text: string, labels: Record<number, string>): number | undefined {
  const wanted = normalizeText(text);
  const values = Object.keys(labels).map(Number);
  const labelled = values.find((value) => normalizeText(labels[value]!) === wanted);
  if (labelled !== undefined) return labelled;
  const bare = /^-?\d+(?:\.\d+)?(?=分?$)/.exec(wanted);
  const value = bare ? Number(bare[0]) : NaN;
  return value >= Math.min(...values) && value <= Math.max(...values) ? value : undefined;
}
