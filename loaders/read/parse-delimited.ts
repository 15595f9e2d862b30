// Parses CSV/TSV text with csv-parse: detects the separator and keeps the line each record starts on.
import {CsvError, parse} from "csv-parse/sync";
import {InputError} from "../errors.js";
import {tableFromCells, type RawTable, type TableFromCellsOptions} from "./raw-table.js";

/** How {@link parseDelimited} parses; cell and file options as in {@link TableFromCellsOptions}. */
export interface ParseDelimitedOptions extends TableFromCellsOptions {
  /** Field separator; detected among comma, tab and semicolon when absent. */
  delimiter?: string;
}

interface Parsed {
  record: string[];
  /** Byte offset just past the record and its line break. */
  info: {bytes: number};
}

const DELIMITERS = [",", "\t", ";"];
/** Records read to choose the separator. */
const SAMPLE_RECORDS = 20;
const SETTINGS = {relax_column_count: true, relax_quotes: true, skip_empty_lines: false} as const;

export function parseDelimited(text: string, options: ParseDelimitedOptions): RawTable {
  // csv-parse counts UTF-8 bytes, so offsets are taken on the same bytes.
  const data = Buffer.from(text, "utf8");
  const delimiter = options.delimiter ?? detectDelimiter(data);
  const starts = lineStarts(data);
  let parsed: Parsed[];
  try {
    parsed = parseWithInfo(data, delimiter);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw malformed(error, data, delimiter, starts, options.file);
  }
  const lineNumbers = parsed.map((_, i) => lineOf(starts, i === 0 ? 0 : parsed[i - 1]!.info.bytes));
  return tableFromCells(
    parsed.map(({record}) => record),
    lineNumbers,
    options
  );
}

function parseWithInfo(data: Buffer, delimiter: string, to?: number): Parsed[] {
  // csv-parse's types do not model `info: true`, which wraps each record with its position.
  return parse(data, {
    ...SETTINGS,
    delimiter,
    info: true,
    ...(to === undefined ? {} : {to})
  }) as unknown as Parsed[];
}

/** The separator that splits the first records into the most columns, preferring one that splits every record alike. */
function detectDelimiter(data: Buffer): string {
  const scored = DELIMITERS.map((delimiter, order) => {
    // A broken record further down must not hide the separator, so fall back to the header line alone.
    const sample = sampleRecords(data, delimiter, SAMPLE_RECORDS);
    const records = sample ?? sampleRecords(data, delimiter, 1) ?? [];
    const width = records[0]?.length ?? 0;
    const even = sample !== undefined && sample.every((record) => record.length === width || isBlank(record));
    return {delimiter, score: width > 1 ? (even ? 1_000_000 : 0) + width : 0, order};
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored[0]!.delimiter;
}

function sampleRecords(data: Buffer, delimiter: string, count: number): string[][] | undefined {
  try {
    return parse(data, {...SETTINGS, delimiter, to: count});
  } catch {
    return undefined;
  }
}

function isBlank(record: string[]): boolean {
  return record.length === 1 && record[0] === "";
}

function malformed(
  error: CsvError,
  data: Buffer,
  delimiter: string,
  starts: number[],
  file: string
): InputError {
  // The failing record starts where the last good one ended.
  const done = Number(error.records ?? 0);
  const before = done > 0 ? parseWithInfo(data, delimiter, done) : [];
  const row = lineOf(starts, before.at(-1)?.info.bytes ?? 0);
  return error.code === "CSV_QUOTE_NOT_CLOSED"
    ? new InputError(
        "a quoted cell that starts in this row is never closed, so the rest of the file would be read into it",
        {file, row},
        'add the missing closing quote (") or remove the stray one'
      )
    : new InputError(
        `the text cannot be read as a table here (${error.code})`, // csv-parse's message may quote the cell
        {file, row},
        "export the file again"
      );
}

/** Byte offsets at which lines start; CRLF, LF and lone CR each end a line, as in a text editor. */
function lineStarts(data: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x0a || (data[i] === 0x0d && data[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line holding `offset`. */
function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
