// The quote browser's table: one row per coded passage, every cell set as text (an excerpt is never parsed as HTML).
import type {Lang} from "../../lib/i18n.js";
import {t} from "../../lib/i18n.js";
import type {QuoteRow} from "../../lib/qual/index.js";
import {neutralLabelIn} from "../../lib/neutral-labels.js";
import {FONT_FAMILY} from "../charts/common.js";

export interface QuoteTableOptions {
  /** Language of headings. Default "zh". */
  lang?: Lang;
  /** Show the excerpt column; false when the study does not publish excerpts. Default true. */
  excerpts?: boolean;
  /** Display name of a role. Default: as written. */
  roleName?: (role: string | null) => string;
  /** Display name of a wave. Default: as written. */
  waveName?: (wave: string | null) => string;
  /** Rows shown at most (the rest are counted by the page). Default: all. */
  limit?: number;
  /** Document to create elements in: pass a jsdom document in Node. Default: the global `document`. */
  document?: Document;
}

/** The fields of a quote shown in a column, as text. */
function columns(
  options: QuoteTableOptions
): {heading: string; text: (q: QuoteRow) => string; className: string}[] {
  const {lang = "zh", excerpts = true, roleName = (r) => r ?? "", waveName = (w) => w ?? ""} = options;
  return [
    ...(excerpts
      ? [{heading: t("qExcerpt", lang), text: (q: QuoteRow) => q.excerpt ?? "", className: "excerpt"}]
      : []),
    {
      heading: t("qCode", lang),
      text: (q) => q.codes.map(([theme, code]) => (theme === code ? theme : `${theme} › ${code}`)).join("；"),
      className: "codes"
    },
    {heading: t("qParticipant", lang), text: (q) => q.participant ?? "—", className: "participant"},
    {heading: t("qRole", lang), text: (q) => roleName(q.role), className: "role"},
    {heading: t("qWave", lang), text: (q) => waveName(q.wave), className: "wave"},
    {heading: t("qSource", lang), text: (q) => neutralLabelIn(q.source, lang), className: "source"},
    {
      heading: t("qCoder", lang),
      text: (q) => q.coders.map((c) => neutralLabelIn(c, lang)).join("、") || "—",
      className: "coder"
    }
  ];
}

/** Flat records of the quotes as the table shows them, for CSV export. */
export function quoteRecords(
  quotes: readonly QuoteRow[],
  options: QuoteTableOptions = {}
): Record<string, string>[] {
  const cols = columns(options);
  return quotes.map((q) => Object.fromEntries(cols.map((c) => [c.heading, c.text(q)])));
}

/** A table of quotes; `textContent` only, so `<img src=x onerror=…>` in an excerpt is shown, never run. */
export function QuoteTable(quotes: readonly QuoteRow[], options: QuoteTableOptions = {}): HTMLTableElement {
  const doc = options.document ?? globalThis.document;
  const cols = columns(options);
  const table = doc.createElement("table");
  table.className = "quote-table";
  table.style.fontFamily = FONT_FAMILY;
  const head = doc.createElement("tr");
  for (const c of cols) {
    const th = doc.createElement("th");
    th.scope = "col";
    th.textContent = c.heading;
    head.append(th);
  }
  const thead = doc.createElement("thead");
  thead.append(head);
  const body = doc.createElement("tbody");
  for (const q of quotes.slice(0, options.limit ?? quotes.length)) {
    const tr = doc.createElement("tr");
    tr.dataset.passage = String(q.passage);
    for (const c of cols) {
      const td = doc.createElement("td");
      td.className = c.className;
      td.textContent = c.text(q);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(thead, body);
  return table;
}
