import {describe, expect, it} from "vitest";
import {jointDisplay, type ChangeInput} from "../../../src/lib/qual/index.js";
import {ROWS} from "./fixtures.js";

const change = (participant: string, subscale: string, delta: number, category: ChangeInput["category"]) => ({
  participant,
  group: "all",
  instrument: "ase",
  subscale,
  wave_from: "pre",
  wave_to: "post",
  from: 2,
  to: 2 + delta,
  change: delta,
  category
});

describe("jointDisplay(change, segments, options)", () => {
  it("gives one row per participant with changes and themes, interviewed-only participants included", () => {
    const rows = jointDisplay(
      [
        change("P1", "ability", 1.2, "improved"),
        change("P1", "behavior", 0.1, "unchanged"),
        change("P3", "ability", -1, "deteriorated")
      ],
      ROWS
    );
    expect(rows.map((r) => [r.participant, r.group, r.changes.length, r.themes.map((t) => t.theme)])).toEqual(
      [
        ["P1", "all", 2, ["同伴", "自信"]],
        ["P3", "all", 1, []],
        ["P2", null, 0, ["同伴", "自信"]]
      ]
    );
  });

  it("shows the chosen pair of waves only", () => {
    const later = {...change("P1", "ability", 5, "improved"), wave_from: "post", wave_to: "follow"};
    const rows = jointDisplay([change("P1", "ability", 1, "improved"), later], [], {
      waves: ["post", "follow"]
    });
    expect(rows[0]!.changes.map((c) => c.change)).toEqual([5]);
  });
});
