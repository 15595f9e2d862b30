// What readSurvey returns: the raw table plus, for each column, what the survey platform says it is.
import type {RawTable} from "./raw-table.js";

/** The export layouts Evalbook reads. */
export type SurveyFormat = "wjx" | "qualtrics" | "wide" | "long" | "spss";

/** Metadata (times, sources, ids), personal data to keep apart, or an answer to a question. */
export type ColumnRole = "metadata" | "pii" | "question";

export interface SurveyColumn {
  /** The header as in {@link RawTable.headers}. */
  header: string;
  role: ColumnRole;
  /** Question number from the header: `12、…` → 12, `第6题(运动)` → 6, Qualtrics `Q12_3` → "Q12_3". */
  question?: number | string;
  /** The question text without number, type tag or sub-item, normalised (NFKC, spaces collapsed). */
  text?: string;
  /** Matrix row, fill-in blank or option label of a sub-question column (`—外观`, `(早上上学)`, `(运动)`). */
  item?: string;
  /** SPSS: the variable label (question wording), which `column:` also matches. */
  label?: string;
  /** SPSS: value labels of a numeric variable, code → label (`1: 完全不符合`). */
  labels?: Record<number, string>;
}

/**
 * Why a cell placeholder was read as empty: skipped by logic (`(跳过)`, `-3`), left blank (`(空)`), `NULL`, or a
 * code the SPSS file declares missing (`99`).
 */
export type MissingReason = "skipped" | "blank" | "placeholder" | "user_missing";

/** How many cells of one column were read as empty for one reason. */
export interface MissingCount {
  /** Column index into {@link RawTable.headers}. */
  column: number;
  reason: MissingReason;
  count: number;
}

export interface SurveyTable extends RawTable {
  format: SurveyFormat;
  /** One entry per header. */
  columns: SurveyColumn[];
  /** Placeholders that were replaced by `null`, per column and reason; empty cells are not counted. */
  missing: MissingCount[];
}
