// Evalbook's statistics core: group comparisons, reliability and agreement,
// each checked against R (see scripts/r/reference.R).
export type {Guardrail, GuardrailCode, Text} from "./guardrail.js";
export type {Frequencies, PairFrequencies} from "./frequencies.js";
export type {Maybe} from "./missing.js";
export type {ScaleBounds} from "./scale-bounds.js";
export type {TestOptions} from "./test-options.js";
export {cohensKappa} from "./cohens-kappa.js";
export type {CohensKappa, CohensKappaOptions} from "./cohens-kappa.js";
export {
  cronbachAlpha,
  cronbachAlphaOfColumns,
  cronbachAlphaOfSums,
  cronbachAlphaPairwise,
  cronbachAlphaPairwiseOfSums
} from "./cronbach-alpha.js";
export {
  ANSWER_LIMIT,
  listwiseSums,
  mergePatterns,
  pairwiseSums,
  patternSums,
  respondents
} from "./item-sums.js";
export type {ItemSums, PairSums, PatternSums} from "./item-sums.js";
export type {CronbachAlpha, CronbachAlphaOptions, PairwiseAlpha} from "./cronbach-alpha.js";
export {tabulate} from "./frequencies.js";
export {friedmanTest} from "./friedman.js";
export type {FriedmanTest} from "./friedman.js";
export {holm} from "./holm.js";
export {noncentralTCdf, noncentralityInterval} from "./noncentral-t.js";
export {oneSampleTest, oneSampleTestOf} from "./one-sample-test.js";
export type {OneSampleTest} from "./one-sample-test.js";
export {pairedComparison, pairedComparisonOf} from "./paired-comparison.js";
export type {PairedComparison} from "./paired-comparison.js";
export {pairwiseComparisons} from "./pairwise-comparisons.js";
export type {PairwiseComparison} from "./pairwise-comparisons.js";
export {CRITICAL_VALUE, reliableChange} from "./reliable-change.js";
export {minimumDetectableEffect, pairedPower} from "./sensitivity.js";
export type {SensitivityOptions} from "./sensitivity.js";
export {repeatedMeasuresAnova} from "./rm-anova.js";
export type {RepeatedMeasuresAnova} from "./rm-anova.js";
export type {Sphericity} from "./sphericity.js";
export type {ReliableChange, ReliableChangeOptions} from "./reliable-change.js";
export {twoSampleTest} from "./two-sample-test.js";
export type {TwoSampleTest} from "./two-sample-test.js";
