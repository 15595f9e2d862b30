// Reads any survey file (CSV/TSV text in any common encoding, or XLSX) into a RawTable, trusting bytes over names.
import {extname} from "node:path";
import {InputError} from "../errors.js";
import {decodeText} from "./decode-text.js";
import {fileKind} from "./file-kind.js";
import {parseDelimited} from "./parse-delimited.js";
import type {RawTable} from "./raw-table.js";
import {DEFAULT_MAX_BYTES, readFileBytes} from "./read-file-bytes.js";
import {readXlsx} from "./read-xlsx.js";
import {isSavFile} from "./sav-file.js";

/** How {@link readTable} reads a file. */
export interface ReadTableOptions {
  /** Text encoding instead of detection (BOM, then UTF-8, then GB18030), e.g. "gbk"; ignored for XLSX. */
  encoding?: string;
  /** XLSX sheet name; the first sheet when absent; ignored for text. */
  sheet?: string;
  /** Largest file accepted, in bytes; default 50 MB. An XLSX may unpack to ten times this. */
  maxBytes?: number;
  /** Longest cell accepted, in characters; default 32,767 (Excel's own limit). */
  maxCellChars?: number;
}

const SPREADSHEET = new Set([".xlsx", ".xlsm", ".xls"]);
const TEXT = new Set([".csv", ".tsv", ".txt"]);

export async function readTable(file: string, options: ReadTableOptions = {}): Promise<RawTable> {
  const {encoding, sheet, maxBytes = DEFAULT_MAX_BYTES, maxCellChars} = options;
  const bytes = await readFileBytes(file, maxBytes);
  const extension = extname(file).toLowerCase();
  const kind = fileKind(bytes);
  if (kind === "ole2") throw legacyExcel(file);
  if (isSavFile(bytes)) {
    throw new InputError(
      "this is an SPSS data file (.sav), not a table",
      {file},
      "set format: spss on this source"
    );
  }
  if (kind === "zip") {
    if (TEXT.has(extension)) {
      throw new InputError(
        `this file is named ${extension} but is really an Excel workbook (.xlsx)`,
        {file},
        "rename it to end in .xlsx, or download the CSV version"
      );
    }
    return readXlsx(bytes, {file, sheet, maxCellChars, maxUnzippedBytes: maxBytes * 10});
  }
  if (SPREADSHEET.has(extension)) {
    throw new InputError(
      `this file is named ${extension} but is really a text (CSV) file, not an Excel workbook`,
      {file},
      "rename it to end in .csv, or download the Excel (.xlsx) version"
    );
  }
  const decoded = decodeText(bytes, {file, encoding});
  const table = parseDelimited(decoded.text, {file, encoding: decoded.encoding, maxCellChars});
  return {...table, warnings: [...(decoded.warnings ?? []), ...table.warnings]};
}

/** Excel 97–2003 files (and password-protected workbooks) are OLE2 compound files; no safe, maintained reader exists. */
function legacyExcel(file: string): InputError {
  return new InputError(
    "this is an old Excel 97–2003 workbook (.xls) or a password-protected one, which Evalbook does not open: " +
      "no maintained reader for it is safe on damaged or hostile files",
    {file},
    "download the answers again as .xlsx or CSV (问卷星: 下载答卷数据 → 选择 Excel(.xlsx) 或 CSV), " +
      "or open this file in Excel or WPS, remove any password, and save it as .xlsx"
  );
}
