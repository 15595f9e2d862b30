import {describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {bothLanguages, chromeDictionary, pageLabel, studyLabel} from "../../src/lib/chrome.js";

describe("bothLanguages(label)", () => {
  it("writes Chinese, then English", () => {
    expect(bothLanguages(pageLabel("index"))).toBe("概览 · Overview");
  });

  it("writes a name the same in both languages once", () => {
    expect(bothLanguages(studyLabel("Q 小学", "q-school"))).toBe("Q 小学");
  });
});

describe("pageLabel(page)", () => {
  it("names a study page as its heading does", () => {
    expect(pageLabel("prepost")).toEqual({zh: "前后测比较", en: "Pre/post"});
    expect(pageLabel("notebook")).toEqual({zh: "SQL 笔记本", en: "SQL notebook"});
  });
});

describe("studyLabel(title, id)", () => {
  it("falls back to the other language, then to the id", () => {
    expect(studyLabel({zh: "P 街道小组", en: "P Street group"}, "p")).toEqual({
      zh: "P 街道小组",
      en: "P Street group"
    });
    expect(studyLabel({zh: "P 街道小组"}, "p")).toEqual({zh: "P 街道小组", en: "P 街道小组"});
    expect(studyLabel(undefined, "p")).toEqual({zh: "p", en: "p"});
  });
});

describe("chromeDictionary(names)", () => {
  it("is a JSON data element keyed by the static text, that no title can close", () => {
    const html = chromeDictionary([pageLabel("index"), {zh: "</script>小组", en: "</script> group"}]);
    const {document} = new JSDOM(`<head>${html}</head>`).window;
    const element = document.querySelectorAll("script");
    expect(element).toHaveLength(1);
    expect(element[0]!.type).toBe("application/json");
    expect(JSON.parse(element[0]!.textContent!)).toEqual({
      "概览 · Overview": {zh: "概览", en: "Overview"},
      "</script>小组 · </script> group": {zh: "</script>小组", en: "</script> group"}
    });
  });
});
