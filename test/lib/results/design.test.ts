import {describe, expect, it} from "vitest";
import {
  firstGroups,
  groupsOf,
  membersAt,
  partKey,
  scoredParts,
  scoreTable,
  valuesOf,
  wavePairs
} from "../../../src/lib/results/index.js";
import {design, scores} from "./fixtures.js";

describe("design helpers", () => {
  it("wavePairs(design) is first → last unless pairs are declared", () => {
    expect(wavePairs(design)).toEqual([["pre", "post"]]);
    const three = {...design, waves: [{id: "pre"}, {id: "mid"}, {id: "post"}]};
    expect(wavePairs(three)).toEqual([["pre", "post"]]);
    expect(wavePairs({...three, compare: {waves: [["pre", "mid"]], between_groups: false}})).toEqual([
      ["pre", "mid"]
    ]);
    expect(wavePairs({...design, waves: [{id: "pre"}]})).toEqual([]);
  });

  it("groupsOf(design, table) puts the pooled `all` first when there are several groups", () => {
    expect(groupsOf(design, scoreTable(scores()))).toEqual(["all", "a", "b"]);
    const onlyA = scores().filter((s) => s.group === "a");
    expect(groupsOf(design, scoreTable(onlyA))).toEqual(["a"]);
    const undeclared = scores().map((s) => ({...s, group: "all"}));
    expect(groupsOf({...design, groups: []}, scoreTable(undeclared))).toEqual(["all"]);
  });

  it("scoredParts(instrument) adds `total` only to instruments with several subscales", () => {
    expect(scoredParts(design.instruments[0])).toEqual(["s1", "s2", "total"]);
    expect(scoredParts({...design.instruments[0], total: false})).toEqual(["s1", "s2"]);
    expect(scoredParts({...design.instruments[0], subscales: [{id: "s1"}]})).toEqual(["s1"]);
  });

  it("scoreTable(rows) sorts participants and keeps missing scores apart from absent participants", () => {
    const table = scoreTable([...scores()].reverse());
    expect(table.participants[0]).toBe("p01");
    expect(membersAt(table, "b", ["pre", "post"])).toHaveLength(5); // p12 has no post
    expect(membersAt(table, "all", ["pre"])).toHaveLength(12);
    const members = membersAt(table, "a", ["post"]);
    expect(valuesOf(table, "post", partKey("x", "s2"), members)[4]).toBeNull(); // p05
    expect(firstGroups(design, table).slice(5, 7)).toEqual(["a", "b"]);
  });
});
