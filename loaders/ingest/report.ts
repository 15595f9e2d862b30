// The ingest report: every input row kept or excluded with a reason, and every change made to the data.

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
  /** Placeholders read as missing answers, by reason (skipped by logic, left blank, NULL). */
  missing_answers: Record<string, number>;
}

export interface InvalidValue {
  file: string;
  row: number;
  column: string;
  item: string;
  /** The offending text, shortened; long digit runs masked so no phone or id number lands in the report. */
  value: string;
  reason: "not_a_number" | "out_of_range";
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
  warnings: string[];
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
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  return lines.join("\n");
}

/** Shortens a cell for the report and masks digit runs of 7 or more (phone and id numbers). */
export function redactValue(text: string): string {
  const masked = text.replace(/\d{7,}/g, (digits) => "#".repeat(digits.length));
  return masked.length > 24 ? masked.slice(0, 23) + "…" : masked;
}
