import {describe, expect, it} from "vitest";
import {cut, detectEndConvention, type PositionedSelection} from "../../../loaders/qual/text-positions.js";

const points = (text: string) => Array.from(text);
const select = (
  text: string,
  phrase: string,
  inclusive: boolean,
  name: string | null = null
): PositionedSelection => {
  const start = Array.from(text.slice(0, text.indexOf(phrase))).length;
  const end = start + Array.from(phrase).length;
  return {points: points(text), start, end: inclusive ? end - 1 : end, name};
};

describe("cut(points, start, end, convention)", () => {
  it("counts code points, so astral characters before a selection do not shift it", () => {
    const text = points("😀😀孩子说𝒜好");
    expect(cut(text, 2, 4, "exclusive")).toBe("孩子");
    expect(cut(text, 2, 3, "inclusive")).toBe("孩子");
    expect(cut(text, 5, 6, "exclusive")).toBe("𝒜");
  });

  it("is null for positions outside the text or reversed", () => {
    const text = points("abc");
    expect(cut(text, 0, 4, "exclusive")).toBeNull();
    expect(cut(text, 0, 3, "inclusive")).toBeNull();
    expect(cut(text, 2, 1, "exclusive")).toBeNull();
    expect(cut(text, -1, 1, "exclusive")).toBeNull();
  });
});

describe("detectEndConvention(selections)", () => {
  const english = "I talk to my mum on Fridays, and I have two friends now.";

  it("trusts a name attribute that equals one reading", () => {
    const text = "他现在愿意跟我说学校里的事了。";
    expect(detectEndConvention([select(text, "愿意跟我说", true, "愿意跟我说")]).convention).toBe(
      "inclusive"
    );
    expect(detectEndConvention([select(text, "愿意跟我说", false, "愿意跟我说")]).convention).toBe(
      "exclusive"
    );
  });

  it("takes an end at the text's length as exclusive and start === end as inclusive", () => {
    expect(detectEndConvention([select("好朋友", "朋友", false)]).convention).toBe("exclusive");
    expect(detectEndConvention([select("好朋友", "好", true)]).convention).toBe("inclusive");
  });

  it("falls back to word boundaries in spaced scripts", () => {
    const selections = (inclusive: boolean) =>
      ["talk to my mum", "two friends", "I have"].map((p) => select(english, p, inclusive));
    expect(detectEndConvention(selections(false))).toEqual({convention: "exclusive", warning: null});
    expect(detectEndConvention(selections(true))).toEqual({convention: "inclusive", warning: null});
  });

  it("says when it cannot tell or when the evidence conflicts", () => {
    const unclear = detectEndConvention([select("他现在愿意跟我说学校里的事了。", "愿意", false)]);
    expect(unclear.convention).toBe("exclusive");
    expect(unclear.warning).toEqual({
      en: "could not tell whether selection ends are inclusive or exclusive; read them as exclusive (set endPosition: inclusive if excerpts lack their last character)",
      zh: "无法判断选段的结束位置是否包含最后一个字符；已按不包含（exclusive）读取（如果摘录缺少最后一个字符，请设置 endPosition: inclusive）"
    });
    const mixed = detectEndConvention([
      select("好朋友", "朋友", false),
      select("好朋友", "好", true),
      select("好朋友", "好", true)
    ]);
    expect(mixed).toEqual({
      convention: "inclusive",
      warning: {
        en: "text positions look inclusive in 2 selections but not in 1; read them as inclusive (set endPosition to override)",
        zh: "2 个选段的结束位置看起来包含最后一个字符，但 1 个不是；已按包含（inclusive）读取（可设置 endPosition 指定）"
      }
    });
    expect(detectEndConvention([])).toEqual({convention: "exclusive", warning: null});
  });
});
