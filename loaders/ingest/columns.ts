// Which export column holds which item, participant id, group, wave: matched by header, question number or position.
import {InputError} from "../errors.js";
import type {Item} from "../study/schema.js";

/** Header normalisation for matching: NFKC (full-width → half-width), trimmed, without a trailing colon. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/[:：]\s*$/, "")
    .trim();
}

/** `12、题干`, `12.题干`, `Q12`, `Q12_3` → the question number part (`12`, `Q12`, `Q12_3`). */
export function questionNumber(header: string): string | undefined {
  const text = normalizeHeader(header);
  const wjx = /^(\d+)\s*[、.．]/.exec(text);
  if (wjx) return wjx[1];
  const qualtrics = /^(Q\d+(?:_\d+)*)$/i.exec(text);
  return qualtrics ? qualtrics[1].toUpperCase() : undefined;
}

/** The matrix sub-question label of a Wenjuanxing header: `13、题干—外观` → `外观`; `13、(外观)` → `外观`. */
export function subLabel(header: string): string | undefined {
  const text = normalizeHeader(header);
  const dash = /[—―–]+\s*([^—―–]+)$/.exec(text);
  if (dash) return dash[1].trim();
  const paren = /^\d+\s*[、.]\s*\((.+)\)$/.exec(text);
  return paren ? paren[1].trim() : undefined;
}

function sample(headers: string[]): string {
  const shown = headers.slice(0, 8).map((h) => `"${h}"`);
  return shown.join(", ") + (headers.length > 8 ? `, … (${headers.length} columns)` : "");
}

/** Whether `header` is the column called `name`: equal after normalisation, or once a question number is stripped. */
export function headerMatches(header: string, name: string): boolean {
  const wanted = normalizeHeader(name);
  const text = normalizeHeader(header);
  return text === wanted || (!questionNumber(name) && text.replace(/^\d+\s*[、.．]\s*/, "") === wanted);
}

/** Index of the column named `name` (exact match preferred), or an InputError listing what the file has. */
export function findColumn(
  headers: string[],
  name: string,
  {file, path}: {file: string; path: string}
): number {
  const exact = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(name));
  const index = exact >= 0 ? exact : headers.findIndex((h) => headerMatches(h, name));
  if (index >= 0) return index;
  throw new InputError(
    `no column "${name}" in this file (needed by ${path})`,
    {file},
    `use one of its headers exactly: ${sample(headers)}`
  );
}

/** Index of the column holding `item`, following `column`, then `number` (+ `sub`), then `position`. */
export function findItemColumn(headers: string[], item: Item, where: {file: string; path: string}): number {
  if (item.column !== undefined) return findColumn(headers, item.column, where);
  if (item.number !== undefined) {
    const number = String(item.number).toUpperCase();
    const candidates = headers.flatMap((h, i) => (questionNumber(h) === number ? [i] : []));
    if (item.sub !== undefined) {
      // Matrix rows: the first header carries the number; older exports give the following rows bare labels.
      const start = candidates[0];
      if (start !== undefined) {
        const wanted = normalizeHeader(item.sub);
        for (let i = start; i < headers.length; i++) {
          if (i > start && questionNumber(headers[i]) !== undefined && questionNumber(headers[i]) !== number)
            break;
          const label = subLabel(headers[i]) ?? normalizeHeader(headers[i]);
          if (label === wanted) return i;
        }
      }
      throw new InputError(
        `no matrix row "${item.sub}" under question ${item.number} (needed by ${where.path})`,
        {file: where.file},
        "check `sub:` against the row labels of that matrix question in the export"
      );
    }
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) {
      throw new InputError(
        `question ${item.number} has ${candidates.length} columns (a matrix question) (needed by ${where.path})`,
        {file: where.file},
        "add `sub: <row label>` to say which row, or use `column:` with the exact header"
      );
    }
    throw new InputError(
      `no question numbered ${item.number} in this file (needed by ${where.path})`,
      {file: where.file},
      `check the number; the file starts with ${sample(headers)}`
    );
  }
  const position = item.position!;
  if (position > headers.length) {
    throw new InputError(
      `position ${position} is past the last column (${headers.length}) (needed by ${where.path})`,
      {file: where.file},
      "count columns from 1, or map the item by column name"
    );
  }
  return position - 1;
}
