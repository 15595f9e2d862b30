// Rows to RFC 4180 CSV that Excel opens safely: quoting, optional UTF-8 BOM, and no formula injection.

/**
 * A column of the CSV: the row key to read and, optionally, the header to write (the key otherwise) and how to
 * show the value (e.g. a group id as its display name, so ids stay out of what users open).
 */
export type CSVColumn = string | {key: string; header?: string; format?: (value: unknown) => unknown};

export interface CSVFormatOptions {
  /** Columns in order; default: the keys of the first row, then any new keys met in later rows. */
  columns?: readonly CSVColumn[];
  /** Prefix the UTF-8 byte-order mark, so that Excel on Windows reads Chinese text as UTF-8. Default false. */
  bom?: boolean;
  /** Line separator; RFC 4180 says CRLF. Default "\r\n". */
  newline?: string;
}

/**
 * Characters that make a spreadsheet treat a cell as a formula: OWASP's list plus LF, and their full-width forms,
 * which Excel and WPS with a Chinese input method read as the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain decimal number such as -0.5 or +3e2, which spreadsheets read as a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Formats rows as CSV text. Cells are quoted when they contain a comma, quote or line break; strings that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR, LF first) are prefixed with `'`, except
 * plain numbers like "-0.5". Numbers are written as numbers, null/undefined/NaN as empty cells, dates as ISO.
 */
export function toCSV(
  rows: Iterable<object>,
  {columns, bom = false, newline = "\r\n"}: CSVFormatOptions = {}
): string {
  const data = Array.from(rows) as Record<string, unknown>[];
  const cols = (columns ?? inferColumns(data)).map((c) => (typeof c === "string" ? {key: c, header: c} : c));
  const lines = [cols.map((c) => formatCell(c.header ?? c.key)).join(",")];
  const cell = (c: (typeof cols)[number], row: Record<string, unknown>) =>
    formatCell(c.format ? c.format(row[c.key]) : row[c.key]);
  for (const row of data) lines.push(cols.map((c) => cell(c, row)).join(","));
  return (bom ? "\uFEFF" : "") + lines.join(newline) + newline;
}

/** `text` with a `'` in front when a spreadsheet would run it as a formula; plain numbers such as "-0.5" stay. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function inferColumns(rows: Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

/** One CSV cell, neutralised and quoted as needed. */
export function formatCell(value: unknown): string {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  const text = defuseFormula(
    value instanceof Date ? (isNaN(value.getTime()) ? "" : value.toISOString()) : String(value)
  );
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
