import {describe, expect, it} from "vitest";
import {LikertBars, likertSegments} from "../../../src/components/charts/likert-bars.js";
import {document} from "../dom.js";
import {itemRows, items, scale, waves} from "./fixtures.js";
import {snapshotTests} from "./snapshot.js";

export function likertBarsN6Zh() {
  return LikertBars(itemRows(6, 1), {
    items,
    waves,
    scale,
    lang: "zh",
    title: {zh: "学习能力自我效能感：各题作答分布"},
    document
  });
}

export function likertBarsN40En() {
  return LikertBars(itemRows(40, 2), {items, waves, scale, lang: "en", width: 800, document});
}

describe("LikertBars(itemRows, options)", () => {
  snapshotTests({likertBarsN6Zh, likertBarsN40En});

  it("centres the neutral category on zero and sums each bar to 100%", () => {
    const rows = [1, 3, 3, 5].map((raw, i) => ({
      participant: `p${i}`,
      group: "g",
      wave: "pre",
      instrument: "i",
      subscale: "s",
      item: "q",
      raw,
      value: raw
    }));
    const {segments, totals} = likertSegments(rows, {
      items: [{id: "q"}],
      waves: [{id: "pre"}],
      categories: [1, 2, 3, 4, 5],
      valueKey: "raw"
    });
    expect(segments.map((s) => [s.category, s.x1, s.x2])).toEqual([
      [1, -50, -25],
      [3, -25, 25],
      [5, 25, 50]
    ]);
    expect(totals).toEqual([{item: "q", wave: "pre", n: 4, x2: 50}]);
  });
});
