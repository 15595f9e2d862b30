import {describe, expect, it} from "vitest";
import {tableClipboard, tableToCSV} from "../../../src/components/export/clipboard.js";
import {defuseFormula, formatCell} from "../../../src/lib/csv.js";
import {ResultsTable} from "../../../src/components/table.js";
import {document} from "../dom.js";

/** Answers a participant could type that Excel or WPS would run as formulas, ASCII and full-width. */
const ATTACKS = [
  '=HYPERLINK("http://evil.example","点我")',
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "＝1+1",
  "＋cmd",
  "－1+1",
  "＠SUM(A1)"
];

describe("defuseFormula(text)", () => {
  it.each(ATTACKS)("marks %s as text with a leading '", (attack) => {
    expect(defuseFormula(attack)).toBe(`'${attack}`);
    expect(formatCell(attack).replace(/^"/, "")).toMatch(/^'/);
  });

  it("leaves plain numbers and ordinary text alone", () => {
    for (const text of ["-0.5", "+3e2", "学习能力", "< .001", "a=b"]) expect(defuseFormula(text)).toBe(text);
  });
});

describe("tableClipboard(table) with formulas in cells", () => {
  const table = () =>
    ResultsTable(
      ATTACKS.map((name) => ({name})),
      {columns: [{key: "name", label: "=header"}], document}
    );

  it("defuses every cell in the tab-separated text, the HTML and the CSV", () => {
    const {html, text} = tableClipboard(table());
    const lines = text.split("\r\n");
    expect(lines).toEqual(["'=header", ...ATTACKS.map((a) => `'${a}`)]);
    const pasted = new document.defaultView!.DOMParser().parseFromString(html, "text/html");
    const cells = [...pasted.querySelectorAll("th, td")].map((cell) => cell.textContent!.trim());
    expect(cells).toEqual(["'=header", ...ATTACKS.map((a) => `'${a}`)]);
    const csv = tableToCSV(table()).replace(/^\uFEFF/, "");
    for (const line of csv.trim().split("\r\n")) expect(line.replace(/^"/, "")).toMatch(/^'/);
  });

  it("leaves the page's own table unchanged", () => {
    const original = table();
    const before = original.outerHTML;
    tableClipboard(original);
    expect(original.outerHTML).toBe(before);
  });
});
