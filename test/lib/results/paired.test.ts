import {describe, expect, it} from "vitest";
import {holm, pairedComparison} from "../../../src/lib/stats/index.js";
import {oneSampleResults, pairedResults, scoreTable} from "../../../src/lib/results/index.js";
import {design, scores} from "./fixtures.js";

describe("pairedResults(scores, design)", () => {
  const results = pairedResults(scores(), design);

  it("has a row per group (pooled `all` first) × part", () => {
    expect(results.map((r) => `${r.group}/${r.subscale}`)).toEqual([
      "all/s1",
      "all/s2",
      "all/total",
      "a/s1",
      "a/s2",
      "a/total",
      "b/s1",
      "b/s2",
      "b/total"
    ]);
  });

  it("pools every participant of both groups in `all`, dropping pairs with a missing side", () => {
    const all = results.find((r) => r.group === "all" && r.subscale === "s2")!;
    expect(all.n).toBe(10); // 11 at both waves, p05 has no post s2 score
    expect(results.find((r) => r.group === "b" && r.subscale === "s1")!.n).toBe(5);
  });

  it("adjusts p by Holm within the subscales; `total` is not in the family", () => {
    for (const group of ["all", "a", "b"]) {
      const rows = results.filter((r) => r.group === group);
      const subscales = rows.filter((r) => r.subscale !== "total");
      expect(subscales.map((r) => r.p_holm)).toEqual(holm(subscales.map((r) => r.p_t)));
      expect(subscales.map((r) => r.p_wilcoxon_holm)).toEqual(holm(subscales.map((r) => r.p_wilcoxon)));
      const total = rows.find((r) => r.subscale === "total")!;
      expect([total.p_holm, total.p_wilcoxon_holm]).toEqual([total.p_t, total.p_wilcoxon]);
    }
  });

  it("gives the same numbers from rows and from a table, in any row order", () => {
    expect(pairedResults(scoreTable([...scores()].reverse()), design)).toEqual(results);
  });

  it("computes what pairedComparison gives for the group's pairs", () => {
    const rows = scores().filter((s) => s.group === "a" && s.subscale === "s1");
    const at = (wave: string) => rows.filter((s) => s.wave === wave).map((s) => s.score);
    const {guardrails, ...expected} = pairedComparison(at("pre"), at("post"), {scale: {min: 1, max: 5}});
    expect(results.find((r) => r.group === "a" && r.subscale === "s1")).toMatchObject(expected);
    expect(guardrails.length).toBeGreaterThan(0);
  });
});

describe("oneSampleResults(scores, design)", () => {
  it("tests every group × wave × part against the midpoint, and nothing without one", () => {
    const results = oneSampleResults(scores(), design);
    expect(results).toHaveLength(3 * 2 * 3);
    expect(new Set(results.map((r) => r.midpoint))).toEqual(new Set([3]));
    expect(results.find((r) => r.group === "all" && r.wave === "post" && r.subscale === "s1")!.n).toBe(11);
    const noMidpoint = {...design, instruments: [{...design.instruments[0], midpoint: undefined}]};
    expect(oneSampleResults(scores(), noMidpoint)).toEqual([]);
  });
});
