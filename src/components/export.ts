// Export buttons for a chart or table (SVG, 300-dpi PNG, CSV, copy as table), and the pure helpers behind them.
import {toCSV, type CSVColumn} from "../lib/csv.js";
import type {Lang} from "../lib/i18n.js";
import {tableClipboard, tableToCSV} from "./export/clipboard.js";
import {svgToPng} from "./export/png.js";
import {serializeSvg} from "./export/svg.js";

export {exportFilename, type ExportFilenameParts} from "./export/filename.js";
export {serializeSvg, svgSize, type SerializeSvgOptions} from "./export/svg.js";
export {crc32, setPngDpi, svgToPng, type SvgToPngOptions} from "./export/png.js";
export {tableCells, tableClipboard, tableToCSV} from "./export/clipboard.js";

export interface ExportButtonsOptions {
  /** File name without extension, usually from `exportFilename({study, page, subscale})`; a trailing .svg/.png/.csv is dropped. */
  filename: string;
  /** The rows behind the chart, offered as CSV (UTF-8 with BOM, formula-safe); tables without it export their cells. */
  data?: readonly object[];
  /** CSV columns for `data`. Default: all keys. */
  columns?: readonly CSVColumn[];
  /** "chart" offers SVG, PNG and CSV; "table" offers copy as table and CSV. Default "chart". */
  kind?: "chart" | "table";
  /** PNG resolution. Default 300. */
  dpi?: number;
  /** Language of the button labels. Default "zh". */
  lang?: Lang;
  /** Document to create the buttons in. Default: the global `document`. */
  document?: Document;
}

const LABELS = {
  svg: {zh: "SVG", en: "SVG"},
  png: {zh: "PNG（300 dpi）", en: "PNG (300 dpi)"},
  csv: {zh: "CSV 数据", en: "CSV data"},
  copy: {zh: "复制表格", en: "Copy table"},
  copied: {zh: "已复制，可粘贴到 Word 或 Excel", en: "Copied: paste into Word or Excel"},
  failed: {zh: "导出失败：", en: "Export failed: "}
} as const;

/**
 * A small group of buttons that export what `target()` returns at the time of the click (so a chart re-rendered
 * on resize is exported as shown). Errors are reported beside the buttons, not thrown into the page.
 */
export function exportButtons(
  target: () => SVGElement | HTMLTableElement,
  {
    filename,
    data,
    columns,
    kind = "chart",
    dpi = 300,
    lang = "zh",
    document: doc = globalThis.document
  }: ExportButtonsOptions
): HTMLElement {
  const base = filename.replace(/\.(svg|png|csv)$/i, "");
  const group = doc.createElement("div");
  group.className = "evalbook-export";
  group.setAttribute("role", "group");
  const status = doc.createElement("span");
  status.setAttribute("aria-live", "polite");
  const button = (label: keyof typeof LABELS, action: () => Promise<void> | void) => {
    const b = doc.createElement("button");
    b.type = "button";
    b.textContent = LABELS[label][lang];
    b.addEventListener("click", async () => {
      status.textContent = "";
      try {
        await action();
      } catch (error) {
        status.textContent = LABELS.failed[lang] + (error instanceof Error ? error.message : String(error));
      }
    });
    group.append(b);
  };
  const csv = () => {
    const text = data ? toCSV(data, {columns, bom: true}) : tableToCSV(target() as HTMLTableElement);
    download(doc, new Blob([text], {type: "text/csv;charset=utf-8"}), `${base}.csv`);
  };
  if (kind === "chart") {
    button("svg", () =>
      download(doc, new Blob([serializeSvg(target() as SVGElement)], {type: "image/svg+xml"}), `${base}.svg`)
    );
    button("png", async () => download(doc, await svgToPng(target() as SVGElement, {dpi}), `${base}.png`));
    if (data) button("csv", csv);
  } else {
    button("copy", async () => {
      const {html, text} = tableClipboard(target() as HTMLTableElement);
      const clipboard = doc.defaultView?.navigator.clipboard;
      if (!clipboard) throw new Error("clipboard unavailable (needs https or localhost)");
      const Item = doc.defaultView?.ClipboardItem;
      if (Item) {
        const blob = (s: string, type: string) => new Blob([s], {type});
        await clipboard.write([
          new Item({"text/html": blob(html, "text/html"), "text/plain": blob(text, "text/plain")})
        ]);
      } else await clipboard.writeText(text);
      status.textContent = LABELS.copied[lang];
    });
    button("csv", csv);
  }
  group.append(status);
  return group;
}

/** Saves `blob` as a file called `name` (through a temporary link). */
export function download(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
