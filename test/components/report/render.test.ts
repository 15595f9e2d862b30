// reportElement(blocks, {lang}): every block on the page, captions where each language puts them, text never parsed.
import {describe, expect, it} from "vitest";
import {reportElement} from "../../../src/components/report/render.js";
import type {ReportBlock} from "../../../src/lib/report/blocks.js";
import {document} from "../dom.js";

// notesList creates its list in the global document, as on a page.
globalThis.document = document;

const svg = (doc: Document) => {
  const element = doc.createElementNS("http://www.w3.org/2000/svg", "svg") as SVGSVGElement;
  element.setAttribute("width", "100");
  element.setAttribute("height", "50");
  return element;
};

const blocks: ReportBlock[] = [
  {type: "heading", level: 1, text: "研究结果"},
  {type: "paragraph", kind: "sentence", text: "<img src=x onerror=alert(1)>"},
  {
    type: "table",
    caption: "表 1 研究设计",
    columns: [
      {header: "组别", align: "left"},
      {header: "前测 n", align: "right"}
    ],
    rows: [["全体", "7"]],
    notes: ["一条注释"]
  },
  {type: "figure", id: "means", caption: "图 1 均值", draw: svg},
  {type: "note", items: [{where: "所有行", text: "n 小"}]}
];

describe("reportElement(blocks, {lang})", () => {
  it("renders headings, APA tables, figures and notes, with text as text", () => {
    const article = reportElement(blocks, {lang: "zh", document});
    expect(article.querySelector("h1")?.textContent).toBe("研究结果");
    expect(article.querySelector(".report-sentence")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(article.querySelector("img")).toBeNull();
    const table = article.querySelector(".report-table table")!;
    expect(table.querySelector("caption")?.textContent).toBe("表 1 研究设计");
    expect([...table.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["组别", "前测 n"]);
    expect((table.querySelector("tbody td:last-child") as HTMLElement).style.textAlign).toBe("right");
    expect(table.querySelector("tfoot")?.textContent).toBe("注：一条注释");
    expect(article.querySelector("ul.guardrails li")?.textContent).toBe("所有行：n 小");
  });

  it("captions a figure below it in Chinese and above it in English (APA)", () => {
    const zh = reportElement(blocks, {lang: "zh", document}).querySelector("figure")!;
    expect([...zh.children].map((c) => c.localName)).toEqual(["svg", "figcaption"]);
    const en = reportElement(blocks, {lang: "en", document}).querySelector("figure")!;
    expect([...en.children].map((c) => c.localName)).toEqual(["figcaption", "svg"]);
  });
});
