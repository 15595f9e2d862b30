import {describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {parseStudy} from "../../../loaders/study/load.js";
import {STUDY_YAML} from "../bad-input.js";

/** The one-line message `parseStudy` gives for `yaml`. */
function problem(yaml: string): string {
  try {
    parseStudy(yaml, "study.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

describe("parseStudy(text, file)", () => {
  it("accepts the example and fills defaults", () => {
    const study = parseStudy(STUDY_YAML, "study.yaml");
    expect(study.instruments[0].scoring).toBe("mean");
    expect(study.instruments[0].subscales[0].min_answered).toBe(0.8);
    expect(study.publish).toEqual({min_cell: 3, excerpts: true, individuals: false, allow: []});
  });

  it("names the subscale an item points to when it is not declared", () => {
    expect(
      problem(STUDY_YAML.replace("number: 4, subscale: behavior", "number: 4, subscale: behaviour"))
    ).toBe(
      "study.yaml, instruments[0].items[1].subscale: 'behaviour' is not a declared subscale of 'ase'; declared: ability, behavior. " +
        "Fix: use one of ability, behavior or declare 'behaviour' under subscales"
    );
  });

  it("suggests the key meant by a typo", () => {
    expect(problem(STUDY_YAML.replace("midpoint: 3", "midpoint: 3\n    scorng: sum"))).toBe(
      "study.yaml, instruments[0]: unknown key 'scorng'. Fix: did you mean 'scoring'?"
    );
  });

  it("gives the line of a YAML syntax error", () => {
    expect(problem(STUDY_YAML.replace("  id: 学号", "  id: 学号\n pii: [x]"))).toMatch(
      /^study\.yaml: not valid YAML at line \d+, column \d+/
    );
  });

  it("refuses duplicate item ids", () => {
    expect(problem(STUDY_YAML.replace("id: ase02", "id: ase01"))).toBe(
      "study.yaml, instruments: item id 'ase01' is used twice. Fix: item ids must be unique across the study"
    );
  });

  it("refuses a non-numeric scale", () => {
    expect(problem(STUDY_YAML.replace("scale: {min: 1, max: 5}", "scale: {min: 一, max: 5}"))).toBe(
      'study.yaml, instruments[0].scale.min: should be number, not "一". Fix: write a number'
    );
  });

  it("refuses a midpoint outside the scale", () => {
    expect(problem(STUDY_YAML.replace("midpoint: 3", "midpoint: 30"))).toMatch(
      /instruments\[0\]\.midpoint: 30 lies outside the scale 1–5/
    );
  });

  it("refuses a source wave that is not declared", () => {
    expect(problem(STUDY_YAML.replace("wave: post,", "wave: after,"))).toMatch(
      /sources\.surveys\[1\]\.wave: 'after' is not a declared wave; declared: pre, post/
    );
  });

  it("refuses an unknown format and lists the known ones", () => {
    expect(problem(STUDY_YAML.replace("wave: pre, format: wjx", "wave: pre, format: xlsx"))).toMatch(
      /sources\.surveys\[0\]\.format: .*Fix: use one of: wjx, qualtrics, wide, long/
    );
  });

  it("says a missing key is missing", () => {
    expect(problem(STUDY_YAML.replace("  id: 学号\n", ""))).toBe(
      "study.yaml, participants.id: is missing. Fix: add it (string)"
    );
  });

  it("hints at quoting when a comma inside {…} split a label", () => {
    expect(
      problem(STUDY_YAML.replace("{zh: 小研究, en: Tiny study}", "{zh: 小研究, en: Tiny, small study}"))
    ).toMatch(/title: unknown key 'small study'.*put that text in quotes/);
  });

  it("takes numbers where it takes an id, a column or a value", () => {
    const study = parseStudy(
      STUDY_YAML.replace("  - {id: pre}\n  - {id: post}", "  - {id: 0, value: 0}\n  - {id: 12}")
        .replace("wave: pre,", "wave: 0,")
        .replace("wave: post,", "wave: 12,")
        .replace("id: 学号", "id: 2024"),
      "study.yaml"
    );
    expect(study.waves).toEqual([{id: "0", value: "0"}, {id: "12"}]);
    expect(study.participants.id).toBe("2024");
    expect(study.sources.surveys.map((s) => s.wave)).toEqual(["0", "12"]);
  });

  it("reads an item from the column named like its id when it gives no column, number or position", () => {
    const study = parseStudy(STUDY_YAML.replace("{id: ase01, number: 3,", "{id: ase01,"), "study.yaml");
    expect(study.instruments[0].items[0]).toEqual({id: "ase01", subscale: "ability", reverse: false});
  });

  it("refuses decimal bounds on a scale of whole answers, and takes them with `whole: false`", () => {
    expect(problem(STUDY_YAML.replace("scale: {min: 1, max: 5}", "scale: {min: 0.5, max: 5}"))).toBe(
      "study.yaml, instruments[0].scale.min: a scale of whole answers needs whole-number min and max (add `whole: false` for decimals). Fix: correct the value"
    );
    const study = parseStudy(
      STUDY_YAML.replace("scale: {min: 1, max: 5}", "scale: {min: 0.5, max: 5, whole: false}"),
      "study.yaml"
    );
    expect(study.instruments[0].scale).toEqual({min: 0.5, max: 5, whole: false});
  });

  it("refuses an item_columns template without {column}", () => {
    expect(
      problem(STUDY_YAML.replace("wave: pre, format: wjx", 'wave: pre, format: wjx, item_columns: "Pre_"'))
    ).toBe(
      'study.yaml, sources.surveys[0].item_columns: must contain {column}, e.g. "Pre_{column}". Fix: correct the value'
    );
  });
});
