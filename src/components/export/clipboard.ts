// A table as clipboard content: HTML that Word pastes as a real table, and tab-separated text for Excel.
import {defuseFormula, toCSV} from "../../lib/csv.js";

/** The table's text, row by row: header and body, then the notes unless `notes` is false (caption excluded). */
export function tableCells(table: HTMLTableElement, {notes = true} = {}): string[][] {
  const rows = [...table.rows].filter((row) => notes || row.parentElement !== table.tFoot);
  return rows.map((row) => [...row.cells].map((cell) => (cell.textContent ?? "").trim()));
}

/**
 * The clipboard payload for "copy as table": `html` is a full HTML document holding the table with its inline
 * styles (Word keeps the rules and alignment), `text` is tab-separated so a paste into Excel fills cells. In both,
 * a cell Excel would run as a formula (a participant's answer `=HYPERLINK(…)`) starts with `'`, as in the CSV.
 */
export function tableClipboard(table: HTMLTableElement): {html: string; text: string} {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${defusedTable(table).outerHTML}</body></html>`;
  const text = tableCells(table)
    .map((cells) => cells.map((c) => defuseFormula(c.replace(/[\t\r\n]+/g, " "))).join("\t"))
    .join("\r\n");
  return {html, text};
}

/** A copy of `table` whose cells' text is defused like a CSV cell's (the page's own table is left alone). */
function defusedTable(table: HTMLTableElement): HTMLTableElement {
  const copy = table.cloneNode(true) as HTMLTableElement;
  for (const row of copy.rows) {
    for (const cell of row.cells) {
      const text = (cell.textContent ?? "").trim();
      if (defuseFormula(text) === text) continue;
      // The first non-blank text node gets the mark, so the cell keeps its markup (bold, sub- and superscripts).
      const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        node.textContent = node.textContent.replace(/^(\s*)/, "$1'");
        break;
      }
    }
  }
  return copy;
}

/** The table's cells as CSV (first row as header), for tables exported without their source rows. */
export function tableToCSV(table: HTMLTableElement, {bom = true} = {}): string {
  const [header = [], ...body] = tableCells(table, {notes: false});
  const keys = header.map((_, i) => String(i));
  const rows = body.map((cells) => Object.fromEntries(cells.map((c, i) => [String(i), c])));
  return toCSV(rows, {columns: keys.map((key, i) => ({key, header: header[i]})), bom});
}
