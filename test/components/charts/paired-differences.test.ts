import {describe} from "vitest";
import {PairedDifferences} from "../../../src/components/charts/paired-differences.js";
import {document} from "../dom.js";
import {groups, pairs, scoreRows} from "./fixtures.js";
import {snapshotTests} from "./snapshot.js";

export function pairedDifferencesN6Zh() {
  const comparisons = [{group: "children", mean_diff: 0.479, diff_ci_low: -0.12, diff_ci_high: 1.08}];
  return PairedDifferences(pairs(scoreRows(6, 3)), {
    groups,
    comparisons,
    label: "后测 − 前测",
    lang: "zh",
    title: "个人变化量",
    document
  });
}

export function pairedDifferencesN40En() {
  const comparisons = [
    {group: "children", mean_diff: 0.52, diff_ci_low: 0.31, diff_ci_high: 0.73},
    {group: "parents", mean_diff: 0.38, diff_ci_low: 0.14, diff_ci_high: 0.62}
  ];
  const rows = scoreRows(20, 5, ["children", "parents"]);
  return PairedDifferences(pairs(rows), {groups, comparisons, lang: "en", width: 800, document});
}

// A page measured mid-layout asks for a chart narrower than its margins; the difference band once got width "-20".
export function pairedDifferencesNarrow() {
  const comparisons = [{group: "children", mean_diff: 0.479, diff_ci_low: -0.12, diff_ci_high: 1.08}];
  return PairedDifferences(pairs(scoreRows(6, 3)), {groups, comparisons, lang: "en", width: 1, document});
}

describe("PairedDifferences(pairs, options)", () => {
  snapshotTests({pairedDifferencesN6Zh, pairedDifferencesN40En, pairedDifferencesNarrow});
});
