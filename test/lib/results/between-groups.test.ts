import {describe, expect, it} from "vitest";
import {betweenGroupsResults} from "../../../src/lib/results/index.js";
import {design, scores} from "./fixtures.js";

describe("betweenGroupsResults(scores, design)", () => {
  it("is empty unless the study asks for between-group comparisons", () => {
    expect(betweenGroupsResults(scores(), design)).toEqual([]);
  });

  it("compares each pair of groups at each wave and in their change, never the pooled group", () => {
    const results = betweenGroupsResults(scores(), {...design, compare: {between_groups: true}});
    expect(results.map((r) => `${r.group_x}-${r.group_y} ${r.subscale} ${r.measure}`)).toEqual(
      ["s1", "s2", "total"].flatMap((s) => ["pre", "post", "change:pre-post"].map((m) => `a-b ${s} ${m}`))
    );
    const change = results.find((r) => r.subscale === "s1" && r.measure === "change:pre-post")!;
    expect([change.n_x, change.n_y]).toEqual([6, 5]);
    expect(change.mean_diff).toBeGreaterThan(0); // group a gains more
  });
});
