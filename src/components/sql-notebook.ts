// An editable SQL cell over a study's tables: result as an APA table and a quick chart, with CSV; errors shown, never thrown.
import * as Plot from "@observablehq/plot";
import {t, type Lang} from "../lib/i18n.js";
import {FONT_FAMILY} from "./charts/font.js";
import type {Row, StudyDatabase} from "./duckdb.js";
import {chartFigure, tableFigure} from "./figure.js";
import {ResultsTable} from "./table.js";

/** The cell's text per study, so that switching the language (which re-creates the cell) keeps the query. */
const lastSql = new Map<string, string>();

/** A worked example: a button that fills the cell. */
export interface ExampleQuery {
  label: {zh: string; en: string};
  sql: string;
}

export interface SqlNotebookOptions {
  lang: Lang;
  /** Study id, for export file names. */
  study: string;
  examples: readonly ExampleQuery[];
  /** Width of the quick chart. Default 640. */
  width?: number;
  /** Rows shown in the table (the CSV has them all). Default 500. */
  maxRows?: number;
  /** SQL the cell starts with. Default: the first example. */
  initial?: string;
}

/** The first text column (categories) and the first numeric column of a result, for the quick chart. */
export function chartColumns(rows: readonly Row[]): {x?: string; y?: string} {
  const keys = Object.keys(rows[0] ?? {});
  const numeric = (k: string) =>
    rows.every((r) => r[k] == null || typeof r[k] === "number") && rows.some((r) => typeof r[k] === "number");
  const y = keys.find(numeric);
  const x = keys.find((k) => k !== y && !numeric(k)) ?? keys.find((k) => k !== y && numeric(k));
  return {x, y};
}

/** Bars of y by category x, dots for two numbers, a histogram for a single number; null when nothing is numeric. */
export function quickChart(rows: readonly Row[], {width = 640}: {width?: number} = {}): SVGSVGElement | null {
  const {x, y} = chartColumns(rows);
  if (!y) return null;
  const style = {fontFamily: FONT_FAMILY, fontSize: "12px"};
  const numericX = x !== undefined && rows.every((r) => r[x] == null || typeof r[x] === "number");
  const data = rows.slice(0, 200);
  const marks = !x
    ? [Plot.rectY(data, {...Plot.binX({y: "count"}, {x: y}), fill: "#0072B2"}), Plot.ruleY([0])]
    : numericX
      ? [Plot.dot(data, {x, y, fill: "#0072B2", r: 4})]
      : new Set(data.map((r) => String(r[x]))).size < data.length
        ? [Plot.dot(data, {x: (r: Row) => String(r[x]), y, fill: "#0072B2", r: 4})] // several rows per category: bars would stack them
        : [Plot.barY(data, {x: (r: Row) => String(r[x]), y, fill: "#0072B2"}), Plot.ruleY([0])];
  const svg = Plot.plot({
    width,
    height: 320,
    marginBottom: numericX || !x ? 40 : 80,
    style,
    x:
      numericX || !x
        ? {label: x ?? y}
        : {label: x, tickRotate: -30, domain: [...new Set(data.map((r) => String(r[x])))]},
    y: {label: !x ? "count" : y, grid: true},
    marks
  }) as unknown as SVGSVGElement;
  svg.setAttribute("font-family", FONT_FAMILY);
  return svg;
}

/**
 * The notebook: example buttons, a textarea (Ctrl/⌘ + Enter runs it), a Run button, and below them the result.
 * The database loads on the first run, so the page paints before DuckDB-WASM arrives.
 */
export function sqlNotebook(db: StudyDatabase, options: SqlNotebookOptions): HTMLElement {
  const {lang, study, examples, width = 640, maxRows = 500} = options;
  const root = document.createElement("div");
  root.className = "sql-cell";
  const buttons = document.createElement("div");
  buttons.className = "sql-examples";
  const heading = document.createElement("span");
  heading.className = "muted";
  heading.textContent = `${t("examples", lang)}：`;
  buttons.append(heading);
  const editor = document.createElement("textarea");
  editor.rows = 6;
  editor.spellcheck = false;
  editor.style.width = "100%";
  editor.setAttribute("aria-label", t("sql", lang));
  editor.value = lastSql.get(study) ?? options.initial ?? examples[0]?.sql ?? "SELECT * FROM scores LIMIT 10";
  editor.addEventListener("input", () => lastSql.set(study, editor.value));
  const run = document.createElement("button");
  run.type = "button";
  run.className = "sql-run";
  run.textContent = `${t("run", lang)} (Ctrl + Enter)`;
  const output = document.createElement("div");
  output.className = "sql-output";
  for (const example of examples) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "sql-example";
    b.textContent = example.label[lang];
    b.addEventListener("click", () => {
      editor.value = example.sql;
      lastSql.set(study, example.sql);
      void execute();
    });
    buttons.append(b);
  }
  let generation = 0;
  async function execute() {
    const mine = ++generation;
    const status = document.createElement("p");
    status.className = "muted";
    status.textContent = t("loadingDb", lang);
    output.replaceChildren(status);
    try {
      const rows = await db.query(editor.value);
      if (mine !== generation) return;
      output.replaceChildren(...resultView(rows));
    } catch (error) {
      if (mine !== generation) return;
      const message = document.createElement("p");
      message.className = "sql-error";
      message.setAttribute("role", "alert");
      message.textContent = t("sqlError", lang) + (error instanceof Error ? error.message : String(error));
      output.replaceChildren(message);
    }
  }
  function resultView(rows: Row[]): Node[] {
    const count = document.createElement("p");
    count.className = "muted sql-count";
    count.textContent = `${t("result", lang)}: ${rows.length} ${t("rows", lang)}`;
    const columns = Object.keys(rows[0] ?? {}).map((key) => ({key, label: key}));
    const table = ResultsTable(rows.slice(0, maxRows), {columns, lang});
    const tableBox = tableFigure(table, {study, page: "notebook", lang, data: rows, name: "result"});
    tableBox.classList.add("sql-result");
    const chart = quickChart(rows, {width});
    const chartBox = chart
      ? chartFigure(chart, {study, page: "notebook", lang, data: rows, name: "chart"})
      : Object.assign(document.createElement("p"), {className: "muted", textContent: t("noChart", lang)});
    const chartHeading = document.createElement("h3");
    chartHeading.textContent = t("quickChart", lang);
    return [count, tableBox, chartHeading, chartBox];
  }
  run.addEventListener("click", () => void execute());
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void execute();
    }
  });
  root.append(buttons, editor, run, output);
  void execute();
  return root;
}
