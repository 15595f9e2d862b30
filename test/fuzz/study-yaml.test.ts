// Hostile study.yaml: every outcome is a Study or an InputError, quickly.
import fc from "fast-check";
import {stringify} from "yaml";
import {describe, expect, it} from "vitest";
import {parseStudy} from "../../loaders/study/load.js";
import {hostileText, RUNS, survivesSync} from "./hostile.js";

const VALID = `id: s
title: {zh: 研究, en: Study}
participants: {id: 学号, pii: [姓名]}
waves: [{id: pre}, {id: post}]
instruments:
  - id: i
    scale: {min: 1, max: 5}
    subscales: [{id: a}]
    items: [{id: q1, number: 1, subscale: a}]
sources: {surveys: [{file: a.csv, wave: pre, format: wjx}]}
`;

describe("parseStudy(text, file) on hostile input", () => {
  it("survives any text", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", maxLength: 400}), (text) => {
        survivesSync(() => parseStudy(text, "study.yaml"));
      }),
      {numRuns: RUNS * 8}
    );
  });

  it("survives any YAML value, and the valid study with any line cut, repeated or replaced", () => {
    const lines = VALID.split("\n");
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 4,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true
        }),
        fc.nat({max: lines.length - 1}),
        fc.constantFrom("cut", "repeat", "replace"),
        hostileText,
        (value, at, edit, text) => {
          survivesSync(() => parseStudy(stringify(value) ?? "", "study.yaml"));
          const edited = [...lines];
          if (edit === "cut") edited.splice(at, 1);
          else if (edit === "repeat") edited.splice(at, 0, lines[at]!);
          else edited[at] = `${lines[at]!.split(":")[0]}: ${JSON.stringify(text)}`;
          survivesSync(() => parseStudy(edited.join("\n"), "study.yaml"));
        }
      ),
      {numRuns: RUNS * 4}
    );
  });

  it("keeps HTML in labels as text", () => {
    const study = parseStudy(
      VALID.replace("{zh: 研究, en: Study}", `"<img src=x onerror=alert(1)>"`),
      "study.yaml"
    );
    expect(study.title).toEqual({zh: "<img src=x onerror=alert(1)>", en: "<img src=x onerror=alert(1)>"});
  });

  it("refuses alias bombs, self-containing values, deep nesting and huge files with an InputError", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const name of "bcdefgh")
      laughs.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
          .join(", ")}]`
      );
    const cases = {
      "alias bomb": laughs.join("\n"),
      "self-containing": VALID.replace("waves: [{id: pre}, {id: post}]", "waves: &w [*w]"),
      "deep brackets": `id: ${"[".repeat(100_000)}`,
      "deep blocks": Array.from({length: 2000}, (_, i) => `${" ".repeat(i)}a:`).join("\n"),
      huge: VALID + `# ${"x".repeat(1_000_000)}`
    };
    for (const [name, text] of Object.entries(cases)) {
      const started = performance.now();
      expect(
        survivesSync(() => parseStudy(text, "study.yaml")),
        name
      ).toBeUndefined();
      expect(performance.now() - started, name).toBeLessThan(1000);
    }
  });
});
