// Jacobson–Truax reliable change index for one person's pre/post scores.

/** |RCI| beyond which change counts as reliable by default (two-sided 5%). */
export const CRITICAL_VALUE = 1.96;

/** Options of {@link reliableChange}. */
export interface ReliableChangeOptions {
  /** Standard deviation of pre-test scores in the norm or study group. */
  sdPre: number;
  /** Reliability of the scale (e.g. Cronbach's alpha or test–retest r), below 1. */
  reliability: number;
  /** Whether lower scores are better (e.g. a symptom scale). @default false */
  lowerIsBetter?: boolean;
  /** |RCI| beyond which change counts as reliable. @default {@link CRITICAL_VALUE} */
  criticalValue?: number;
}

/** Result of {@link reliableChange}. */
export interface ReliableChange {
  /** Standard error of the difference: sdPre · √2 · √(1 − reliability). */
  sediff: number;
  /** (post − pre) / sediff. */
  rci: number;
  /** Reliable direction of change; null when the RCI is undefined (e.g. reliability ≥ 1). */
  category: "improved" | "unchanged" | "deteriorated" | null;
}

/**
 * Jacobson & Truax (1991) reliable change of one person from `pre` to `post`.
 *
 * ```ts
 * reliableChange(24, 15, {sdPre: 6.2, reliability: 0.88, lowerIsBetter: true})
 * ```
 */
export function reliableChange(
  pre: number,
  post: number,
  {sdPre, reliability, lowerIsBetter = false, criticalValue = CRITICAL_VALUE}: ReliableChangeOptions
): ReliableChange {
  const sediff = sdPre * Math.sqrt(2) * Math.sqrt(1 - reliability);
  const rci = sediff > 0 ? (post - pre) / sediff : NaN;
  const better = lowerIsBetter ? -rci : rci;
  const category = Number.isNaN(better)
    ? null
    : better > criticalValue
      ? "improved"
      : better < -criticalValue
        ? "deteriorated"
        : "unchanged";
  return {sediff, rci, category};
}
