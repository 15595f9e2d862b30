import {describe, expect, it} from "vitest";
import {agreementCaption} from "../../../src/components/qual/labels.js";
import {document} from "../dom.js";

describe("agreementCaption(pair, lang)", () => {
  const pair = {coder_a: "社工 王敏", coder_b: "督导 李老师", documents: 4, n: 24};
  it("names the coders as written, marked as not to be translated", () => {
    const caption = document.createElement("caption");
    caption.append(...agreementCaption(pair, "en", document));
    expect(caption.textContent).toBe(
      "Intercoder agreement per code (A: 社工 王敏, B: 督导 李老师; 4 documents, 24 passages)"
    );
    expect([...caption.querySelectorAll('[translate="no"]')].map((s) => s.textContent)).toEqual([
      "社工 王敏",
      "督导 李老师"
    ]);
  });

  it("in Chinese", () => {
    const caption = document.createElement("caption");
    caption.append(...agreementCaption(pair, "zh", document));
    expect(caption.textContent).toBe(
      "各编码的编码者间一致性（A：社工 王敏，B：督导 李老师；文档数 4，段落数 24）"
    );
  });
});
