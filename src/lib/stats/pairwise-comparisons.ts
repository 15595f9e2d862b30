// Every pair of waves compared on the same participants, with Holm's adjustment over the pairs.
import {holm} from "./holm.js";
import {completeCases, type Maybe} from "./missing.js";
import {pairedComparison, type PairedComparison} from "./paired-comparison.js";
import type {TestOptions} from "./test-options.js";

/** One pair of waves: {@link PairedComparison} of `to − from`, and the Holm-adjusted p-values over all pairs. */
export interface PairwiseComparison extends PairedComparison {
  /** Index of the earlier and the later wave. */
  from: number;
  to: number;
  p_holm_t: number;
  p_holm_wilcoxon: number;
}

/**
 * Paired t and Wilcoxon tests for every pair of waves i < j on the complete cases of `waves` (the participants the
 * omnibus tests use), Holm-adjusted over the k(k − 1)/2 pairs: R's `pairwise.t.test(y, wave, paired = TRUE)`.
 */
export function pairwiseComparisons(
  waves: readonly (readonly Maybe<number>[])[],
  options: TestOptions = {}
): PairwiseComparison[] {
  const columns = completeCases(waves);
  const pairs = columns.flatMap((_, from) =>
    columns.slice(from + 1).map((__, offset) => [from, from + 1 + offset] as const)
  );
  const tests = pairs.map(([from, to]) => ({
    from,
    to,
    ...pairedComparison(columns[from]!, columns[to]!, options)
  }));
  const holmT = holm(tests.map((t) => t.p_t));
  const holmW = holm(tests.map((t) => t.p_wilcoxon));
  return tests.map((test, i) => ({...test, p_holm_t: holmT[i]!, p_holm_wilcoxon: holmW[i]!}));
}
