// Pre/post comparisons per instrument × subscale × group × pair of waves, with Holm's adjustment across subscales.
import {holm, pairedComparisonOf, type Guardrail, type PairedComparison} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {
  partKey,
  scoredParts,
  scoreScale,
  scoreTable,
  wavePairs,
  type Design,
  type ParticipantTable
} from "./design.js";
import {tableCounts, type ScoreCounts} from "./score-counts.js";

export type PairedResult = Omit<PairedComparison, "guardrails"> & {
  instrument: string;
  subscale: string;
  group: string;
  wave_from: string;
  wave_to: string;
  /** Holm-adjusted p of the paired t (and of Wilcoxon) within the instrument's subscales; `total` is its own family. */
  p_holm: number;
  p_wilcoxon_holm: number;
  guardrails: Guardrail[];
};

/** Everyone of the group at both waves (a missing score drops the pair); differences are `to − from`. */
export function pairedResults(
  scores: readonly ScoreRow[] | ParticipantTable,
  design: Design
): PairedResult[] {
  return pairedResultsOf(tableCounts(scoreTable(scores), design), design);
}

/** {@link pairedResults} from tabulated scores. */
export function pairedResultsOf(counts: ScoreCounts, design: Design): PairedResult[] {
  const results: PairedResult[] = [];
  for (const instrument of design.instruments) {
    for (const group of counts.groups) {
      for (const [from, to] of wavePairs(design)) {
        const family = scoredParts(instrument).map((subscale) => {
          const {table, missing} = counts.pairs(group, from, to, partKey(instrument.id, subscale));
          const result = pairedComparisonOf(table, missing, {scale: scoreScale(instrument, subscale)});
          return {
            instrument: instrument.id,
            subscale,
            group,
            wave_from: from,
            wave_to: to,
            ...result,
            p_holm: NaN,
            p_wilcoxon_holm: NaN
          };
        });
        const subscales = family.filter((r) => r.subscale !== "total");
        holm(subscales.map((r) => r.p_t)).forEach((p, i) => (subscales[i].p_holm = p));
        holm(subscales.map((r) => r.p_wilcoxon)).forEach((p, i) => (subscales[i].p_wilcoxon_holm = p));
        for (const r of family.filter((r) => r.subscale === "total"))
          [r.p_holm, r.p_wilcoxon_holm] = [r.p_t, r.p_wilcoxon];
        results.push(...family);
      }
    }
  }
  return results;
}
