// The ingest report: every input row kept or excluded with a reason, and every change made to the data.
import type {Text} from "../../src/lib/types.js";

export interface ExcludedRow {
  row: number;
  reason: string;
  /** Pseudonym, when the row had a participant id. */
  participant?: string;
}

export interface SourceReport {
  file: string;
  format: string;
  encoding?: string;
  wave?: string;
  rows_read: number;
  rows_kept: number;
  rows_excluded: number;
  excluded: ExcludedRow[];
  /** Columns never written: declared or recognised as personal data. */
  pii_columns_dropped: string[];
  /** Platform metadata columns not used (submission time, source, duration …). */
  metadata_columns_ignored: string[];
  /**
   * Answers read as missing, by reason, over every row of the file: `blank` (an empty cell, or Wenjuanxing's
   * `(空)`), `skipped` (skipped by logic), `placeholder` (NA, N/A, NULL, .).
   */
  missing_answers: Record<string, number>;
}

export interface InvalidValue {
  file: string;
  row: number;
  column: string;
  item: string;
  /**
   * The offending answer when it is a short number (an out-of-range `6`); anything else only by its length
   * (`[text, 11 characters]`): free text typed into a numeric item may name someone, and row and column say where.
   */
  value: string;
  reason: "not_a_number" | "not_a_whole_number" | "out_of_range";
}

/** What one `sources.coding` export gave. */
export interface CodingFileReport {
  file: string;
  format: string;
  /** Documents in the export, coded or not. */
  documents: number;
  /** Coded segments (one per code applied to a stretch of text). */
  segments: number;
  /** Coded passages: overlapping (or identical) coded text of one document. */
  passages: number;
  /** Distinct codes applied. */
  codes: number;
  coders: string[];
  /** Documents with segments that no `documents:` rule or participant column assigns to anyone. */
  unmapped_documents: string[];
  /** Problems read past, in both languages. */
  warnings: Text[];
}

/** The coded interviews: totals over every coding export, and each export's own report. */
export interface CodingReport {
  files: CodingFileReport[];
  segments: number;
  passages: number;
  codes: number;
  coders: string[];
  /** Distinct participants with at least one coded segment. */
  participants: number;
  unmapped_documents: {file: string; document: string}[];
  /** `publish.excerpts`: whether segments.parquet carries the coded text. */
  excerpts_published: boolean;
  /** Each file's warnings, prefixed with the file, and ids that match no questionnaire. */
  warnings: Text[];
}

/**
 * A finding that probably means the study is read wrongly, for the pages to show prominently (its message is also
 * in `warnings`, after its key path).
 */
export interface ReportCheck {
  /** `identical_waves`: two waves with the same answers for everyone; `source_without_rows`: a source gave nothing. */
  code: "identical_waves" | "source_without_rows";
  /** The study.yaml key path to look at. */
  path: string;
  /** With `identical_waves`: the two waves, in study order. */
  waves?: [string, string];
  message: Text;
}

export interface IngestReport {
  study: string;
  evalbook_version: string;
  totals: {rows_read: number; rows_kept: number; rows_excluded: number};
  sources: SourceReport[];
  invalid_values: {count: number; listed: InvalidValue[]};
  duplicates: {
    participant: string;
    wave: string;
    kept: {file: string; row: number};
    dropped: {file: string; row: number}[];
  }[];
  matching: {
    waves: string[];
    participants: number;
    complete: number;
    incomplete: {participant: string; group: string; present: string[]; missing: string[]}[];
  };
  scores_missing: {
    participant: string;
    wave: string;
    instrument: string;
    subscale: string;
    answered: number;
    items: number;
    required: number;
  }[];
  /** Problems the ingest read past, each in both languages; the overview page lists them. */
  warnings: Text[];
  checks: ReportCheck[];
  coding: CodingReport;
}

/** A few lines for the terminal: what was read, kept, excluded and changed. */
export function summarize(report: IngestReport): string {
  const {totals} = report;
  const lines = [
    `${report.study}: ${totals.rows_read} rows read, ${totals.rows_kept} kept, ${totals.rows_excluded} excluded`
  ];
  for (const source of report.sources) {
    const reasons = new Map<string, number>();
    for (const e of source.excluded)
      reasons.set(e.reason.replace(/ \(.*\)$/, ""), (reasons.get(e.reason.replace(/ \(.*\)$/, "")) ?? 0) + 1);
    const why = [...reasons].map(([reason, n]) => `${n} ${reason}`).join("; ");
    lines.push(
      `  ${source.file}: ${source.rows_read} read, ${source.rows_kept} kept${why ? ` (excluded: ${why})` : ""}`
    );
    if (source.pii_columns_dropped.length)
      lines.push(`    personal data dropped: ${source.pii_columns_dropped.join(", ")}`);
  }
  if (report.invalid_values.count)
    lines.push(`  ${report.invalid_values.count} invalid answers set missing (listed in the report)`);
  if (report.duplicates.length)
    lines.push(`  ${report.duplicates.length} duplicate submissions: kept the latest`);
  const {matching} = report;
  lines.push(
    `  ${matching.complete} of ${matching.participants} participants answered every wave (${matching.waves.join(", ")})`
  );
  if (report.scores_missing.length)
    lines.push(`  ${report.scores_missing.length} scores missing: too few items answered`);
  for (const warning of report.warnings) lines.push(`  warning: ${warning.en}`);
  lines.push(...summarizeCoding(report.coding));
  return lines.join("\n");
}

function summarizeCoding(coding: CodingReport): string[] {
  if (!coding.files.length) return [];
  const lines = [
    `  coding: ${coding.files.length} file${coding.files.length > 1 ? "s" : ""}, ${coding.segments} segments in ${coding.passages} passages, ${coding.codes} codes, ${coding.participants} participants${coding.coders.length ? `, coders: ${coding.coders.join(", ")}` : ""}${coding.excerpts_published ? "" : " (excerpts not published)"}`
  ];
  for (const file of coding.files)
    lines.push(
      `    ${file.file}: ${file.documents} documents, ${file.segments} segments, ${file.codes} codes`
    );
  if (coding.unmapped_documents.length)
    lines.push(
      `  ${coding.unmapped_documents.length} documents mapped to no participant: ${coding.unmapped_documents.map((u) => u.document).join(", ")}`
    );
  for (const warning of coding.warnings) lines.push(`  warning: ${warning.en}`);
  return lines;
}

/** Shortens a cell for the report and masks digit runs of 7 or more (phone and id numbers). */
export function redactValue(text: string): string {
  const masked = text.replace(/\d{7,}/g, (digits) => "#".repeat(digits.length));
  return masked.length > 24 ? masked.slice(0, 23) + "…" : masked;
}

/** An invalid answer as the report shows it: a number of up to 6 digits as it is, other text by its length. */
export function invalidAnswerText(text: string): string {
  const answer = text.trim();
  return /^[-+]?\d{1,6}(?:[.,]\d{1,6})?$/.test(answer) ? answer : `[text, ${[...answer].length} characters]`;
}
