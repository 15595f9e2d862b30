import {describe} from "vitest";
import {MeanCI} from "../../../src/components/charts/mean-ci.js";
import {document} from "../dom.js";
import {groups, scale, scoreRows, summary, waves} from "./fixtures.js";
import {snapshotTests} from "./snapshot.js";

export function meanCIN6Zh() {
  return MeanCI(summary(scoreRows(6, 3)), {
    waves,
    groups,
    scale,
    lang: "zh",
    title: "学习能力自我效能感：均值变化",
    document
  });
}

export function meanCIN40En() {
  return MeanCI(summary(scoreRows(40, 4, ["children", "parents"])), {
    waves,
    groups,
    scale,
    lang: "en",
    width: 800,
    document
  });
}

describe("MeanCI(summary, options)", () => {
  snapshotTests({meanCIN6Zh, meanCIN40En});
});
