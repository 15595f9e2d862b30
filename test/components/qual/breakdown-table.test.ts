import {describe, expect, it} from "vitest";
import {breakdownTable} from "../../../src/components/qual/breakdown-table.js";
import {tallyCodesBy} from "../../../src/lib/qual/tally.js";
import {ROWS} from "../../lib/qual/fixtures.js";
import {document} from "../dom.js";

const tallies = [...tallyCodesBy(ROWS, null), ...tallyCodesBy(ROWS, "wave"), ...tallyCodesBy(ROWS, "role")];
const local = {published: false, min_cell: 1, excerpts: true};
const published = {published: true, min_cell: 3, excerpts: true};
const base = {
  segments: ROWS,
  tallies,
  themes: ["自信", "同伴"],
  roles: ["member", "parent", null],
  waves: ["pre", "post", null],
  waveName: (w: string | null) => (w === null ? "(not given)" : w === "pre" ? "Pre-test" : "Post-test"),
  lang: "en" as const,
  document
};
const body = (table: HTMLTableElement) =>
  [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent));

describe("breakdownTable(options)", () => {
  it("codes × wave: passages (participants) per cell, a dash where a code was not coded, and the note", () => {
    const table = breakdownTable({...base, by: "wave", policy: local});
    expect([...table.tHead!.rows[0]!.cells].map((c) => c.textContent)).toEqual([
      "Theme",
      "Code",
      "Pre-test",
      "Post-test",
      "(not given)",
      "Total"
    ]);
    const rows = body(table);
    const friend = rows.find((r) => r[1] === "朋友")!;
    expect(friend[2]).toBe("1 (1)");
    expect(table.tFoot!.textContent).toMatch(/hence cells such as “1 \(0\)”/);
  });

  it("hides cells of fewer than min_cell participants in the published site", () => {
    const rows = body(breakdownTable({...base, by: "role", policy: published}));
    expect(rows.flat().some((cell) => /^\d+ \([12]\)$/.test(cell!))).toBe(false);
    expect(rows.flat()).toContain("< 3");
  });

  it("participants × themes, numbered in the published site", () => {
    const table = breakdownTable({...base, by: "participant", policy: published});
    expect(body(table).map((r) => r[0])).toEqual(["Participant 1", "Participant 2"]);
  });
});
