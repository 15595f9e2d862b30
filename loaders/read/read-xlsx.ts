// Reads one sheet of an XLSX workbook with read-excel-file, after checks that keep hostile files from exhausting memory.
import {unzipSync} from "fflate";
import {readSheet, SheetNotFoundError} from "read-excel-file/universal";
import {InputError} from "../errors.js";
import {tableFromCells, type RawTable, type TableFromCellsOptions} from "./raw-table.js";

/** How {@link readXlsx} reads; cell and file options as in {@link TableFromCellsOptions}. */
export interface ReadXlsxOptions extends TableFromCellsOptions {
  /** Sheet name; the first sheet when absent. */
  sheet?: string;
  /** Most bytes the workbook may unpack to; default 500 MB. */
  maxUnzippedBytes?: number;
  /** Most cells a sheet's used area (last row × last column) may span; default 10 million. */
  maxCells?: number;
}

type Cell = string | number | boolean | Date | null;

/** Most times a workbook may unpack to its own size, once it unpacks to more than {@link BOMB_FLOOR} bytes. */
const MAX_RATIO = 100;
const BOMB_FLOOR = 20e6;

export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions): Promise<RawTable> {
  const {file, sheet} = options;
  checkWorkbook(bytes, options);
  let data: Cell[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // Numbers are kept as the text Excel stored, so "1" stays "1" and no rounding creeps in.
    data = (await readSheet<string>(buffer, sheet ?? 1, {
      trim: false,
      parseNumber: (text) => text
    })) as Cell[][];
  } catch (error) {
    if (error instanceof SheetNotFoundError) {
      const names = (error as SheetNotFoundError & {sheets: string[]}).sheets;
      throw new InputError(
        `there is no sheet named "${sheet}"; the workbook has ${names.map((name) => `"${name}"`).join(", ")}`,
        {file},
        "set sheet to one of those names"
      );
    }
    throw damaged(file, error);
  }
  if (data.length === 0) {
    throw new InputError(
      `the sheet ${sheet ? `"${sheet}" ` : ""}is empty: it has no header row`,
      {file},
      "choose the sheet that holds the answers"
    );
  }
  return tableFromCells(
    data.map((row) => row.map(cellText)),
    data.map((_, i) => i + 1),
    options
  );
}

/** Refuses archives that are not workbooks, or that would unpack to more memory or cells than allowed. */
function checkWorkbook(
  bytes: Uint8Array,
  {file, maxUnzippedBytes = 500e6, maxCells = 10e6}: ReadXlsxOptions
): void {
  const names: string[] = [];
  let unpacked = 0;
  const unzip = (wanted: (entry: {name: string; originalSize: number}) => boolean) => {
    try {
      return unzipSync(bytes, {filter: wanted});
    } catch (error) {
      throw damaged(file, error);
    }
  };
  // First only list the entries (nothing is inflated), so the size checks come before any unpacking.
  unzip(({name, originalSize}) => {
    names.push(name);
    unpacked += originalSize;
    return false;
  });
  if (!names.includes("xl/workbook.xml")) {
    throw new InputError(
      "this is a zip archive, but not an Excel workbook",
      {file},
      "give the Excel (.xlsx) or CSV file itself, not another document or a zip of files"
    );
  }
  // Spreadsheets compress about 5–30 times; a small file that claims hundreds of megabytes is a zip bomb, and even
  // an honest one would keep the XML reader busy for minutes.
  if (unpacked > BOMB_FLOOR && unpacked > MAX_RATIO * bytes.length) {
    throw new InputError(
      `the workbook is ${Math.round(bytes.length / 1e3)} kB but unpacks to ${Math.round(unpacked / 1e6)} MB, more than ${MAX_RATIO} times its size: a damaged file or a "zip bomb"`,
      {file},
      "open it in Excel or WPS and save it again as .xlsx, or download the CSV version"
    );
  }
  if (unpacked > maxUnzippedBytes) {
    throw new InputError(
      `the workbook unpacks to ${Math.round(unpacked / 1e6)} MB, more than the ${Math.round(maxUnzippedBytes / 1e6)} MB allowed`,
      {file},
      "export only the answers you need, or save the sheet as CSV"
    );
  }
  const sheets = unzip(({name}) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  for (const xml of Object.values(sheets)) {
    const {rows, columns} = usedArea(xml);
    if (rows * columns > maxCells) {
      throw new InputError(
        `a sheet spans ${rows.toLocaleString("en")} rows × ${columns.toLocaleString("en")} columns, too large to read`,
        {file},
        "delete the empty rows and columns far from the data (or save the sheet as CSV) and try again"
      );
    }
  }
}

/** The last row and column any `<row r>` or `<c r>` in a sheet's XML refers to. */
function usedArea(xml: Uint8Array): {rows: number; columns: number} {
  const text = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString("latin1");
  let rows = 0;
  let columns = 0;
  for (const [, letters, digits] of text.matchAll(/<(?:\w+:)?(?:row|c)\s[^>]*?\br="([A-Z]*)(\d+)"/g)) {
    rows = Math.max(rows, Number(digits));
    columns = Math.max(
      columns,
      [...letters!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0)
    );
  }
  return {rows, columns};
}

function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) return formatDate(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/** Excel dates carry no time zone; read-excel-file builds them in UTC, so UTC fields give back what the sheet shows. */
function formatDate(date: Date): string {
  const [day, time] = date.toISOString().slice(0, 19).split("T") as [string, string];
  return time === "00:00:00" ? day : `${day} ${time}`;
}

function damaged(file: string, error: unknown): InputError {
  return new InputError(
    "the Excel file is damaged or incomplete and cannot be opened" +
      (error instanceof Error ? ` (${error.message.slice(0, 200)})` : ""),
    {file},
    "download the file again; if it opens in Excel or WPS, save it again as .xlsx or CSV"
  );
}
