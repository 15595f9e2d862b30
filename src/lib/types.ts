// Row types of the tables the ingest writes and the pages read; one definition for both sides.
import type {PairedResult} from "./results/paired.js";

/** A bilingual label; either language may be missing, pages fall back to the other. */
export interface Label {
  zh?: string;
  en?: string;
}

/** A text written in both languages: a note or warning the code composes, never left to fall back. */
export interface Text {
  en: string;
  zh: string;
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

/**
 * How many participants have a score, per group (and `all`) and wave, and how many at every wave: what the ingest
 * adds to study.json as `size`, so that no page needs the per-participant tables to say how big the study is.
 */
export interface StudySize {
  participants: number;
  /** Participants per group × wave and with every wave; null where the published build hides a count. */
  design: {group: string; waves: Record<string, number | null>; matched: number | null}[];
  /** Whether the per-participant tables hold rows (not in a published build unless study.yaml opts in). */
  individuals?: boolean;
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

/**
 * `comparisons.parquet`: a paired pre/post comparison (see `pairedResults`); differences are `to − from`, and the
 * guardrails travel as a JSON string.
 */
export type Comparison = Omit<PairedResult, "guardrails"> & {guardrails: string};

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
