import {describe, expect, it} from "vitest";
import {optionValue} from "../../../loaders/read/option-value.js";

const agreement = {1: "非常不同意", 2: "比较不同意", 3: "一般", 4: "比较同意", 5: "非常同意"};

describe("optionValue(text, labels)", () => {
  it("maps option text to its scale value after trimming and width folding", () => {
    expect(
      ["非常同意", "比较同意", "一般", "比较不同意", "非常不同意"].map((text) => optionValue(text, agreement))
    ).toEqual([5, 4, 3, 2, 1]);
    expect(optionValue(" 比较同意 ", agreement)).toBe(4);
    expect(optionValue("不适用(Ｎ/Ａ)", {0: "不适用(N/A)", 1: "是"})).toBe(0);
  });

  it("accepts a bare number within the labelled range, full-width or with 分", () => {
    expect(optionValue("3", agreement)).toBe(3);
    expect(optionValue("４", agreement)).toBe(4);
    expect(optionValue("4分", {1: "1分", 5: "5分"})).toBe(4);
  });

  it("is undefined for anything else", () => {
    expect(optionValue("同意", agreement)).toBeUndefined();
    expect(optionValue("6", agreement)).toBeUndefined();
    expect(optionValue("", agreement)).toBeUndefined();
    expect(optionValue("3", {})).toBeUndefined();
  });
});
