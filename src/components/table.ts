// An APA-style results table built with DOM text nodes only (no data is ever parsed as HTML), styled inline so it pastes into Word.
import {formatStat} from "../lib/format.js";
import {glossaryText} from "../lib/glossary.js";
import {label, type Lang} from "../lib/i18n.js";
import type {Label} from "../lib/types.js";
import {FONT_FAMILY} from "./charts/common.js";

/** One column of a results table. */
export interface ResultsColumn<T> {
  /** The row field shown in this column. */
  key: keyof T & string;
  /** Column heading, bilingual or plain. */
  label: Label | string;
  /** Turns the cell value into text, e.g. `formatP`; default: numbers with 2 decimals (integers as is), null as "—". */
  format?: (value: T[keyof T], row: T) => string;
  /** Cell alignment. Default: right when every value is a number, else left. */
  align?: "left" | "right" | "center";
  /** Glossary entry (`src/lib/glossary.ts`) explaining the heading: shown on hover, focus or tap. */
  term?: string;
}

export interface ResultsTableOptions<T> {
  /** Columns in order. */
  columns: readonly ResultsColumn<T>[];
  /** Language of labels, caption and notes. Default "zh". */
  lang?: Lang;
  /** Table title, shown above the table (APA), e.g. "表 2 前后测得分比较". */
  caption?: Label | string;
  /** Notes under the table; the first is introduced by "注：" / "Note." as APA does. */
  notes?: readonly (Label | string)[];
  /** Document to create elements in: pass a jsdom document in Node. Default: the global `document`. */
  document?: Document;
}

const RULE = "1px solid #000";
const THICK = "1.5px solid #000";

/**
 * An HTML table in APA style: caption above, horizontal rules only (above and below the header, below the
 * body), notes below. Every cell is set with `textContent`, so a value such as `<img src=x onerror=…>` stays text.
 */
export function ResultsTable<T extends object>(
  rows: readonly T[],
  options: ResultsTableOptions<T>
): HTMLTableElement {
  const {columns, lang = "zh", caption, notes = []} = options;
  const doc = options.document ?? globalThis.document;
  const cell = (tag: "th" | "td", text: string, style: Partial<CSSStyleDeclaration>) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    Object.assign(node.style, {padding: "2px 8px", ...style});
    return node;
  };
  const table = doc.createElement("table");
  table.className = "results-table"; // what src/style.css fits to the page and stacks on narrow screens
  Object.assign(table.style, {
    borderCollapse: "collapse",
    fontFamily: FONT_FAMILY,
    fontVariantNumeric: "tabular-nums"
  });
  if (caption != null) {
    const c = doc.createElement("caption");
    c.textContent = label(caption, lang);
    Object.assign(c.style, {captionSide: "top", textAlign: "left", padding: "4px 0"});
    table.append(c);
  }
  const aligns = columns.map(
    (c) => c.align ?? (rows.every((r) => typeof r[c.key] === "number") ? "right" : "left")
  );
  const head = doc.createElement("thead");
  const headRow = doc.createElement("tr");
  const headings = columns.map((c) => label(c.label, lang, c.key));
  for (const [i, c] of columns.entries()) {
    const th = cell("th", "", {
      textAlign: aligns[i],
      borderTop: THICK,
      borderBottom: RULE,
      fontWeight: "normal"
    });
    th.scope = "col";
    const explanation = c.term ? glossaryText(c.term, lang) : "";
    if (explanation) {
      // Focusable, so a tap (or the keyboard) shows the explanation as a hover does (src/style.css).
      const abbr = doc.createElement("abbr");
      abbr.title = explanation;
      abbr.tabIndex = 0;
      abbr.textContent = headings[i]!;
      th.append(abbr);
    } else th.textContent = headings[i]!;
    headRow.append(th);
  }
  head.append(headRow);
  const body = doc.createElement("tbody");
  for (const [r, row] of rows.entries()) {
    const tr = doc.createElement("tr");
    for (const [i, c] of columns.entries()) {
      const value = row[c.key];
      const text = c.format ? c.format(value, row) : defaultFormat(value);
      const td = cell("td", "", {
        textAlign: aligns[i],
        ...(r === rows.length - 1 ? {borderBottom: THICK} : {})
      });
      const parts = cellParts(text, doc);
      if (parts.length > 1) td.className = "breaks"; // src/style.css lets it wrap between its parts
      td.append(...parts);
      td.dataset.label = headings[i]; // the heading beside each cell when a narrow screen stacks the table
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  if (notes.length) {
    const foot = doc.createElement("tfoot");
    for (const [i, note] of notes.entries()) {
      const td = cell("td", "", {textAlign: "left", fontSize: "0.9em"});
      td.colSpan = columns.length;
      if (i === 0) {
        const intro = doc.createElement(lang === "zh" ? "span" : "i");
        intro.textContent = lang === "zh" ? "注：" : "Note. ";
        td.append(intro);
      }
      td.append(doc.createTextNode(label(note, lang)));
      const tr = doc.createElement("tr");
      tr.append(td);
      foot.append(tr);
    }
    table.append(foot);
  }
  return table;
}

/**
 * A cell's text as pieces that never break inside: "−9.74 [−11.56, −7.92]" or "32.58 (12.16)" may wrap before
 * the bracket when the page is narrow (so the table fits instead of scrolling), never inside a number or interval.
 */
function cellParts(text: string, doc: Document): (Node | string)[] {
  const split = /^(.+?) ([[(][^[(]*[\])])$/.exec(text);
  if (!split) return [text];
  const whole = (part: string) => {
    const span = doc.createElement("span");
    span.style.whiteSpace = "nowrap";
    span.textContent = part;
    return span;
  };
  return [whole(split[1]!), " ", whole(split[2]!)];
}

function defaultFormat(value: unknown): string {
  if (value == null) return "—";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : formatStat(value, 2);
  return String(value);
}
