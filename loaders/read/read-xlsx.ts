// Reads one sheet of an XLSX workbook, streamed row by row by exceljs, after checks that keep hostile files out.
import {Readable} from "node:stream";
import ExcelJS from "exceljs";
import {unzipSync} from "fflate";
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

/** Most times a workbook may unpack to its own size, once it unpacks to more than {@link BOMB_FLOOR} bytes. */
const MAX_RATIO = 100;
const BOMB_FLOOR = 20e6;

/** What the streaming reader gives for the sheet it is reading (exceljs types it without its name). */
type SheetReader = AsyncIterable<ExcelJS.Row> & {name?: string};

export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions): Promise<RawTable> {
  const {file, sheet, maxCells = 10e6} = options;
  checkWorkbook(bytes, options);
  const records: (string | null)[][] = [];
  const numbers: number[] = [];
  let found = false;
  let names: string[] = [];
  try {
    // The sheet is parsed as it streams (a SAX parser, no tree), so a million rows cost only their cells.
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: "cache",
      styles: "cache", // to tell dates from numbers
      hyperlinks: "ignore",
      worksheets: "emit"
    });
    relativeTargets(workbook);
    await readPartsFirst(workbook, bytes);
    let width = 0;
    for await (const reader of workbook as AsyncIterable<SheetReader>) {
      names =
        (workbook as unknown as {model: {sheets?: {name: string}[]}}).model.sheets?.map((s) => s.name) ?? [];
      if (found || reader.name !== (sheet ?? names[0])) continue;
      found = true;
      for await (const row of reader) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        width = Math.max(width, values.length);
        if (row.number * width > maxCells) throw tooLarge(file, row.number, width);
        records.push(Array.from(values, cellText));
        numbers.push(row.number);
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw damaged(file);
  }
  if (!found && sheet !== undefined) {
    throw new InputError(
      `there is no sheet named "${sheet}"; the workbook has ${names.map((name) => `"${name}"`).join(", ")}`,
      {file},
      "set sheet to one of those names"
    );
  }
  if (records.length === 0) {
    throw new InputError(
      `the sheet ${sheet ? `"${sheet}" ` : ""}is empty: it has no header row`,
      {file},
      "choose the sheet that holds the answers"
    );
  }
  return tableFromCells(records, numbers, options);
}

/**
 * exceljs names a sheet by matching its relationship target `worksheets/sheetN.xml` exactly; many writers give
 * `/xl/worksheets/sheetN.xml`, and those sheets would lose their names. The targets are made relative as they arrive.
 */
function relativeTargets(workbook: ExcelJS.stream.xlsx.WorkbookReader): void {
  let rels: {Target: string}[] | undefined;
  Object.defineProperty(workbook, "workbookRels", {
    get: () => rels,
    set: (value?: {Target: string}[]) => {
      rels = value?.map((rel) => ({...rel, Target: rel.Target.replace(/^\/?xl\//, "")}));
    }
  });
}

/** The parts of exceljs's streaming reader that parse a workbook's small parts (its own methods, not typed). */
interface PartReaders {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
}

const PARTS = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"];

/**
 * exceljs parses a sheet as it streams only if the workbook's relationships and shared strings came before it in
 * the archive; otherwise it copies the sheet to a file in the system's temp folder first. Excel writes its sheets
 * before those parts, and Wenjuanxing's exports have no shared strings at all: every such sheet (the answers)
 * went to disk, and stayed there when an ingest was killed. The small parts are read first, from the archive in
 * memory, so no sheet is ever written out, styles are known before any cell (to tell dates from numbers), and the
 * sheet list before any sheet (exceljs#3064: a race otherwise reads `model.sheets` of undefined — a workbook
 * reported damaged now and then, as CI saw with test/fixtures/surveys/plain/pre-post.xlsx).
 */
async function readPartsFirst(
  workbook: ExcelJS.stream.xlsx.WorkbookReader,
  bytes: Uint8Array
): Promise<void> {
  const parts = unzipSync(bytes, {filter: ({name}) => PARTS.includes(name)});
  const reader = workbook as unknown as PartReaders;
  const part = (name: string) => Readable.from([Buffer.from(parts[name]!)]);
  if (parts["xl/_rels/workbook.xml.rels"]) await reader._parseRels(part("xl/_rels/workbook.xml.rels"));
  else reader.workbookRels = [];
  if (parts["xl/workbook.xml"]) await reader._parseWorkbook(part("xl/workbook.xml"));
  if (parts["xl/styles.xml"]) await reader._parseStyles(part("xl/styles.xml"));
  if (parts["xl/sharedStrings.xml"])
    for await (const _ of reader._parseSharedStrings(part("xl/sharedStrings.xml")));
  else reader.sharedStrings = [];
  // Read once: when the stream reaches these parts again, they are skipped (the reader drains each entry).
  reader._parseRels = reader._parseWorkbook = reader._parseStyles = async () => {};
  reader._parseSharedStrings = async function* () {};
}

function tooLarge(file: string, rows: number, columns: number): InputError {
  return new InputError(
    `a sheet spans ${rows.toLocaleString("en")} rows × ${columns.toLocaleString("en")} columns, too large to read`,
    {file},
    "delete the empty rows and columns far from the data (or save the sheet as CSV) and try again"
  );
}

/** Refuses archives that are not workbooks, or that would unpack to more memory or cells than allowed. */
function checkWorkbook(bytes: Uint8Array, {file, maxUnzippedBytes = 500e6}: ReadXlsxOptions): void {
  const names: string[] = [];
  let unpacked = 0;
  const unzip = (wanted: (entry: {name: string; originalSize: number}) => boolean) => {
    try {
      return unzipSync(bytes, {filter: wanted});
    } catch {
      throw damaged(file);
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
}

/** A cell as the text the sheet shows: formulas by their result, rich text and links by their text. */
function cellText(cell: ExcelJS.CellValue): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return formatDate(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell !== "object") return String(cell);
  if ("richText" in cell) return cell.richText.map((run) => run.text).join("");
  if ("result" in cell) return cellText((cell.result ?? null) as ExcelJS.CellValue);
  if ("formula" in cell || "sharedFormula" in cell) return null; // a formula never calculated
  if ("text" in cell)
    return typeof cell.text === "string" ? cell.text : cellText(cell.text as ExcelJS.CellValue);
  if ("error" in cell) return cell.error;
  return null;
}

/** Excel dates carry no time zone; exceljs builds them in UTC, so UTC fields give back what the sheet shows. */
function formatDate(date: Date): string {
  const [day, time] = date.toISOString().slice(0, 19).split("T") as [string, string];
  return time === "00:00:00" ? day : `${day} ${time}`;
}

/** The parser's own message is left out: it may quote the sheet's content. */
function damaged(file: string): InputError {
  return new InputError(
    "the Excel file is damaged or incomplete and cannot be opened",
    {file},
    "download the file again; if it opens in Excel or WPS, save it again as .xlsx or CSV"
  );
}
