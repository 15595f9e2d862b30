// Options shared by the group-comparison tests.
import type {ScaleBounds} from "./scale-bounds.js";

/** Options of {@link pairedComparison}, {@link oneSampleTest} and {@link twoSampleTest}. */
export interface TestOptions {
  /** Confidence level of every interval, between 0 and 1. @default 0.95 */
  confLevel?: number;
  /**
   * Lowest and highest possible score, e.g. `{min: 1, max: 5}` for the mean
   * of 1–5 Likert items; enables the "ceiling" and "floor" guardrails.
   */
  scale?: ScaleBounds;
  /**
   * Share of scores at a scale bound from which a "ceiling" or "floor"
   * guardrail is raised. @default 0.15 (Terwee et al. 2007)
   */
  boundShare?: number;
}

/** Confidence level used when none is given. */
export const DEFAULT_CONF_LEVEL = 0.95;
