// The Word export of each demo study's report, opened by LibreOffice: its PDF holds the tables' numbers, the results
// sentences and the Chinese captions (one conversion per study; soffice is slow).
import {Packer} from "docx";
import {JSDOM} from "jsdom";
import {beforeAll, describe, expect, it} from "vitest";
import {reportBlocks, type ReportData} from "../../../src/components/report/model.js";
import type {ReportBlock, TableBlock} from "../../../src/lib/report/blocks.js";
import {columnWidths, reportDocx, type FigureImage} from "../../../src/lib/report/docx.js";
import {demoReportData, realReportData} from "../../components/report/data.js";
import {solidPng} from "./png.js";
import {docxToPdf} from "./soffice.js";

const squash = (text: string) => text.replace(/\s+/g, "");

beforeAll(() => {
  // The table builders create elements in the global document, as on a page.
  globalThis.document = new JSDOM("<!DOCTYPE html><body></body>").window.document;
});

/** Writes the .docx, converts it with a private LibreOffice profile and returns the PDF's text and path. */
async function convert(
  blocks: ReportBlock[],
  name: string
): Promise<{text: string; pdf: string; docx: Buffer}> {
  const images = new Map<string, FigureImage>(
    blocks.flatMap((b) =>
      b.type === "figure" ? [[b.id, {data: solidPng(120, 60), width: 560, height: 280}]] : []
    )
  );
  const docx = await Packer.toBuffer(reportDocx(blocks, {lang: "zh", title: name, images}));
  return {...(await docxToPdf(docx, name)), docx};
}

// The demo studies, and a real one (sses: one wide file with both waves, sum scores, three groups).
const REPORTS: Record<string, () => Promise<ReportData>> = {
  "q-school": () => demoReportData("q-school"),
  "p-street": () => demoReportData("p-street"),
  "z-village": () => demoReportData("z-village"),
  sses: () => realReportData("sses", "sses.csv")
};

describe.each(Object.keys(REPORTS))("the Word report of %s", (id) => {
  let blocks: ReportBlock[];
  let text: string;
  let xml: string;
  beforeAll(async () => {
    blocks = reportBlocks(await REPORTS[id]!(), {lang: "zh"});
    const out = await convert(blocks, id);
    // Table cells print negative numbers with a minus sign (U+2212), the model writes ASCII.
    text = squash(out.text).replace(/\u2212/g, "-");
    const {unzipSync, strFromU8} = await import("fflate");
    const files = unzipSync(new Uint8Array(out.docx));
    xml = strFromU8(files["word/document.xml"]!) + strFromU8(files["word/styles.xml"]!);
  }, 240_000);

  it("holds every table's caption and the numbers of its cells", () => {
    const tables = blocks.filter((b): b is TableBlock => b.type === "table");
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      expect(text).toContain(squash(table.caption));
      // A long cell may wrap inside its column (pdftotext then interleaves columns): each number is checked.
      for (const number of table.rows.flat().flatMap((c) => c.match(/-?\d*\.\d+|-?\d+/g) ?? []))
        expect(text).toContain(number);
    }
  });

  it("holds the results sentences, the sensitivity sentences and the Chinese figure captions", () => {
    const paragraphs = blocks.filter((b) => b.type === "paragraph");
    expect(paragraphs.some((p) => p.kind === "sentence")).toBe(true);
    // pdftotext joins a word broken after a hyphen at a line end ("Kuder-" / "Richardson"): compared without hyphens.
    const loose = (s: string) => squash(s).replace(/[-\u2212]/g, "");
    for (const p of paragraphs) expect(loose(text)).toContain(loose(p.text));
    const figures = blocks.filter((b) => b.type === "figure");
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(text).toContain(squash(f.caption));
    expect(text).toMatch(/图1/);
    expect(text).toMatch(/表1/);
  });

  it("writes three-line tables with no vertical rules, in fonts a Chinese Windows has", () => {
    expect(xml).toContain('w:eastAsia="SimSun"');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="12"\/>/);
    expect(xml).not.toMatch(/<w:insideV w:val="single"/);
    expect(xml).toContain('<w:jc w:val="right"/>');
    expect(xml).toContain("<w:drawing>");
  });
});

describe("columnWidths(table, {em, available})", () => {
  const table: TableBlock = {
    type: "table",
    caption: "表 1",
    columns: [
      {header: "分量表", align: "left"},
      {header: "n", align: "right"},
      {header: "d_z [95% CI]", align: "right"}
    ],
    rows: [["学习能力自我效能感", "6", "2.13 [0.60, 3.61]"]],
    notes: []
  };
  it("fills the text column in proportion to each column's longest cell when everything fits", () => {
    const widths = columnWidths(table, {em: 160, available: 9026});
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(9020);
    expect(widths[1]).toBe(Math.min(...widths));
    expect(widths[2]).toBeGreaterThan(widths[0]!); // 17 characters of Latin text against 9 Chinese
  });
  it("keeps the row labels whole and wraps the other columns at spaces when the page is narrow", () => {
    const widths = columnWidths(table, {em: 160, available: 3000});
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3000);
    expect(widths[0]).toBeGreaterThanOrEqual(9 * 160); // 学习能力自我效能感 on one line
  });
});
