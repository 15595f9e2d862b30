// One-way repeated-measures ANOVA across waves (participants × waves), with the sphericity corrections R gives.
import {fUpperTail} from "./distributions.js";
import {completeCases, type Maybe} from "./missing.js";
import {mean, squaredDeviations, sum} from "./moments.js";
import {sphericity, type Sphericity} from "./sphericity.js";

/** Result of {@link repeatedMeasuresAnova}. */
export interface RepeatedMeasuresAnova extends Sphericity {
  /** Participants with a score at every wave (complete cases). */
  n: number;
  k: number;
  /** Sums of squares: between waves, between participants, and the waves × participants residual. */
  ss_waves: number;
  ss_subjects: number;
  ss_error: number;
  /** k − 1 and (n − 1)(k − 1). */
  df1: number;
  df2: number;
  f: number;
  p: number;
  /** Partial η² = SS_waves / (SS_waves + SS_error). */
  partial_eta_sq: number;
  /** Generalised η² (Olejnik & Algina 2003; ez's ges) = SS_waves / (SS_waves + SS_subjects + SS_error). */
  generalized_eta_sq: number;
  /** Greenhouse–Geisser corrected degrees of freedom and p. */
  df1_gg: number;
  df2_gg: number;
  p_gg: number;
  /** Huynh–Feldt corrected p, with ε capped at 1 as in R's anova.mlm. */
  p_hf: number;
}

/**
 * Repeated-measures ANOVA on the complete cases of `waves` (one array per wave, one entry per participant):
 * R's `aov(y ~ wave + Error(id / wave))` and `anova(lm(Y ~ 1), X = ~1, test = "Spherical")`.
 */
export function repeatedMeasuresAnova(waves: readonly (readonly Maybe<number>[])[]): RepeatedMeasuresAnova {
  const columns = completeCases(waves);
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  const grand = mean(columns.flat());
  const waveMeans = columns.map((column) => mean(column));
  const rows = Array.from({length: n}, (_, i) => columns.map((column) => column[i]!));
  const personMeans = rows.map((row) => mean(row));
  const ssWaves = n * squaredDeviations(waveMeans, grand);
  const ssSubjects = k * squaredDeviations(personMeans, grand);
  const ssError = sum(
    rows.flatMap((row, i) => row.map((y, j) => (y - personMeans[i]! - waveMeans[j]! + grand) ** 2))
  );
  const df1 = k - 1;
  const df2 = (n - 1) * (k - 1);
  const f = ssWaves / df1 / (ssError / df2);
  const spherical = sphericity(columns);
  const hf = Math.min(1, spherical.hf_epsilon);
  return {
    n,
    k,
    ss_waves: ssWaves,
    ss_subjects: ssSubjects,
    ss_error: ssError,
    df1,
    df2,
    f,
    p: fUpperTail(f, df1, df2),
    partial_eta_sq: ssWaves / (ssWaves + ssError),
    generalized_eta_sq: ssWaves / (ssWaves + ssSubjects + ssError),
    ...spherical,
    df1_gg: df1 * spherical.gg_epsilon,
    df2_gg: df2 * spherical.gg_epsilon,
    p_gg: fUpperTail(f, df1 * spherical.gg_epsilon, df2 * spherical.gg_epsilon),
    p_hf: fUpperTail(f, df1 * hf, df2 * hf)
  };
}
