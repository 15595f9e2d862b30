import {describe, expect, it} from "vitest";
import {reasonText} from "../../src/lib/exclusion-reason.js";

describe("reasonText(reason, lang)", () => {
  it("translates each reason the ingest writes, keeping file names and rows", () => {
    const reason = "duplicate submission (kept raw/surveys/前测.csv row 5)";
    expect(reasonText(reason, "zh")).toBe("重复提交（保留 raw/surveys/前测.csv 第 5 行）");
    expect(reasonText(reason, "en")).toBe(reason);
    expect(reasonText("no participant id", "zh")).toBe("没有参与者编号");
    expect(reasonText("wave 'T3' is not declared in study.yaml", "zh")).toBe(
      "测量时点“T3”未在 study.yaml 中声明"
    );
    expect(reasonText("group '教师组' is not declared in study.yaml", "en")).toBe(
      "group '教师组' is not declared in study.yaml"
    );
  });

  it("translates the long format's reasons", () => {
    expect(reasonText("repeated answer to item pcc18 (kept a later row)", "zh")).toBe(
      "题目 pcc18 的重复作答（保留较后的一行）"
    );
    expect(reasonText("unknown item 'q99'", "zh")).toBe("未知题目“q99”");
  });

  it("names the published report's kept file by its label in the page's language", () => {
    const reason = "duplicate submission (kept 文件 3 row 18)";
    expect(reasonText(reason, "en")).toBe("duplicate submission (kept File 3 row 18)");
    expect(reasonText(reason, "zh")).toBe("重复提交（保留 文件 3 第 18 行）");
  });

  it("leaves a reason it does not know as written", () => {
    expect(reasonText("something new", "zh")).toBe("something new");
  });

  it("says the published stand-in for a value in the page's language", () => {
    expect(reasonText("wave [text, 37 characters] is not declared in study.yaml", "zh")).toBe(
      "测量时点“［37 个字符的文本］”未在 study.yaml 中声明"
    );
    expect(reasonText("group [text, 2 characters] is not declared in study.yaml", "en")).toBe(
      "group '[text, 2 characters]' is not declared in study.yaml"
    );
  });
});
