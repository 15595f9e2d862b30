// A chart or table with its export buttons beneath: what every quantitative page shows, so that every figure exports the same way.
import type {CSVColumn} from "../lib/csv.js";
import type {Lang} from "../lib/i18n.js";
import type {Level} from "./charts/common.js";
import {exportButtons, exportFilename} from "./export.js";
import {levelName} from "./study.js";

export interface FigureOptions {
  /** Study id, page and qualifier (subscale, group) for the file name. */
  study: string;
  page: string;
  subscale?: string;
  lang: Lang;
  /** Rows behind the chart, offered as CSV; a table without them exports its own cells. */
  data?: readonly object[];
  columns?: readonly CSVColumn[];
  /** A class for tests and styles, e.g. "prepost-slopes". */
  name?: string;
}

function wrap(content: Element, buttons: HTMLElement, name: string | undefined, tag: string): HTMLElement {
  const figure = document.createElement(tag);
  figure.className = ["evalbook-figure", name].filter(Boolean).join(" ");
  figure.append(content, buttons);
  return figure;
}

/** A chart with SVG, 300-dpi PNG and (when `data` is given) CSV buttons. */
export function chartFigure(
  chart: SVGSVGElement,
  {study, page, subscale, lang, data, columns, name}: FigureOptions
) {
  const filename = exportFilename({study, page, subscale: [subscale, name].filter(Boolean).join("-")});
  const buttons = exportButtons(() => chart, {filename, data, columns, lang});
  return wrap(chart, buttons, name, "figure");
}

/** A table with "copy as table" (pastes into Word) and CSV buttons. */
export function tableFigure(
  table: HTMLTableElement,
  {study, page, subscale, lang, data, columns, name}: FigureOptions
) {
  const filename = exportFilename({study, page, subscale: [subscale, name].filter(Boolean).join("-")});
  const buttons = exportButtons(() => table, {filename, data, columns, lang, kind: "table"});
  const scroll = document.createElement("div");
  scroll.className = "table-scroll";
  scroll.append(table);
  return wrap(scroll, buttons, name, "div");
}

/** A CSV column of level ids (groups, waves) written as their names in `lang`: exports show 全体/All, not `all`. */
export function levelColumn(key: string, header: string, levels: readonly Level[], lang: Lang): CSVColumn {
  return {key, header, format: (id) => levelName(levels, String(id), lang)};
}
