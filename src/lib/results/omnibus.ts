// Three or more waves: per instrument × subscale × group, the trajectory of the complete cases, the omnibus tests
// (Friedman, repeated-measures ANOVA with sphericity corrections) and every pair of waves with Holm's adjustment.
import {
  friedmanTest,
  oneSampleTest,
  pairwiseComparisons,
  repeatedMeasuresAnova,
  type Guardrail,
  type RepeatedMeasuresAnova
} from "../stats/index.js";
import {missing, smallN, SMALL_N, sphericityDoubtful} from "../stats/guardrail.js";
import {completeCases} from "../stats/missing.js";
import type {ScoreRow} from "../types.js";
import {
  groupsOf,
  inGroup,
  membersAt,
  partKey,
  scoredParts,
  scoreTable,
  valuesOf,
  type Design,
  type ParticipantTable
} from "./design.js";

/** Greenhouse–Geisser ε below this calls for the corrected p even when Mauchly's test is not significant. */
const LOW_EPSILON = 0.75;

/** The numeric columns of `omnibus.parquet` besides `n` and `k`; NaN (NULL in Parquet) where a row's kind has none. */
const NUMBERS = [
  // kind = "wave"
  "mean",
  "sd",
  "ci_low",
  "ci_high",
  // kind = "test"
  "friedman_chisq",
  "friedman_df",
  "p_friedman",
  "kendall_w",
  "f",
  "df1",
  "df2",
  "p_f",
  "ss_waves",
  "ss_subjects",
  "ss_error",
  "partial_eta_sq",
  "generalized_eta_sq",
  "gg_epsilon",
  "hf_epsilon",
  "df1_gg",
  "df2_gg",
  "p_gg",
  "p_hf",
  "mauchly_w",
  "p_mauchly",
  // kind = "pair"
  "mean_diff",
  "diff_ci_low",
  "diff_ci_high",
  "t",
  "df",
  "p_t",
  "p_holm_t",
  "wilcoxon_v",
  "p_wilcoxon",
  "p_holm_wilcoxon",
  "dz",
  "dz_ci_low",
  "dz_ci_high",
  "g_av",
  "rank_biserial"
] as const;

/**
 * One row of `omnibus.parquet`. Every row: instrument, subscale, group, `kind`, `n` (participants of the group with
 * a score at every wave) and `k` (waves). `kind` says which other columns are filled (the rest are NaN / null):
 * - `wave` (one per wave, in study order): `wave`, `mean`, `sd`, `ci_low`, `ci_high` (t interval of the mean);
 * - `test` (one): Friedman (`friedman_chisq`, `friedman_df`, `p_friedman`, `kendall_w`), the repeated-measures
 *   ANOVA (`f`, `df1`, `df2`, `p_f`, sums of squares, partial and generalised η², Greenhouse–Geisser and Huynh–Feldt
 *   ε, `df1_gg`, `df2_gg`, `p_gg`, `p_hf`, Mauchly's `mauchly_w`, `p_mauchly`) and the guardrails;
 * - `pair` (one per pair of waves, earlier first): `wave_from`, `wave_to`, the paired comparison of `to − from`
 *   (as in comparisons.parquet) and `p_holm_t`, `p_holm_wilcoxon` (Holm over this subscale's pairs), guardrails.
 */
export type OmnibusRow = {
  instrument: string;
  subscale: string;
  group: string;
  kind: "wave" | "test" | "pair";
  n: number;
  k: number;
  wave: string | null;
  wave_from: string | null;
  wave_to: string | null;
  wilcoxon_method: string | null;
  guardrails: Guardrail[];
} & Record<(typeof NUMBERS)[number], number>;

type Filled = Partial<OmnibusRow> & Pick<OmnibusRow, "kind">;

const BLANK = {
  wave: null,
  wave_from: null,
  wave_to: null,
  wilcoxon_method: null,
  guardrails: [],
  ...(Object.fromEntries(NUMBERS.map((key) => [key, NaN])) as Record<(typeof NUMBERS)[number], number>)
};

/** The guardrails of the omnibus tests on `n` complete cases, `dropped` participants left out for a missing score. */
function testGuardrails(n: number, dropped: number, anova: RepeatedMeasuresAnova): Guardrail[] {
  const tested = !Number.isNaN(anova.p_mauchly);
  const doubtful = (tested && anova.p_mauchly < 0.05) || anova.gg_epsilon < LOW_EPSILON || (!tested && n > 1);
  return [
    ...(dropped > 0 ? [missing(dropped)] : []),
    ...(n < SMALL_N ? [smallN(n, SMALL_N)] : []),
    ...(doubtful && !Number.isNaN(anova.gg_epsilon) ? [sphericityDoubtful(anova.gg_epsilon, tested)] : [])
  ];
}

/** The fields of `source` named in `keys` that it has. */
function pick<T extends object>(source: T, keys: readonly string[]): Partial<OmnibusRow> {
  return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key as keyof T]]));
}

/** Whether a study has an omnibus table: three or more waves. */
export const hasOmnibus = (design: Design) => design.waves.length >= 3;

/** The omnibus table of a study with three or more waves (none otherwise); see {@link OmnibusRow}. */
export function omnibusResults(scores: readonly ScoreRow[] | ParticipantTable, design: Design): OmnibusRow[] {
  if (!hasOmnibus(design)) return [];
  const table = scoreTable(scores);
  const waves = design.waves.map((w) => w.id);
  const k = waves.length;
  return design.instruments.flatMap((instrument) =>
    groupsOf(design, table).flatMap((group) => {
      const members = membersAt(table, group, waves);
      // Everyone of the group seen at any wave: those without a score at every wave are left out, and said so.
      const seen = table.participants.filter((_, i) =>
        waves.some((w) => inGroup(table.waves.get(w)?.groups[i] ?? null, group))
      ).length;
      return scoredParts(instrument).flatMap((subscale) => {
        const key = partKey(instrument.id, subscale);
        const columns = completeCases(waves.map((wave) => valuesOf(table, wave, key, members)));
        const n = columns[0]!.length;
        const row = (filled: Filled): OmnibusRow => ({
          instrument: instrument.id,
          subscale,
          group,
          n,
          k,
          ...BLANK,
          ...filled
        });
        const trajectory = columns.map((values, w) => {
          const {mean, sd, ci_low, ci_high} = oneSampleTest(values, 0);
          return row({kind: "wave", wave: waves[w]!, mean, sd, ci_low, ci_high});
        });
        const friedman = friedmanTest(columns);
        const anova = repeatedMeasuresAnova(columns);
        const test = row({
          kind: "test",
          friedman_chisq: friedman.statistic,
          friedman_df: friedman.df,
          p_friedman: friedman.p,
          kendall_w: friedman.kendall_w,
          ...pick(anova, NUMBERS),
          p_f: anova.p,
          guardrails: testGuardrails(n, seen - n, anova)
        });
        const pairs = pairwiseComparisons(columns, {scale: instrument.scale}).map((pair) =>
          row({
            kind: "pair",
            wave_from: waves[pair.from]!,
            wave_to: waves[pair.to]!,
            ...pick(pair, NUMBERS),
            wilcoxon_method: pair.wilcoxon_method,
            guardrails: pair.guardrails
          })
        );
        return [...trajectory, test, ...pairs];
      });
    })
  );
}
