import {describe, expect, it} from "vitest";
import {readTable} from "../../../loaders/read/read-table.js";
import {surveyFixture} from "./fixtures.js";

const pre = {
  headers: ["编号", "姓名", "手机", "组别", "1、我能够表达自己的情绪", "2、我有可以倾诉的朋友", "备注"],
  rows: [
    ["S01", "王小明", "13800000001", "实验组", "4", "5", "第一次参加"],
    ["S02", "陈丽", "13800000002", "对照组", "3", null, "家长代填，\n第二题未答"],
    ["S03", "刘洋", "13800000003", "实验组", "5", "4", '说："很开心"']
  ]
};

describe("readTable(file, options)", () => {
  it.each([
    ["plain/pre-utf8.csv", "utf-8"],
    ["plain/pre-utf8-bom.csv", "utf-8-bom"],
    ["plain/pre-gbk.csv", "gb18030"],
    ["plain/pre-utf16le.txt", "utf-16le"],
    ["plain/pre-utf16be.txt", "utf-16be"]
  ])("reads %s (%s) to the same table, numbering rows by line", async (name, encoding) => {
    const table = await readTable(surveyFixture(name));
    // S02's quoted note spans lines 3–4, so S03 is on line 5.
    const {headers, rows, rowNumbers} = table;
    expect({headers, rows, rowNumbers, encoding: table.encoding}).toEqual({
      ...pre,
      rowNumbers: [2, 3, 5],
      encoding
    });
  });

  it("reads a semicolon-separated file and a header-only file (zero rows, not an error)", async () => {
    expect((await readTable(surveyFixture("plain/post-semicolon.csv"))).rows).toEqual([pre.rows[0]]);
    const empty = await readTable(surveyFixture("plain/header-only.csv"));
    expect(empty.headers).toEqual(pre.headers);
    expect(empty.rows).toEqual([]);
  });

  it("reads the first XLSX sheet, or a named one, with sheet row numbers, dates and exact numbers", async () => {
    const first = await readTable(surveyFixture("plain/pre-post.xlsx"));
    expect({headers: first.headers, rows: first.rows, rowNumbers: first.rowNumbers}).toEqual({
      ...pre,
      rowNumbers: [2, 3, 4]
    });
    expect(first.encoding).toBeUndefined();
    const long = await readTable(surveyFixture("plain/pre-post.xlsx"), {sheet: "长表"});
    expect(long.headers).toEqual(["编号", "测量", "题目", "得分", "填写时间"]);
    expect(long.rows).toEqual([
      ["S01", "前测", "Q1", "4", "2024-03-01 10:02:11"],
      ["S01", "后测", "Q1", "5.5", "2024-05-01"],
      ["S02", "前测", "Q1", "3", null]
    ]);
    // Row 4 of the sheet is blank.
    expect(long.rowNumbers).toEqual([2, 3, 5]);
  });
});
