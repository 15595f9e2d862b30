// The joint display as a table: a row per participant, score change per subscale with its RCI category, and their themes.
import {formatStat} from "../../lib/format.js";
import {t, type Lang} from "../../lib/i18n.js";
import type {JointRow} from "../../lib/qual/index.js";
import {DIRECTION_COLORS, FONT_FAMILY} from "../charts/common.js";

/** A subscale column of the joint display. */
export interface JointColumn {
  instrument: string;
  subscale: string;
  /** Column heading. */
  name: string;
}

export interface JointTableOptions {
  /** Subscale columns in order. */
  columns: readonly JointColumn[];
  /** Language of headings. Default "zh". */
  lang?: Lang;
  /** Display name of a group; the group column is left out when not given. */
  groupName?: (group: string | null) => string;
  /** Colour of a theme's chip. Default grey. */
  themeColor?: (theme: string) => string;
  /** Display names of roles, for the chips' tooltips. */
  roleName?: (role: string) => string;
  /** Document to create elements in: pass a jsdom document in Node. Default: the global `document`. */
  document?: Document;
}

const MARK = {improved: "▲", unchanged: "●", deteriorated: "▼"} as const;
const COLOR = {
  improved: DIRECTION_COLORS.improved,
  unchanged: DIRECTION_COLORS.unchanged,
  deteriorated: DIRECTION_COLORS.worse
} as const;

/** "+0.85 ▲": the change with a sign, and the RCI category as a mark (none when the RCI is undefined). */
export function changeText(change: number, category: keyof typeof MARK | null): string {
  const value = `${change > 0 ? "+" : ""}${formatStat(change, 2)}`;
  return category ? `${value} ${MARK[category]}` : value;
}

/** Flat records with the table's headings, for CSV export. */
export function jointCsvRecords(
  rows: readonly JointRow[],
  options: JointTableOptions
): Record<string, unknown>[] {
  const {lang = "zh", groupName} = options;
  return rows.map((r) => ({
    [t("qParticipant", lang)]: r.participant,
    ...(groupName ? {[t("qGroup", lang)]: r.group === null ? "" : groupName(r.group)} : {}),
    ...Object.fromEntries(
      options.columns.flatMap((c) => {
        const found = r.changes.find((x) => x.instrument === c.instrument && x.subscale === c.subscale);
        return [
          [c.name, found?.change ?? null],
          [`${c.name} RCI`, found?.category ?? ""]
        ];
      })
    ),
    [t("qThemes", lang)]: r.themes.map((x) => `${x.theme} (${x.segments})`).join("; ")
  }));
}

/** The joint display; every cell is text, so theme names and ids are never parsed as HTML. */
export function JointTable(rows: readonly JointRow[], options: JointTableOptions): HTMLTableElement {
  const {lang = "zh", groupName, themeColor = () => "#999", roleName = (r) => r} = options;
  const doc = options.document ?? globalThis.document;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const table = el("table", undefined, "joint-table");
  table.style.fontFamily = FONT_FAMILY;
  const head = el("tr");
  const headings = [
    t("qParticipant", lang),
    ...(groupName ? [t("qGroup", lang)] : []),
    ...options.columns.map((c) => c.name),
    t("qThemes", lang)
  ];
  for (const heading of headings) {
    const th = el("th", heading);
    th.scope = "col";
    head.append(th);
  }
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr");
    tr.append(el("td", r.participant, "participant"));
    if (groupName) tr.append(el("td", r.group === null ? "—" : groupName(r.group), "group"));
    for (const c of options.columns) {
      const found = r.changes.find((x) => x.instrument === c.instrument && x.subscale === c.subscale);
      const td = el("td", found ? changeText(found.change, found.category) : "—", "change");
      if (found?.category) {
        td.style.color = COLOR[found.category];
        td.dataset.category = found.category;
      }
      tr.append(td);
    }
    const themes = el("td", undefined, "themes");
    if (!r.themes.length) themes.textContent = "—";
    for (const theme of r.themes) {
      const chip = el("span", `${theme.theme} ${theme.segments}`, "theme-chip");
      chip.style.borderLeftColor = themeColor(theme.theme);
      chip.title = theme.roles.map(roleName).join("、");
      themes.append(chip);
    }
    tr.append(themes);
    body.append(tr);
  }
  table.append(thead, body);
  return table;
}
