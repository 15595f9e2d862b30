// Sum scores drawn on their own range (0–12 here), never on the item scale, by every chart that draws scores.
import {describe, expect, it} from "vitest";
import {MeanCI} from "../../../src/components/charts/mean-ci.js";
import {PrePostSlopes} from "../../../src/components/charts/pre-post-slopes.js";
import {ScoreStrip} from "../../../src/components/charts/score-strip.js";
import {document} from "../dom.js";
import {pairs, summary} from "./fixtures.js";
import {sumGroups, sumScale, sumScoreRows, sumWaves} from "./sum-scores.js";
import {snapshotTests} from "./snapshot.js";

const first = () =>
  sumScoreRows()
    .filter((r) => r.wave !== "t1")
    .map((r) => ({...r, wave: r.wave === "t0" ? "pre" : "post"}));

export function meanCISumZh() {
  return MeanCI(summary(sumScoreRows()), {
    waves: sumWaves,
    groups: sumGroups,
    scale: sumScale,
    midpoint: 6,
    lang: "zh",
    document
  });
}

export function prePostSlopesSumEn() {
  return PrePostSlopes(pairs(first()), {
    groups: sumGroups,
    scale: sumScale,
    midpoint: 6,
    lang: "en",
    document
  });
}

export function scoreStripSumZh() {
  return ScoreStrip(sumScoreRows(), {
    waves: sumWaves,
    groups: sumGroups,
    scale: sumScale,
    midpoint: 6,
    lang: "zh",
    document
  });
}

const charts = {meanCISumZh, prePostSlopesSumEn, scoreStripSumZh};

describe("charts of sum scores", () => {
  snapshotTests(charts);

  for (const [name, chart] of Object.entries(charts)) {
    it(`${name}: no negative size, the y axis over the score range`, () => {
      const svg = chart();
      for (const element of svg.querySelectorAll("[width], [height]"))
        for (const size of ["width", "height"])
          if (element.hasAttribute(size))
            expect(Number(element.getAttribute(size))).toBeGreaterThanOrEqual(0);
      // The y axis runs 0–12: a score of 12 is drawn, not cut off at the item scale's 3.
      const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
        (t) => t.textContent
      );
      expect(ticks).toContain("12");
      expect(svg.textContent).toMatch(/0–12/);
    });
  }
});
