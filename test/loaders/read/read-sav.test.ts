import {readFile} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {describe, expect, it} from "vitest";
import {readSav} from "../../../loaders/read/read-sav.js";
import {readSurvey} from "../../../loaders/read/read-survey.js";
import {readTable} from "../../../loaders/read/read-table.js";
import {scratch} from "../../fuzz/hostile.js";
import {inputError} from "./fixtures.js";

const sav = (name: string) => fileURLToPath(new URL(`../../fixtures/sav/${name}`, import.meta.url));
const AGREE = {1: "完全不符合", 2: "比较不符合", 3: "不确定", 4: "比较符合", 5: "完全符合", 99: "未作答"};

describe("readSav(file, options)", () => {
  it("reads a bytecode-compressed UTF-8 file: codes as numbers, labels on the columns, declared 99 missing", async () => {
    const table = await readSav(sav("pre.sav"));
    expect(table.format).toBe("spss");
    expect(table.encoding).toBe("utf-8");
    expect(table.headers).toEqual(["学号", "组别", "ase01", "ase02", "ase03", "ase04", "姓名", "开放题"]);
    // The open answer of 1,320 bytes comes back whole from its six segments.
    expect(table.rows).toEqual([
      ["S01号", "1", "1", "2", "3", "2", "张小明同学", "小组活动让我更有信心。".repeat(40)],
      ["S02号", "1", "2", "2", "1", "3", "李华", null],
      ["S03号", "1", "3", null, "2", "3", "王芳芳", "还行"],
      ["S04号", "2", null, "3", "3", "2", "赵雷", null],
      ["S05号", "2", "4", "4", null, "4", "陈静", "希望多举办"],
      ["S06号", "2", "2", "1", "2", "1", "刘洋", null]
    ]);
    expect(table.rowNumbers).toEqual([1, 2, 3, 4, 5, 6]);
    // The two 99s are counted; the system-missing cell of ase02 is simply empty.
    expect(table.missing).toEqual([
      {column: 2, reason: "user_missing", count: 1},
      {column: 4, reason: "user_missing", count: 1}
    ]);
    expect(table.columns[2]).toEqual({
      header: "ase01",
      role: "question",
      text: "我相信自己能够学好各门功课",
      label: "我相信自己能够学好各门功课",
      labels: AGREE
    });
    expect(table.columns[1]!.labels).toEqual({1: "儿童组", 2: "家长组"});
    expect(table.columns[6]).toMatchObject({header: "姓名", role: "pii"});
  });

  it("reads a ZLIB-compressed file (.zsav layout, $FL3)", async () => {
    const table = await readSav(sav("post.sav"));
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]).toEqual(["S01号", "1", "3", "4", "4", "3", "张小明同学"]);
    expect(table.missing).toEqual([{column: 3, reason: "user_missing", count: 1}]);
    expect(table.columns[5]!.labels).toEqual(AGREE);
  });

  it("decodes a GBK file by its character code record, and by an encoding override", async () => {
    for (const options of [{}, {encoding: "gb18030"}]) {
      const table = await readSav(sav("gbk.sav"), options);
      expect(table.headers).toEqual(["ID", "GROUP", "Q1", "Q2"]);
      expect(table.rows).toEqual([
        ["甲一", "1", "1", "5"],
        ["乙二", "2", null, "4"],
        ["丙三", "1", "3", null]
      ]);
      expect(table.columns[2]).toMatchObject({label: "我能学好各门功课", question: "Q1", labels: AGREE});
      expect(table.missing).toEqual([{column: 2, reason: "user_missing", count: 1}]);
    }
  });

  it("is what readSurvey gives for format spss", async () => {
    expect(await readSurvey(sav("pre.sav"), {format: "spss"})).toEqual(await readSav(sav("pre.sav")));
  });
});

describe("readSav on bad files: one line naming the file, what is wrong and the fix", () => {
  it("says a cut-short file is damaged", async () => {
    const bytes = await readFile(sav("pre.sav"));
    const error = await inputError(readSav(await scratch(bytes.subarray(0, 700), "sav")));
    expect(error.what).toMatch(
      /^this SPSS file is damaged or cut short: the file ends inside .* at byte \d+$/
    );
    expect(error.fix).toMatch(/export the file again/);
  });

  it("says a ZLIB file with a damaged block is damaged", async () => {
    const bytes = Buffer.from(await readFile(sav("post.sav")));
    bytes.fill(0x41, bytes.length - 200, bytes.length - 60);
    const error = await inputError(readSav(await scratch(bytes, "sav")));
    expect(error.what).toMatch(/^this SPSS file is damaged or cut short/);
  });

  it("says what a file named .sav really is", async () => {
    const csv = await inputError(readSav(await scratch("学号,q1\nS1,3\n", "sav")));
    expect(csv.message).toMatch(
      /\.sav: this file is not an SPSS data file .*: it is a text \(CSV\) file\. Fix: /
    );
    const xlsx = await inputError(readSav(await scratch(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "sav")));
    expect(xlsx.what).toMatch(/it is an Excel workbook \(\.xlsx\)$/);
  });

  it("says which encoding it cannot decode, and how to set one", async () => {
    const bytes = Buffer.from(await readFile(sav("gbk.sav")));
    const at = bytes.lastIndexOf(Buffer.from("GBK")); // the character code record
    bytes.write("XYZ", at, "latin1");
    const unknown = await inputError(readSav(await scratch(bytes, "sav")));
    expect(unknown.what).toBe('this SPSS file says its text is in "XYZ", an encoding Evalbook cannot decode');
    expect(unknown.fix).toMatch(/encoding: gbk/);
    const wrong = await inputError(readSav(sav("gbk.sav"), {encoding: "utf-8"}));
    expect(wrong.what).toMatch(/is not valid utf-8 text$/);
    const bad = await inputError(readSav(sav("gbk.sav"), {encoding: "klingon"}));
    expect(bad.what).toBe('"klingon" (the encoding option) is not an encoding Evalbook knows');
  });

  it("tells a wide/wjx source that it was given an SPSS file", async () => {
    const error = await inputError(readTable(sav("pre.sav")));
    expect(error.message).toMatch(
      /pre\.sav: this is an SPSS data file \(\.sav\), not a table\. Fix: set format: spss/
    );
  });
});
