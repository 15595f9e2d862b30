import {describe, expect, it} from "vitest";
import {direction, PrePostSlopes, spreadLabels} from "../../../src/components/charts/pre-post-slopes.js";
import {document} from "../dom.js";
import {groups, pairs, scale, scoreRows, waves} from "./fixtures.js";
import {snapshotTests} from "./snapshot.js";

const [pre, post] = waves;

export function prePostSlopesN6Zh() {
  return PrePostSlopes(pairs(scoreRows(6, 3)), {
    scale,
    fromLabel: pre.label,
    toLabel: post.label,
    groups,
    lang: "zh",
    title: "学习能力自我效能感：个人变化",
    document
  });
}

export function prePostSlopesN40En() {
  const rows = scoreRows(20, 5, ["children", "parents"]);
  return PrePostSlopes(pairs(rows), {
    scale,
    fromLabel: pre.label,
    toLabel: post.label,
    groups,
    lang: "en",
    width: 800,
    document
  });
}

describe("PrePostSlopes(pairs, options)", () => {
  snapshotTests({prePostSlopesN6Zh, prePostSlopesN40En});

  it("classifies direction by which way is better and a tolerance", () => {
    const pair = {participant: "A1", group: "g", from: 3, to: 2.5};
    expect(direction(pair)).toBe("worse");
    expect(direction(pair, {higherIsBetter: false})).toBe("improved");
    expect(direction(pair, {tolerance: 0.5})).toBe("unchanged");
  });

  it("merges participants ending on the same score and keeps labels a line apart", () => {
    const ps = [
      {participant: "A1", group: "g", from: 2, to: 3},
      {participant: "A2", group: "g", from: 2, to: 3},
      {participant: "A3", group: "g", from: 2, to: 3.01}
    ];
    const labels = spreadLabels(ps, {domain: [1, 5], height: 400, fontSize: 12});
    expect(labels.map((l) => l.text)).toEqual(["A1, A2", "A3"]);
    expect(labels[1].y - labels[0].y).toBeCloseTo((4 * 13) / 400);
  });
});
