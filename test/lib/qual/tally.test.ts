import {describe, expect, it} from "vitest";
import {codeTallyTable, tallyCodes, tallyCodesBy, themesByParticipant} from "../../../src/lib/qual/index.js";
import {ROWS} from "./fixtures.js";

describe("tallyCodes(rows) and tallyCodesBy(rows, by)", () => {
  it("counts passages (a passage two coders coded counts once) and distinct participants per code", () => {
    expect(tallyCodes(ROWS)).toEqual([
      {theme: "自信", code: "相信自己", segments: 3, participants: 2},
      {theme: "同伴", code: "朋友", segments: 3, participants: 2},
      {theme: "同伴", code: "互助", segments: 2, participants: 1}
    ]);
  });

  it("breaks the tallies down by role, wave or participant, with null for a missing level", () => {
    expect(tallyCodesBy(ROWS, "wave").filter((t) => t.code === "朋友")).toEqual([
      {by: "wave", level: "post", theme: "同伴", code: "朋友", segments: 2, participants: 1},
      {by: "wave", level: "pre", theme: "同伴", code: "朋友", segments: 1, participants: 1}
    ]);
    expect(
      tallyCodesBy(ROWS, "role")
        .filter((t) => t.code === "互助")
        .map((t) => [t.level, t.segments])
    ).toEqual([
      ["member", 1],
      ["worker", 1]
    ]);
  });

  it("codeTallyTable(rows) holds the overall tally and each breakdown", () => {
    const table = codeTallyTable(ROWS);
    expect([...new Set(table.map((t) => t.by))]).toEqual(["all", "role", "wave", "participant"]);
    expect(table.filter((t) => t.by === "participant" && t.level === null)).toEqual([
      {by: "participant", level: null, theme: "同伴", code: "互助", segments: 1, participants: 0}
    ]);
  });
});

describe("themesByParticipant(rows)", () => {
  it("gives each participant's themes, most passages first, with the roles that spoke of them", () => {
    // Ties in order of the theme names (Chinese collation: 同伴 tóngbàn before 自信 zìxìn).
    expect(Object.fromEntries(themesByParticipant(ROWS))).toEqual({
      P1: [
        {theme: "同伴", segments: 2, roles: ["member"]},
        {theme: "自信", segments: 2, roles: ["member"]}
      ],
      P2: [
        {theme: "同伴", segments: 1, roles: ["parent"]},
        {theme: "自信", segments: 1, roles: ["parent"]}
      ]
    });
  });
});
