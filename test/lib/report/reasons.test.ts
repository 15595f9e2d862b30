import {describe, expect, it} from "vitest";
import {exclusionReason} from "../../../src/lib/report/reasons.js";

describe("exclusionReason(reason, lang)", () => {
  it("says the ingest's reasons in Chinese and leaves them as written in English", () => {
    expect(exclusionReason("duplicate submission (kept raw/pre.csv row 5)", "zh")).toBe(
      "重复提交（保留 raw/pre.csv 第 5 行）"
    );
    expect(exclusionReason("no participant id", "zh")).toBe("缺少参与者编号");
    expect(exclusionReason("wave 'T3' is not declared in study.yaml", "zh")).toBe(
      "测量时点“T3”未在 study.yaml 中声明"
    );
    expect(exclusionReason("repeated answer to item q1 (kept a later row)", "zh")).toBe(
      "题目 q1 重复作答（保留较晚的一行）"
    );
    expect(exclusionReason("no participant id", "en")).toBe("no participant id");
    expect(exclusionReason("something new", "zh")).toBe("something new");
  });
});
