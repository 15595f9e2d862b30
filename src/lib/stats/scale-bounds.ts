// Ceiling and floor effects: scores piled up at the ends of a bounded scale.
import {sizeOf, type Frequencies} from "./frequencies.js";
import {scaleBound, type Guardrail, type Text} from "./guardrail.js";

/** The lowest and highest score a scale allows. */
export interface ScaleBounds {
  min: number;
  max: number;
}

/** Share of scores at a bound above which a guardrail is raised (Terwee et al. 2007). */
export const BOUND_SHARE = 0.15;

/**
 * "ceiling" and "floor" guardrails for the tabulated `scores` (described by `where`) when
 * more than `threshold` of them sit at the scale's max or min. Scores within
 * 1e-9 of the scale's range from a bound count as at it, so that means of
 * items that all sit at the bound qualify despite rounding.
 */
export function boundGuardrails(
  scores: Frequencies,
  scale: ScaleBounds | undefined,
  threshold: number,
  where: Text
): Guardrail[] {
  const n = sizeOf(scores.counts);
  if (scale === undefined || n === 0) return [];
  const tolerance = 1e-9 * (scale.max - scale.min);
  const share = (bound: number) =>
    sizeOf(scores.counts.filter((_, i) => Math.abs(scores.values[i]! - bound) <= tolerance)) / n;
  const guardrails: Guardrail[] = [];
  const top = share(scale.max);
  const bottom = share(scale.min);
  if (top > threshold) guardrails.push(scaleBound("ceiling", top, where));
  if (bottom > threshold) guardrails.push(scaleBound("floor", bottom, where));
  return guardrails;
}
