// Row types of the tables the ingest writes and the pages read; one definition for both sides.

/** A bilingual label; either language may be missing, pages fall back to the other. */
export interface Label {
  zh?: string;
  en?: string;
}

/** `scores.parquet`: one row per participant × wave × instrument × subscale (and `total`). */
export interface ScoreRow {
  participant: string;
  group: string;
  wave: string;
  instrument: string;
  subscale: string;
  /** Mean or sum of the scored items; null when fewer than `min_answered` items were answered. */
  score: number | null;
  answered: number;
  items: number;
}

/** `items.parquet`: one row per participant × wave × item, after cleaning and reverse keying. */
export interface ItemRow {
  participant: string;
  group: string;
  wave: string;
  instrument: string;
  subscale: string;
  item: string;
  /** The answer as given (scale value), null when missing or invalid. */
  raw: number | null;
  /** The value used for scoring (`min + max − raw` for reverse-keyed items). */
  value: number | null;
}

/** `comparisons.parquet`: a paired pre/post comparison; differences are `to − from`. */
export interface Comparison {
  instrument: string;
  subscale: string;
  group: string;
  wave_from: string;
  wave_to: string;
  n: number;
  mean_from: number;
  sd_from: number;
  mean_to: number;
  sd_to: number;
  mean_diff: number;
  diff_ci_low: number;
  diff_ci_high: number;
  t: number;
  df: number;
  p_t: number;
  wilcoxon_v: number;
  p_wilcoxon: number;
  wilcoxon_method: "exact" | "normal";
  dz: number;
  dz_ci_low: number;
  dz_ci_high: number;
  g_av: number;
  rank_biserial: number;
  p_holm: number;
}

/** `segments.parquet`: one coded segment of an interview or document. */
export interface Segment {
  participant: string | null;
  source: string;
  role: string | null;
  wave: string | null;
  theme: string;
  code: string;
  coder: string | null;
  /** Null when the study forbids publishing excerpts. */
  excerpt: string | null;
}
