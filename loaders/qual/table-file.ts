// Reads a coding table (CSV in any common encoding and delimiter, or the first sheet of an XLSX) as strings.

import {parse} from "csv-parse/sync";
import {readSheet} from "read-excel-file/node";
import {basename} from "node:path";
import {InputError} from "../errors.js";
import {decodeText} from "./decode-text.js";
import {readInputFile} from "./input-file.js";
import {readZip, type ZipLimits} from "./safe-zip.js";

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /** Encoding of a CSV file; detected when omitted (BOM, then UTF-8, then GB18030). */
  encoding?: string;
  /** Field delimiter of a CSV file; detected from the header line (`,`, `;` or tab) when omitted. */
  delimiter?: string;
  /** Caps applied to an XLSX file before it is opened. */
  limits?: ZipLimits;
}

/** A table's header and rows, every cell a string (`""` when empty). */
export interface Table {
  file: string;
  header: string[];
  rows: string[][];
}

const ZIP_MAGIC = Buffer.from("PK\x03\x04", "latin1");
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The table in `path`; the format is told by the file's first bytes, not its name. */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const file = basename(path);
  const bytes = await readInputFile(path);
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new InputError(
      "is an old binary Excel file (.xls), which Evalbook does not open",
      {file},
      "open it in Excel or WPS and save it as .xlsx or as CSV UTF-8"
    );
  }
  const cells = bytes.subarray(0, 4).equals(ZIP_MAGIC)
    ? await xlsxCells(bytes, file, options)
    : csvCells(bytes, file, options);
  const [header, ...rows] = cells.filter((row) => row.some((cell) => cell.trim() !== ""));
  if (header === undefined) throw new InputError("is empty", {file}, "export the coded segments again");
  return {file, header: header.map((name) => name.trim()), rows};
}

function csvCells(bytes: Buffer, file: string, options: ReadTableOptions): string[][] {
  const {text} = decodeText(bytes, file, options.encoding);
  try {
    return parse(text, {
      delimiter: options.delimiter ?? sniffDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true
    }) as string[][];
  } catch (error) {
    const line = (error as {lines?: number}).lines;
    throw new InputError(
      `is not a readable CSV file${line ? ` near line ${line}` : ""} (${(error as Error).message.replace(/^Invalid[^:]*: /, "")})`,
      {file},
      "open it in a spreadsheet program and save it again as CSV UTF-8, or export it again"
    );
  }
}

/** The most frequent of `,`, `;` and tab outside quotes on the header line. */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0]
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

async function xlsxCells(bytes: Buffer, file: string, options: ReadTableOptions): Promise<string[][]> {
  // Unpack everything once under our caps, so the spreadsheet reader never meets a zip bomb.
  await readZip(bytes, {file, wanted: () => true, limits: options.limits});
  const rows = await readSheet(bytes).catch((error: unknown) => {
    throw new InputError(
      `is not a readable XLSX workbook (${error instanceof Error ? error.message : String(error)})`,
      {file},
      "open it in Excel or WPS and save it again as .xlsx, or export it as CSV"
    );
  });
  return rows.map((row) => row.map((value) => cellText(value as unknown)));
}

/** Dates as ISO dates (with time when not midnight), numbers and booleans as typed. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
  }
  return String(value);
}
