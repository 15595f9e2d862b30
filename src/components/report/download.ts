// The "download as Word" button of the report page: figures rasterised at 300 dpi in the browser, then the .docx.
import {Packer} from "docx";
import type {Lang} from "../../lib/i18n.js";
import type {ReportBlock} from "../../lib/report/blocks.js";
import {reportDocx, type FigureImage} from "../../lib/report/docx.js";
import {rt} from "../../lib/report/strings.js";
import {download} from "../export.js";
import {svgToPng} from "../export/png.js";
import {svgSize} from "../export/svg.js";

export interface DocxButtonOptions {
  lang: Lang;
  /** File name, with .docx. */
  filename: string;
  /** Document title (File → Properties). */
  title: string;
}

/** Every figure of the report as a 300-dpi PNG with its size in CSS pixels. */
async function figureImages(
  blocks: readonly ReportBlock[],
  doc: Document
): Promise<Map<string, FigureImage>> {
  const images = new Map<string, FigureImage>();
  for (const block of blocks) {
    if (block.type !== "figure") continue;
    const svg = block.draw(doc);
    const {width, height} = svgSize(svg);
    const png = await svgToPng(svg, {dpi: 300});
    images.set(block.id, {data: new Uint8Array(await png.arrayBuffer()), width, height});
  }
  return images;
}

/** A button that builds the report's .docx on click and saves it; a failure is said beside it. */
export function docxButton(
  blocks: readonly ReportBlock[],
  {lang, filename, title}: DocxButtonOptions
): HTMLElement {
  const doc = globalThis.document;
  const group = doc.createElement("div");
  group.className = "report-download";
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = rt("download", lang);
  const status = doc.createElement("span");
  status.setAttribute("aria-live", "polite");
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = rt("downloading", lang);
    try {
      const images = await figureImages(blocks, doc);
      download(doc, await Packer.toBlob(reportDocx(blocks, {lang, title, images})), filename);
      status.textContent = "";
    } catch (error) {
      status.textContent =
        rt("downloadFailed", lang) + (error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
    }
  });
  group.append(button, status);
  return group;
}
