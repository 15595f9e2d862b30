// The report's blocks as the page shows (and prints) them: headings, paragraphs, APA tables, figures with
// numbered captions and guardrail notes, each table and figure a block that print never splits.
import type {Lang} from "../../lib/i18n.js";
import type {ReportBlock, TableBlock} from "../../lib/report/blocks.js";
import {notesList} from "../notes.js";
import {ResultsTable} from "../table.js";

/** The table of a block, drawn by the pages' own APA table (columns keyed by position). */
function table(block: TableBlock, lang: Lang, doc: Document): HTMLElement {
  const rows = block.rows.map((cells) => Object.fromEntries(cells.map((c, i) => [String(i), c])));
  const element = ResultsTable(rows, {
    columns: block.columns.map((c, i) => ({key: String(i), label: c.header, align: c.align})),
    caption: block.caption,
    notes: block.notes,
    lang,
    document: doc
  });
  // Columns of short cells (labels, n, M (SD)) on one line, so that a wide table wraps its intervals instead.
  block.columns.forEach((_, i) => {
    if (block.rows.every((r) => (r[i] ?? "").length <= 12))
      for (const row of element.tBodies[0]?.rows ?? []) row.cells[i]!.style.whiteSpace = "nowrap";
  });
  const wrap = doc.createElement("div");
  wrap.className = "report-table";
  wrap.append(element);
  return wrap;
}

/** The whole report as one element; text is set as text, never parsed as HTML. */
export function reportElement(
  blocks: readonly ReportBlock[],
  {lang, document: doc = globalThis.document}: {lang: Lang; document?: Document}
): HTMLElement {
  const article = doc.createElement("article");
  article.className = "report";
  article.lang = lang === "zh" ? "zh-CN" : "en";
  for (const block of blocks) {
    if (block.type === "heading") {
      const h = doc.createElement(`h${block.level}`);
      h.textContent = block.text;
      article.append(h);
    } else if (block.type === "paragraph") {
      const p = doc.createElement("p");
      p.className = `report-${block.kind ?? "text"}`;
      // A reference is cited as published, and a quote as said (with its theme, a data value): in their own language.
      if (block.kind === "reference" || block.kind === "quote") p.translate = false;
      p.textContent = block.text;
      article.append(p);
    } else if (block.type === "table") article.append(table(block, lang, doc));
    else if (block.type === "figure") {
      const figure = doc.createElement("figure");
      figure.className = "report-figure";
      figure.dataset.figure = block.id;
      const caption = doc.createElement("figcaption");
      caption.textContent = block.caption;
      // Chinese theses caption figures below, APA above.
      figure.append(...(lang === "zh" ? [block.draw(doc), caption] : [caption, block.draw(doc)]));
      article.append(figure);
    } else
      article.append(
        notesList(
          block.items.map((item) => ({where: item.where, message: {zh: item.text, en: item.text}})),
          {lang}
        )
      );
  }
  return article;
}
