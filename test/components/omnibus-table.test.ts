import {beforeAll, describe, expect, it, vi} from "vitest";
import {omnibusTable} from "../../src/components/omnibus-table.js";
import type {OmnibusRow} from "../../src/lib/results/omnibus.js";
import {document} from "./dom.js";

const waves = [
  {id: "t0", label: {zh: "基线", en: "Baseline"}},
  {id: "t1", label: {zh: "6 个月", en: "Month 6"}},
  {id: "t2", label: {zh: "12 个月", en: "Month 12"}}
];
const parts = [
  {
    key: "dep/mood",
    instrument: "dep",
    subscale: "mood",
    title: {zh: "情绪", en: "Mood"},
    instrumentTitle: {zh: "抑郁", en: "Depression"},
    scale: {min: 0, max: 3},
    score: {min: 0, max: 12},
    midpoint: 6,
    higherIsBetter: false,
    items: []
  }
];
const base = {instrument: "dep", subscale: "mood", group: "intervention", n: 14, guardrails: []};
const blank = {
  wave: null,
  mean: NaN,
  sd: NaN,
  friedman_chisq: NaN,
  friedman_df: NaN,
  p_friedman: NaN,
  f: NaN,
  df1: NaN,
  df2: NaN,
  p_f: NaN,
  gg_epsilon: NaN,
  p_gg: NaN
};
/** The rows of omnibus.parquet for one part × group: a row per wave, the test row and a pair row (not shown). */
// Only the columns the table reads; the other statistics of a row are left out.
const rows = [
  {...base, ...blank, kind: "wave", wave: "t0", mean: 7.86, sd: 1.5},
  {...base, ...blank, kind: "wave", wave: "t1", mean: 6, sd: 1.8},
  {...base, ...blank, kind: "wave", wave: "t2", mean: 3.67, sd: 2.1},
  {
    ...base,
    ...blank,
    kind: "test",
    friedman_chisq: 18.4,
    friedman_df: 2,
    p_friedman: 0.0001,
    f: 21.3,
    df1: 2,
    df2: 26,
    p_f: 0.000003,
    gg_epsilon: 0.81,
    p_gg: 0.00002
  },
  {...base, ...blank, kind: "pair"}
] as unknown as OmnibusRow[];
const context = {
  lang: "zh" as const,
  parts,
  waves,
  groups: [{id: "intervention", label: {zh: "干预组", en: "Intervention"}}],
  showGroup: true,
  number: 3
};

beforeAll(() => {
  vi.stubGlobal("document", document);
});

describe("omnibusTable(rows, context)", () => {
  it("gives n, M (SD) per wave, Friedman, RM ANOVA and the Greenhouse–Geisser correction", () => {
    const table = omnibusTable(rows, context);
    expect(table.caption?.textContent).toBe("表 3 各测量时点的整体比较（完整个案）");
    // One line per part × group: the wave and pair rows are not lines of their own.
    expect(table.tBodies[0].rows).toHaveLength(1);
    expect([...table.tHead!.rows[0].cells].map((c) => c.textContent)).toEqual([
      "分量表",
      "组别",
      "n",
      "基线 M (SD)",
      "6 个月 M (SD)",
      "12 个月 M (SD)",
      "Friedman χ²(df)",
      "p",
      "重复测量 F(df₁, df₂)",
      "p",
      "GG ε",
      "p_GG"
    ]);
    expect([...table.tBodies[0].rows[0].cells].map((c) => c.textContent)).toEqual([
      "情绪",
      "干预组",
      "14",
      "7.86 (1.50)",
      "6.00 (1.80)",
      "3.67 (2.10)",
      "18.40 (2)",
      "< .001",
      "21.30 (2, 26)",
      "< .001",
      ".81",
      "< .001"
    ]);
  });

  it("hides the statistics of fewer than min_cell complete cases in the published site", () => {
    const table = omnibusTable(
      rows.map((r) => ({...r, n: 2})),
      {
        ...context,
        lang: "en",
        policy: {published: true, min_cell: 3, excerpts: false}
      }
    );
    const cells = [...table.tBodies[0].rows[0].cells].map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(["Mood", "Intervention", "< 3"]);
    expect(cells.slice(3).every((c) => c === "—")).toBe(true);
  });
});
