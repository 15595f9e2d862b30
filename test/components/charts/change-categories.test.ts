import {describe, expect, it} from "vitest";
import {ChangeCategories, type ChangeRow} from "../../../src/components/charts/change-categories.js";
import {textWidth} from "../../../src/components/charts/common.js";
import {document} from "../dom.js";
import {pairs, scoreRows} from "./fixtures.js";
import {snapshotTests} from "./snapshot.js";

/** RCI = change / (SD_pre·√2·√(1 − r)), with an assumed reliability of .80 and SD of 0.5. */
function changeRows(n: number, seed: number): ChangeRow[] {
  const sdiff = 0.5 * Math.sqrt(2) * Math.sqrt(1 - 0.8);
  return pairs(scoreRows(n, seed)).map(({participant, from, to}) => {
    const rci = (to - from) / sdiff;
    return {
      participant,
      change: to - from,
      rci,
      category: rci > 1.96 ? "improved" : rci < -1.96 ? "deteriorated" : "unchanged"
    };
  });
}

export function changeCategoriesN6Zh() {
  return ChangeCategories(changeRows(6, 3), {lang: "zh", title: "可靠变化（RCI）", document});
}

export function changeCategoriesN40En() {
  return ChangeCategories(changeRows(40, 6), {lang: "en", width: 800, document});
}

describe("ChangeCategories(rows, options)", () => {
  snapshotTests({changeCategoriesN6Zh, changeCategoriesN40En});

  it("wraps participant labels wider than a phone's margin onto two lines, and makes the rows taller", () => {
    const rows = changeRows(6, 3).map((row, i) => ({
      ...row,
      participant: `Participant ${i + 1} · Children's group`
    }));
    const narrow = ChangeCategories(rows, {lang: "en", width: 326, document});
    const ticks = [...narrow.querySelectorAll('g[aria-label="y-axis tick label"] text')];
    expect(ticks).toHaveLength(6);
    const marginLeft = Math.ceil(326 * 0.25);
    for (const tick of ticks) {
      const lines = [...tick.querySelectorAll("tspan")].map((span) => span.textContent!);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(marginLeft - 14);
    }
    const wide = ChangeCategories(rows, {lang: "en", width: 800, document});
    expect(Number(narrow.getAttribute("height"))).toBeGreaterThan(Number(wide.getAttribute("height")));
  });
});
