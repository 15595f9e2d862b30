// Which export column holds which item, participant id, group, wave: matched by header, question number or position.
import {InputError} from "../errors.js";
import {normalizeText} from "../read/normalize-text.js";
import type {SurveyColumn} from "../read/survey-table.js";
import type {Item} from "../study/schema.js";

/** Header spelling for matching: normalised text without a trailing colon (`1、你的学号：` ~ `1、你的学号`). */
export function normalizeHeader(header: string): string {
  return normalizeText(header).replace(/\s*:\s*$/, "");
}

/** The spellings a header answers to: normalised, and without a `N、` question number. */
export function headerForms(header: string): [string, string] {
  const text = normalizeHeader(header);
  return [text, text.replace(/^\d+\s*[、.]\s*/, "")];
}

/** Whether `header` is the column called `name`: equal once normalised, or once a `N、` question number is stripped. */
export function headerMatches(header: string, name: string): boolean {
  return headerForms(header).includes(normalizeHeader(name));
}

/**
 * Whether a header is one of `names` (as {@link headerMatches}) by one Set lookup: an export with 10,000 declared
 * personal columns is 10,000 lookups, not 10⁸ comparisons.
 */
export function headerIn(names: readonly string[]): (header: string) => boolean {
  const wanted = new Set(names.map(normalizeHeader));
  return (header) => headerForms(header).some((form) => wanted.has(form));
}

function sample(headers: string[]): string {
  const shown = headers.slice(0, 8).map((h) => `"${h}"`);
  return shown.join(", ") + (headers.length > 8 ? `, … (${headers.length} columns)` : "");
}

interface Where {
  file: string;
  path: string;
}

/** Index of the column named `name` (exact match preferred), or an InputError listing what the file has. */
export function findColumn(headers: string[], name: string, {file, path}: Where): number {
  const exact = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(name));
  const index = exact >= 0 ? exact : headers.findIndex((h) => headerMatches(h, name));
  if (index >= 0) return index;
  throw new InputError(
    `no column "${name}" in this file (needed by ${path})`,
    {file},
    `use one of its headers exactly: ${sample(headers)}`
  );
}

function byNumber(columns: SurveyColumn[], item: Item, {file, path}: Where): number {
  const number = String(item.number).toUpperCase();
  const candidates = columns.flatMap((c, i) =>
    String(c.question ?? "").toUpperCase() === number ? [i] : []
  );
  if (item.sub !== undefined) {
    const wanted = normalizeText(item.sub);
    const found = candidates.find((i) => columns[i].item === wanted);
    if (found !== undefined) return found;
    throw new InputError(
      `no matrix row "${item.sub}" under question ${item.number} (needed by ${path})`,
      {file},
      candidates.length
        ? `use one of its rows: ${candidates.map((i) => `"${columns[i].item ?? ""}"`).join(", ")}`
        : "check the question number"
    );
  }
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) {
    throw new InputError(
      `question ${item.number} has ${candidates.length} columns, a matrix question (needed by ${path})`,
      {file},
      "add `sub: <row label>` to say which row, or use `column:` with the exact header"
    );
  }
  throw new InputError(
    `no question numbered ${item.number} in this file (needed by ${path})`,
    {file},
    `check the number; the file starts with ${sample(columns.map((c) => c.header))}`
  );
}

/** The header `item` is read from: its column (or, without column, number and position, its id) in `template`. */
function itemHeader(item: Item, template = "{column}"): string | undefined {
  const column =
    item.column ?? (item.number === undefined && item.position === undefined ? item.id : undefined);
  return column === undefined ? undefined : template.replaceAll("{column}", column);
}

/**
 * Index of the column holding `item`, following `column` (or the id) inside the source's `item_columns` template,
 * then `number` (+ `sub`), then `position`.
 */
export function findItemColumn(columns: SurveyColumn[], item: Item, where: Where, template?: string): number {
  const header = itemHeader(item, template);
  if (header !== undefined) {
    const headers = columns.map((c) => c.header);
    // An SPSS variable label (the question wording) also names its column, unless a header has that name.
    const labelled = columns.findIndex((c) => c.label !== undefined && headerMatches(c.label, header));
    if (labelled >= 0 && !headers.some((h) => headerMatches(h, header))) return labelled;
    return findColumn(headers, header, where);
  }
  if (template !== undefined) {
    throw new InputError(
      `item_columns needs each item's column, but this item is placed by ${item.number !== undefined ? "number" : "position"} (${where.path})`,
      {file: where.file},
      "give the item `column:` (the header without the wave's prefix or suffix)"
    );
  }
  if (item.number !== undefined) return byNumber(columns, item, where);
  const position = item.position!;
  if (position > columns.length) {
    throw new InputError(
      `position ${position} is past the last column (${columns.length}) (needed by ${where.path})`,
      {file: where.file},
      "count columns from 1, or map the item by column name"
    );
  }
  return position - 1;
}
