import {describe, expect, it} from "vitest";
import {passageIds} from "../../../src/lib/qual/index.js";

const span = (document: string, start: number | null, end: number | null, excerpt = "x") => ({
  document,
  start,
  end,
  excerpt
});

describe("passageIds(spans)", () => {
  it("joins overlapping spans of one document into a run, whoever coded them", () => {
    expect(
      passageIds([span("a", 0, 10), span("a", 5, 12), span("a", 11, 20), span("a", 20, 25), span("b", 0, 10)])
    ).toEqual([0, 0, 0, 1, 2]);
  });

  it("numbers passages in order of first appearance, whatever the order of positions", () => {
    expect(passageIds([span("a", 30, 40), span("a", 0, 5), span("a", 35, 36)])).toEqual([0, 1, 0]);
  });

  it("joins spans without positions by document and trimmed text", () => {
    expect(
      passageIds([
        span("a", null, null, "同一段话"),
        span("a", null, null, " 同一段话\n"),
        span("b", null, null, "同一段话")
      ])
    ).toEqual([0, 0, 1]);
  });
});
