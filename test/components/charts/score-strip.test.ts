import {describe, expect, it} from "vitest";
import {ScoreStrip} from "../../../src/components/charts/score-strip.js";
import {document} from "../dom.js";
import {groups, scale, scoreRows, waves} from "./fixtures.js";
import {snapshotTests} from "./snapshot.js";

export function scoreStripN6Zh() {
  return ScoreStrip(scoreRows(6, 3), {
    waves,
    groups,
    scale,
    lang: "zh",
    title: "学习能力自我效能感",
    document
  });
}

export function scoreStripN40En() {
  return ScoreStrip(scoreRows(40, 4, ["children", "parents"]), {
    waves,
    groups,
    scale,
    lang: "en",
    width: 800,
    document
  });
}

describe("ScoreStrip(scoreRows, options)", () => {
  snapshotTests({scoreStripN6Zh, scoreStripN40En});

  it("refuses rows of more than one subscale", () => {
    const rows = scoreRows(6, 3);
    rows[0] = {...rows[0], subscale: "behaviour"};
    expect(() => ScoreStrip(rows, {document})).toThrow(/one subscale, got ase\/behaviour, ase\/ability/);
  });
});
