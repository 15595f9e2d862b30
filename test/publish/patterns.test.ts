import {describe, expect, it} from "vitest";
import {
  context,
  findPatterns,
  isResidentId,
  maskValue,
  normalizeForPatterns
} from "../../loaders/publish/patterns.js";

const kinds = (text: string) =>
  findPatterns(text).map((m) => [m.kind, text.slice(m.index, m.index + m.length)]);

describe("isResidentId(text)", () => {
  it("accepts 18-character numbers with any check character (a mistyped one still names its holder), and old 15-digit ones", () => {
    expect(isResidentId("11010519491231002X")).toBe(true); // the standard's own example
    expect(isResidentId("11010519491231002x")).toBe(true);
    expect(isResidentId("110105194912310021")).toBe(true); // wrong check character
    expect(isResidentId("110105491231002")).toBe(true);
  });

  it("refuses an impossible birth date or an unknown province", () => {
    expect(isResidentId("110105194902300025")).toBe(false); // 30 February
    expect(isResidentId("990105194912310021")).toBe(false);
    expect(isResidentId("110105491331002")).toBe(false); // month 13
  });
});

describe("findPatterns(text)", () => {
  it("finds mobile numbers, with country code and separators, inside Chinese text", () => {
    expect(kinds("家长电话13812345678，或+86 139-1234-5678")).toEqual([
      ["mobile", "13812345678"],
      ["mobile", "+86 139-1234-5678"]
    ]);
  });

  it("finds resident IDs with a right or a wrong check character", () => {
    expect(kinds("身份证 11010519491231002X；另 110105194912310021")).toEqual([
      ["resident-id", "11010519491231002X"],
      ["resident-id", "110105194912310021"]
    ]);
  });

  it("finds phones and e-mails written to slip past a search, once the text is normalised", () => {
    const written = [
      ["138.1234.5678", "13812345678"],
      ["138 1234 567 8", "13812345678"],
      ["一三八一二三四五六七八", "13812345678"],
      ["138\u200b1234\u200b5678", "13812345678"],
      ["(138)1234-5678", "13812345678"],
      ["wx_13812345678", "13812345678"],
      ["wang.xiaoming(at)example.com", "wang.xiaoming@example.com"],
      ["王小明@example.com", "王小明@example.com"],
      ["１３８１２３４５６７８", "13812345678"]
    ];
    for (const [text, value] of written) {
      const found = kinds(normalizeForPatterns(`联系 ${text} 谢谢`));
      expect(found.length, text).toBe(1);
      const got = found[0]![1]!;
      expect(value.includes("@") ? got : got.replace(/\D/g, ""), text).toBe(value);
    }
  });

  it("finds e-mail, IPv4 and IPv6 addresses", () => {
    expect(kinds("mail li.si+x@example.edu.cn from 183.192.16.60(上海) or 2409:8a1e:6c31:2d0::1")).toEqual([
      ["email", "li.si+x@example.edu.cn"],
      ["ipv4", "183.192.16.60"],
      ["ipv6", "2409:8a1e:6c31:2d0::1"]
    ]);
  });

  it("ignores versions, hashes, timestamps, times, floats, package specifiers and CSS", () => {
    const legitimate = [
      "Observable Framework v1.13.4, duckdb-wasm 1.32.0, node 20.11.1",
      "scores.5f5a0cf6.parquet index.13820247.js",
      '"lastModified":1795423837189,"size":1270',
      "2026/03/01 10:00:00 and 12:30",
      "0.13812345678901234 and 3.14159265358979",
      "@duckdb/duckdb-wasm@1.32.0 htl@0.3.1",
      "a::before, 1.2.3.4.5, 138123456789",
      "P-3fa1c2b4d5 sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    ];
    for (const text of legitimate) expect(kinds(text), text).toEqual([]);
  });
});

describe("maskValue(value) and context(text, match)", () => {
  it("keeps only the ends of a value", () => {
    expect(maskValue("13812345678")).toBe("138******78");
    expect(maskValue("张三")).toBe("张*");
  });

  it("masks every value in the window, not only the one reported", () => {
    const text = "电话 13812345678 / 13912345678 结束";
    const all = findPatterns(text);
    expect(context(text, all[0]!, all)).toBe("电话 138******78 / 139******78 结束");
  });
});
