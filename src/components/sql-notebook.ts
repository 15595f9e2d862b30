// An editable SQL cell over a study's tables: result as an APA table and a quick chart, with CSV; errors shown, never thrown.
import * as Plot from "@observablehq/plot";
import {t, type Lang} from "../lib/i18n.js";
import type {ExampleQuery} from "../lib/notebook-examples.js";
import {FONT_FAMILY} from "./charts/font.js";
import type {Row, StudyDatabase, TypedResult} from "./duckdb.js";
import {chartFigure, tableFigure} from "./figure.js";
import {ResultsTable} from "./table.js";

/** The cell's text per study, so that switching the language (which re-creates the cell) keeps the query. */
const lastSql = new Map<string, string>();

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

/** Whether an Arrow type (as `String(type)` prints it) holds numbers. */
export function isNumericType(type: string | undefined): boolean {
  return /^(U?Int\d+|Float\d+|Decimal)/.test(type ?? "");
}

/**
 * How a column prints, from its DuckDB/Arrow type: integers as integers, DECIMAL(p, s) with its s decimals,
 * doubles to 6 significant digits with the decimals the column needs shown on every row (a rounded mean of 3
 * prints "3.00" beside "2.98"; p = 0.003 stays "0.003"). Anything else as text; null as "—".
 */
export function columnFormat(
  type: string | undefined,
  values: readonly unknown[]
): (value: unknown) => string {
  const text = (v: unknown) => (v == null ? "—" : String(v));
  if (!type || !isNumericType(type)) return text;
  if (/^U?Int/.test(type)) return (v) => (typeof v === "number" ? String(Math.round(v)) : text(v));
  const scale = /^Decimal\[\d+e\+?(\d+)\]/.exec(type);
  const significant = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));
  const decimals = scale
    ? Number(scale[1])
    : Math.min(
        12,
        Math.max(
          0,
          ...values.map((v) => (typeof v === "number" && Number.isFinite(v) ? decimalsOf(significant(v)) : 0))
        )
      );
  return (v) => (typeof v === "number" && Number.isFinite(v) ? v.toFixed(decimals) : text(v));
}

function decimalsOf(text: string): number {
  if (/e/i.test(text)) return 12; // 1e-7: as many decimals as the cap allows
  return text.split(".")[1]?.length ?? 0;
}

/**
 * Rows with DECIMAL columns as numbers: Arrow hands them over as unscaled integers in text ("150" for 1.50 in a
 * DECIMAL(4,2)), which neither a table nor a chart can use as they are.
 */
export function withDecimals(rows: readonly Row[], types: Record<string, string>): Row[] {
  const scales = Object.entries(types).flatMap(([key, type]) => {
    const scale = /^Decimal\[\d+e\+?(\d+)\]/.exec(type);
    return scale ? [[key, Number(scale[1])] as const] : [];
  });
  if (!scales.length) return [...rows];
  return rows.map((row) => {
    const out = {...row};
    for (const [key, scale] of scales) {
      const v = row[key];
      if (v != null) out[key] = Number(String(v).replace(/"/g, "")) / 10 ** scale;
    }
    return out;
  });
}

/** The axes the quick chart starts with: y the first non-integer number (a mean rather than its n), x the first text column. */
export function chartColumns(types: Record<string, string>): {x?: string; y?: string} {
  const keys = Object.keys(types);
  const numeric = keys.filter((k) => isNumericType(types[k]));
  const y = numeric.find((k) => !/^U?Int/.test(types[k]!)) ?? numeric[0];
  const x = keys.find((k) => k !== y && !numeric.includes(k)) ?? keys.find((k) => k !== y);
  return {x, y};
}

/** Bars of y by category x, dots for two numbers, a histogram of y alone; null when y is not a number. */
export function quickChart(
  rows: readonly Row[],
  {x, y, types, width = 640}: {x?: string; y?: string; types: Record<string, string>; width?: number}
): SVGSVGElement | null {
  if (!y || !isNumericType(types[y])) return null;
  const style = {fontFamily: FONT_FAMILY, fontSize: "12px"};
  const numericX = x !== undefined && isNumericType(types[x]);
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

/** An error message said once: DuckDB-WASM can repeat its "LINE 1: … ^" block; later copies are dropped. */
export function errorText(error: unknown): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const block of new Set(text.match(/LINE \d+:[^\n]*\n[ \t]*\^/g) ?? [])) {
    const end = text.indexOf(block) + block.length;
    text = text.slice(0, end) + text.slice(end).split(block).join("");
  }
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** A labelled <select> of column names. */
function axisSelect(
  text: string,
  options: readonly string[],
  value: string,
  name: (key: string) => string
): HTMLLabelElement {
  const wrapper = document.createElement("label");
  const select = document.createElement("select");
  for (const key of options) select.append(new Option(name(key), key, false, key === value));
  wrapper.append(`${text} `, select);
  return wrapper;
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
  heading.textContent = `${t("examples", lang)}${lang === "zh" ? "：" : ": "}`;
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
      const result = await db.typedQuery(editor.value);
      if (mine !== generation) return;
      output.replaceChildren(...resultView(result));
    } catch (error) {
      if (mine !== generation) return;
      const message = document.createElement("p");
      message.className = "sql-error";
      message.setAttribute("role", "alert");
      message.textContent = t("sqlError", lang) + errorText(error);
      output.replaceChildren(message);
    }
  }
  function resultView(result: TypedResult): Node[] {
    const {types} = result;
    const rows = withDecimals(result.rows, types);
    const count = document.createElement("p");
    count.className = "muted sql-count";
    count.textContent = `${t("result", lang)}: ${rows.length} ${t("rows", lang)}`;
    const shown = rows.slice(0, maxRows);
    const columns = Object.keys(types).map((key) => ({
      key,
      label: key,
      format: columnFormat(
        types[key],
        shown.map((r) => r[key])
      ),
      align: isNumericType(types[key]) ? ("right" as const) : ("left" as const)
    }));
    const table = ResultsTable(shown, {columns, lang});
    const tableBox = tableFigure(table, {study, page: "notebook", lang, data: rows, name: "result"});
    tableBox.classList.add("sql-result");
    const chartHeading = document.createElement("h3");
    chartHeading.textContent = t("quickChart", lang);
    const keys = Object.keys(types);
    const numeric = keys.filter((k) => isNumericType(types[k]));
    if (!numeric.length) {
      const none = Object.assign(document.createElement("p"), {
        className: "muted",
        textContent: t("noChart", lang)
      });
      return [count, tableBox, chartHeading, none];
    }
    const initial = chartColumns(types);
    const none = "";
    const xSelect = axisSelect(
      t("chartX", lang),
      ["", ...keys],
      initial.x ?? none,
      (k) => k || t("chartNone", lang)
    );
    const ySelect = axisSelect(t("chartY", lang), numeric, initial.y!, (k) => k);
    xSelect.className = "sql-axis sql-axis-x";
    ySelect.className = "sql-axis sql-axis-y";
    const chartBox = document.createElement("div");
    const draw = () => {
      const x = xSelect.querySelector("select")!.value || undefined;
      const y = ySelect.querySelector("select")!.value;
      const chart = quickChart(rows, {x, y, types, width});
      chartBox.replaceChildren(
        chart ? chartFigure(chart, {study, page: "notebook", lang, data: rows, name: "chart"}) : ""
      );
    };
    for (const select of [xSelect, ySelect]) select.addEventListener("change", draw);
    draw();
    const axes = document.createElement("div");
    axes.className = "sql-axes";
    axes.append(xSelect, ySelect);
    return [count, tableBox, chartHeading, axes, chartBox];
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
