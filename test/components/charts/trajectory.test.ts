import {describe, expect, it} from "vitest";
import {Trajectory} from "../../../src/components/charts/trajectory.js";
import {document} from "../dom.js";
import {summary} from "./fixtures.js";
import {sumGroups, sumScale, sumScoreRows, sumWaves} from "./sum-scores.js";
import {snapshotTests} from "./snapshot.js";

export function trajectorySumZh() {
  return Trajectory(summary(sumScoreRows()), {
    individuals: sumScoreRows(),
    waves: sumWaves,
    groups: sumGroups,
    scale: sumScale,
    midpoint: 6,
    lang: "zh",
    width: 800,
    title: "情绪：各测量时点的变化轨迹",
    document
  });
}

export function trajectoryMeansOnlyEn() {
  return Trajectory(
    summary(sumScoreRows()).filter((d) => d.group === "control"),
    {waves: sumWaves, groups: sumGroups, scale: sumScale, midpoint: null, lang: "en", document}
  );
}

describe("Trajectory(summary, options)", () => {
  snapshotTests({trajectorySumZh, trajectoryMeansOnlyEn});

  it("draws a line per participant (a drop-out's stops) and a mean per group and wave", () => {
    const svg = trajectorySumZh();
    expect(svg.querySelectorAll('g[aria-label="line"]')[0].querySelectorAll("path")).toHaveLength(16);
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(6);
    expect(svg.textContent).toContain("n = 6");
  });

  it("draws the means without individual lines, and without a midpoint", () => {
    const svg = trajectoryMeansOnlyEn();
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(3);
    expect(svg.textContent).not.toContain("Theoretical");
    expect(svg.textContent).not.toContain("Individual score");
  });
});
