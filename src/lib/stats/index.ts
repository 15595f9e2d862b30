// Evalbook's statistics core: group comparisons, reliability and agreement,
// each checked against R (see scripts/r/reference.R).
export type {Guardrail, GuardrailCode, Text} from "./guardrail.js";
export type {Maybe} from "./missing.js";
export type {ScaleBounds} from "./scale-bounds.js";
export type {TestOptions} from "./test-options.js";
export {cohensKappa} from "./cohens-kappa.js";
export type {CohensKappa, CohensKappaOptions} from "./cohens-kappa.js";
export {cronbachAlpha, cronbachAlphaOfColumns} from "./cronbach-alpha.js";
export type {CronbachAlpha, CronbachAlphaOptions} from "./cronbach-alpha.js";
export {holm} from "./holm.js";
export {noncentralTCdf, noncentralityInterval} from "./noncentral-t.js";
export {oneSampleTest} from "./one-sample-test.js";
export type {OneSampleTest} from "./one-sample-test.js";
export {pairedComparison} from "./paired-comparison.js";
export type {PairedComparison} from "./paired-comparison.js";
export {reliableChange} from "./reliable-change.js";
export type {ReliableChange, ReliableChangeOptions} from "./reliable-change.js";
export {twoSampleTest} from "./two-sample-test.js";
export type {TwoSampleTest} from "./two-sample-test.js";
