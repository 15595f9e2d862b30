// The one shape every reader returns: header names, cell text and the row numbers a user would look up.
import type {Text} from "../../src/lib/types.js";
import {InputError, warningText} from "../errors.js";

/** A table exactly as read from one file, before any platform rules are applied. */
export interface RawTable {
  /** Path as the user gave it, for messages. */
  file: string;
  /** Header names as in the file, trimmed of a BOM and surrounding spaces; duplicates allowed. */
  headers: string[];
  /** Cell text, `null` for an empty cell; one entry per data row, each as long as `headers`. Blank rows are not data rows. */
  rows: (string | null)[][];
  /** For each row, its number as the user sees it: the sheet row in Excel, the line in a text editor (header = 1). */
  rowNumbers: number[];
  /** What was detected or used: "utf-8", "utf-8-bom", "gb18030", "utf-16le", …; absent for XLSX. */
  encoding?: string;
  /** Problems that did not stop reading (e.g. short rows padded with empty cells), for the report, in both languages. */
  warnings: Text[];
}

/** How {@link tableFromCells} builds a table. */
export interface TableFromCellsOptions {
  file: string;
  encoding?: string;
  /** Longest cell allowed, in characters; default 32,767 (Excel's own limit). */
  maxCellChars?: number;
}

export const DEFAULT_MAX_CELL_CHARS = 32_767;

/**
 * Turns the records of a file (first = header) into a RawTable: cleans header names, reads blank cells as `null`,
 * drops blank rows and the empty trailing columns left by trailing separators, pads short rows (with one warning),
 * and refuses rows with values beyond the last header and cells over the size cap.
 */
export function tableFromCells(
  records: (string | null)[][],
  lineNumbers: number[],
  {file, encoding, maxCellChars = DEFAULT_MAX_CELL_CHARS}: TableFromCellsOptions
): RawTable {
  const [first, ...rest] = records;
  if (!first) throw new InputError("no header row: the file holds no table", {file}, "export the data again");
  let headers = first.map((cell) => (cell ?? "").replace(/^\uFEFF/, "").trim());
  const body = rest.map((record) =>
    record.map((cell) => (cell === null || cell.trim() === "" ? null : cell))
  );
  const keep = body.map((_, i) => i).filter((i) => body[i]!.some((cell) => cell !== null));
  const rows = keep.map((i) => body[i]!);
  const rowNumbers = keep.map((i) => lineNumbers[i + 1]!);
  while (
    headers.length > 0 &&
    headers.at(-1) === "" &&
    rows.every((row) => row[headers.length - 1] == null)
  ) {
    headers = headers.slice(0, -1);
  }
  const width = headers.length;
  const short: number[] = [];
  const cells = rows.map((row, i) => {
    const extra = row.findIndex((cell, j) => j >= width && cell !== null);
    if (extra >= 0) {
      throw new InputError(
        `this row has a value in column ${extra + 1}, but the header has only ${width} columns`,
        {file, row: rowNumbers[i]},
        "check that row for a stray separator (a comma inside an answer must be quoted), or add a header name"
      );
    }
    if (row.length < width) short.push(i);
    return Array.from({length: width}, (_, j) => row[j] ?? null);
  });
  cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell !== null && cell.length > maxCellChars) {
        throw new InputError(
          `the cell holds ${cell.length.toLocaleString("en")} characters, more than the ${maxCellChars.toLocaleString("en")} allowed`,
          {file, row: rowNumbers[i], column: headers[j]},
          'look for an unclosed quote (") in the rows before it, or shorten the text'
        );
      }
    })
  );
  const warnings =
    short.length === 0
      ? []
      : [
          shortRowsWarning(
            file,
            short.map((i) => rowNumbers[i]!),
            width
          )
        ];
  return {file, headers, rows: cells, rowNumbers, ...(encoding ? {encoding} : {}), warnings};
}

function shortRowsWarning(file: string, rows: number[], width: number): Text {
  const more = rows.length - 1;
  return warningText(
    {
      en: `this row has fewer cells than the ${width} header columns${more ? ` (and ${more} more rows)` : ""}; the missing cells are read as empty`,
      zh: `此行的单元格少于表头的 ${width} 列${more ? `（另有 ${more} 行也是如此）` : ""}；缺少的单元格按空值读取`
    },
    {file, row: rows[0]},
    {
      en: "check those rows for a missing separator if the values look shifted",
      zh: "如果这些行的数值看起来错位了，请检查是否缺少分隔符"
    }
  );
}
