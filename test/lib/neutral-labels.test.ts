import {describe, expect, it} from "vitest";
import {neutralLabels} from "../../loaders/publish/labels.js";
import {neutralLabelIn} from "../../src/lib/neutral-labels.js";

describe("neutralLabelIn(text, lang)", () => {
  it("shows the labels the ingest wrote in the study's language in the page's language", () => {
    const english = neutralLabels(["raw/a.csv", "raw/b.csv"], "file", "en");
    expect([...english.values()].map((l) => neutralLabelIn(l, "zh"))).toEqual(["文件 1", "文件 2"]);
    const chinese = neutralLabels(["王敏", "李老师", "张三"], "coder", "zh");
    expect([...chinese.values()].map((l) => neutralLabelIn(l, "en"))).toEqual([
      "Coder A",
      "Coder B",
      "Coder C"
    ]);
    expect(neutralLabelIn("访谈 3", "en")).toBe("Interview 3");
    expect(neutralLabelIn("Interview 3", "en")).toBe("Interview 3");
  });

  it("leaves every other text as it is", () => {
    for (const text of ["raw/File 1.csv", "File 1 copy", "Files 2", "访谈-JZ001", "王敏", "Coder a", ""])
      expect(neutralLabelIn(text, "zh")).toBe(text);
  });
});
