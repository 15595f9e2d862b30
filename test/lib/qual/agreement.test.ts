import {describe, expect, it} from "vitest";
import {codeAgreement} from "../../../src/lib/qual/index.js";
import {cohensKappa} from "../../../src/lib/stats/index.js";
import {ROWS, segment} from "./fixtures.js";

describe("codeAgreement(rows)", () => {
  it("rates every passage of the documents both coders coded, per code, with Cohen's κ", () => {
    const rows = codeAgreement(ROWS);
    // Only "doc" was coded by A and B; its passages 0, 1, 2 are the units.
    expect(rows.map((r) => [r.code, r.documents, r.n, r.both, r.only_a, r.only_b, r.neither])).toEqual([
      ["相信自己", 1, 3, 1, 0, 1, 1],
      ["朋友", 1, 3, 0, 2, 0, 1],
      ["互助", 1, 3, 0, 0, 1, 2]
    ]);
    const applied = (set: number[]) => [0, 1, 2].map((u) => (set.includes(u) ? "applied" : "not applied"));
    const expected = cohensKappa(applied([0]), applied([0, 2]));
    expect(rows[0]).toMatchObject({
      kappa: expected.kappa,
      ci_low: expected.ci_low,
      ci_high: expected.ci_high
    });
    expect(JSON.parse(rows[0]!.guardrails).map((g: {code: string}) => g.code)).toEqual(["small_n"]);
  });

  it("returns nothing when no document was coded by two coders", () => {
    expect(codeAgreement(ROWS.filter((r) => r.coder !== "B"))).toEqual([]);
    expect(codeAgreement([segment({coder: null}), segment({coder: null, passage: 1})])).toEqual([]);
  });
});
