import {describe, expect, it} from "vitest";
import {ResultsTable} from "../../src/components/table.js";
import {formatP} from "../../src/lib/format.js";
import {document, pretty} from "./dom.js";

const rows = [
  {subscale: "学习能力", n: 6, mean_diff: 0.479, p_t: 0.02378},
  {subscale: "学习行为", n: 6, mean_diff: -0.125, p_t: 0.0004}
];

const columns = [
  {key: "subscale", label: {zh: "分量表", en: "Subscale"}},
  {key: "n", label: "n"},
  {key: "mean_diff", label: {zh: "差值均值", en: "Mean difference"}},
  {key: "p_t", label: "p", format: (p: unknown) => formatP(p as number)}
] as const;

describe("ResultsTable(rows, options)", () => {
  it("renders an APA table: caption above, rules only, notes below", async () => {
    const table = ResultsTable(rows, {
      columns,
      lang: "zh",
      caption: {zh: "表 2 前后测得分比较", en: "Table 2"},
      notes: ["差值 = 后测 − 前测。"],
      document
    });
    await expect(pretty(table) + "\n").toMatchFileSnapshot("../output/resultsTableZh.xml");
    expect(table.caption?.textContent).toBe("表 2 前后测得分比较");
    expect(table.tFoot?.textContent).toBe("注：差值 = 后测 − 前测。");
    expect([...table.tBodies[0].rows[0].cells].map((c) => c.textContent)).toEqual([
      "学习能力",
      "6",
      "0.48",
      ".024"
    ]);
    expect(table.tBodies[0].rows[1].cells[3].textContent).toBe("< .001");
    expect(table.outerHTML).not.toMatch(/border-(left|right)/);
  });

  it("right-aligns numeric columns, left-aligns text, and uses English labels and notes", () => {
    const table = ResultsTable(rows, {columns, lang: "en", notes: ["Differences are post − pre."], document});
    expect([...table.tHead!.rows[0].cells].map((c) => [c.textContent, c.style.textAlign])).toEqual([
      ["Subscale", "left"],
      ["n", "right"],
      ["Mean difference", "right"],
      ["p", "right"]
    ]);
    expect(table.tFoot!.querySelector("i")?.textContent).toBe("Note. ");
  });

  it("inserts data as text, never as HTML", () => {
    const attack = "<img src=x onerror=alert(1)>";
    const table = ResultsTable([{name: attack}], {
      columns: [{key: "name", label: attack}],
      caption: attack,
      notes: [attack],
      document
    });
    expect(table.querySelector("img")).toBeNull();
    expect(table.tBodies[0].rows[0].cells[0].textContent).toBe(attack);
    expect(table.tHead!.rows[0].cells[0].textContent).toBe(attack);
    expect(table.outerHTML).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("shows missing values as an em dash", () => {
    const table = ResultsTable([{v: null}], {columns: [{key: "v", label: "v"}], document});
    expect(table.tBodies[0].rows[0].cells[0].textContent).toBe("—");
  });
});

describe("ResultsTable cells with an interval or df", () => {
  it("wrap only between the estimate and its bracket, never inside a number or interval", () => {
    const table = ResultsTable([{d: "−9.74 [−11.56, −7.92]", p: "< .001", t: "−10.53 (253)"}], {
      columns: [
        {key: "d", label: "d"},
        {key: "p", label: "p"},
        {key: "t", label: "t"}
      ],
      document
    });
    const [d, p, t] = [...table.tBodies[0].rows[0].cells];
    expect(d.className).toBe("breaks");
    expect([...d.querySelectorAll("span")].map((s) => [s.textContent, s.style.whiteSpace])).toEqual([
      ["−9.74", "nowrap"],
      ["[−11.56, −7.92]", "nowrap"]
    ]);
    expect(d.textContent).toBe("−9.74 [−11.56, −7.92]");
    expect(t.textContent).toBe("−10.53 (253)");
    expect(t.className).toBe("breaks");
    expect(p.className).toBe("");
    expect(p.childElementCount).toBe(0);
  });
});
