import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {decodeText} from "../../../loaders/read/decode-text.js";
import {inputError, surveyFixture} from "./fixtures.js";

const file = "pre.csv";
const text = "编号,姓名\r\nS01,王小明\r\n";
const utf16 = (bom: number[], littleEndian: boolean) => {
  const units = Buffer.from(text, "utf16le");
  if (!littleEndian) units.swap16();
  return Buffer.concat([Buffer.from(bom), units]);
};

describe("decodeText(bytes, {file, encoding})", () => {
  it("follows a BOM first", () => {
    expect(decodeText(Buffer.from("\uFEFF" + text), {file})).toEqual({text, encoding: "utf-8-bom"});
    expect(decodeText(utf16([0xff, 0xfe], true), {file})).toEqual({text, encoding: "utf-16le"});
    expect(decodeText(utf16([0xfe, 0xff], false), {file})).toEqual({text, encoding: "utf-16be"});
  });

  it("takes strict UTF-8, then GB18030", () => {
    expect(decodeText(Buffer.from(text), {file})).toEqual({text, encoding: "utf-8"});
    const gbk = new Uint8Array([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb]); // 编号,姓名 in GBK
    expect(decodeText(gbk, {file})).toEqual({text: "编号,姓名", encoding: "gb18030"});
  });

  it("refuses binary data, and reads UTF-16 without a BOM only when told", async () => {
    const error = await inputError(() => decodeText(utf16([], true), {file}));
    expect(error.what).toBe("this is not a text table: it holds binary data");
    expect(decodeText(utf16([], true), {file, encoding: "utf-16le"})).toEqual({text, encoding: "utf-16le"});
  });

  it("lets the detector break a tie that GB18030 would win with nonsense", () => {
    // Big5 bytes are mostly valid GB18030 too; the detector is sure they are Big5.
    const decoded = decodeText(readFileSync(surveyFixture("plain/pre-big5.csv")), {file});
    expect(decoded.encoding).toBe("big5");
    expect(decoded.text).toMatch(/^編號,姓名,組別/);
  });

  it("names the first line with undecodable bytes", async () => {
    const bytes = Buffer.concat([Buffer.from("编号,得分\nS01,4\n"), Buffer.from([0xff, 0xfe, 0x35])]);
    const error = await inputError(() => decodeText(bytes, {file}));
    expect(error.where).toEqual({file, row: 3});
    expect(error.what).toMatch(/^the text is not valid UTF-8 or GB18030: it has undecodable bytes/);
  });

  it("uses a forced encoding, and says when the file is not in it", async () => {
    const gbk = new Uint8Array([0xb1, 0xe0, 0xba, 0xc5]);
    expect(decodeText(gbk, {file, encoding: "gbk"})).toEqual({text: "编号", encoding: "gbk"});
    const wrong = await inputError(() => decodeText(gbk, {file, encoding: "utf-8"}));
    expect(wrong.message).toBe(
      "pre.csv: the file is not valid utf-8 text, but the encoding option says it is (it looks like gb18030). Fix: remove the encoding option so Evalbook detects the encoding"
    );
    const unknown = await inputError(() => decodeText(gbk, {file, encoding: "gbk2312"}));
    expect(unknown.what).toBe('"gbk2312" is not an encoding Evalbook knows');
  });
});
