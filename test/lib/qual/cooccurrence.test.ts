import {describe, expect, it} from "vitest";
import {codeCooccurrence} from "../../../src/lib/qual/index.js";
import {ROWS, segment} from "./fixtures.js";

describe("codeCooccurrence(rows)", () => {
  it("counts passages where one coder applied both codes; two coders' different codes do not co-occur", () => {
    expect(codeCooccurrence(ROWS)).toEqual([
      {theme_a: "自信", code_a: "相信自己", theme_b: "同伴", code_b: "朋友", count: 1}
    ]);
  });

  it("counts a passage once per pair when both coders applied both codes", () => {
    const rows = ["A", "B"].flatMap((coder) => [
      segment({coder, code: "x"}),
      segment({coder, code: "y"}),
      segment({coder, code: "z", passage: 1}),
      segment({coder, code: "x", passage: 1})
    ]);
    expect(codeCooccurrence(rows).map((r) => [r.code_a, r.code_b, r.count])).toEqual([
      ["x", "y", 1],
      ["x", "z", 1]
    ]);
  });
});
