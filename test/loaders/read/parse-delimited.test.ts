import {describe, expect, it} from "vitest";
import {parseDelimited} from "../../../loaders/read/parse-delimited.js";
import {inputError} from "./fixtures.js";

const file = "pre.csv";

describe("parseDelimited(text, options)", () => {
  it("detects comma, tab and semicolon", () => {
    for (const delimiter of [",", "\t", ";"]) {
      const text = ["编号,姓名", "S01,王小明", "S02,陈丽"]
        .map((line) => line.replace(",", delimiter))
        .join("\n");
      expect(parseDelimited(text, {file}).headers).toEqual(["编号", "姓名"]);
    }
  });

  it("prefers the separator that splits every row alike", () => {
    // Commas inside answers of a tab-separated file must not win.
    const text = "编号\t备注\nS01\t好,很好\nS02\t一般,还行,可以\n";
    expect(parseDelimited(text, {file}).rows).toEqual([
      ["S01", "好,很好"],
      ["S02", "一般,还行,可以"]
    ]);
  });

  it("numbers rows by the line they start on, across quoted line breaks and blank lines", () => {
    const crlf = parseDelimited(
      'id,note\r\nS01,"one\r\ntwo\r\nthree"\r\nS02,x\r\n\r\nS03,"a\r\nb"\r\nS04,y',
      {file}
    );
    expect(crlf.rows.map((row) => row[0])).toEqual(["S01", "S02", "S03", "S04"]);
    expect(crlf.rowNumbers).toEqual([2, 5, 7, 9]);
    expect(crlf.rows[0]![1]).toBe("one\r\ntwo\r\nthree");
    // Excel for Mac's "CSV (Macintosh)" ends lines with a lone CR.
    expect(parseDelimited('id,note\rS01,"a\rb"\rS02,c\r', {file}).rowNumbers).toEqual([2, 4]);
  });

  it("reports where an unclosed quote starts", async () => {
    const error = await inputError(() => parseDelimited('id,note\nS01,ok\nS02,"never\nS03,closed\n', {file}));
    expect(error.where).toEqual({file, row: 3});
    expect(error.fix).toBe('add the missing closing quote (") or remove the stray one');
  });
});
