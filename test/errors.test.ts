import {describe, expect, it} from "vitest";
import {InputError, formatProblem} from "../loaders/errors.js";

describe("formatProblem(what, where, fix)", () => {
  it("names the file, key path, row and column before the problem, then the fix", () => {
    expect(formatProblem("not a number", {file: "pre.csv", row: 3, column: "Q1"}, "type 1–5")).toBe(
      'pre.csv, row 3, column "Q1": not a number. Fix: type 1–5'
    );
    expect(formatProblem("unknown key", {file: "study.yaml", path: "waves[1].id"})).toBe(
      "study.yaml, waves[1].id: unknown key"
    );
  });

  it("is the message of an InputError", () => {
    const error = new InputError("empty file", {file: "a.csv"}, "export again");
    expect(error.message).toBe("a.csv: empty file. Fix: export again");
    expect(error.where.file).toBe("a.csv");
  });
});
