import {describe, expect, it} from "vitest";
import {tableFromCells} from "../../../loaders/read/raw-table.js";
import {inputError} from "./fixtures.js";

const file = "pre.csv";

describe("tableFromCells(records, lineNumbers, options)", () => {
  it("trims header names, keeps duplicates, reads blank cells as null and skips blank rows", () => {
    const table = tableFromCells(
      [
        ["\uFEFF编号 ", "Q1", "Q1"],
        ["S01", " ", "3"],
        ["", "", ""],
        ["S02", "4", ""]
      ],
      [1, 2, 3, 4],
      {file, encoding: "utf-8"}
    );
    expect(table).toEqual({
      file,
      headers: ["编号", "Q1", "Q1"],
      rows: [
        ["S01", null, "3"],
        ["S02", "4", null]
      ],
      rowNumbers: [2, 4],
      encoding: "utf-8",
      warnings: []
    });
  });

  it("drops the empty column a trailing separator leaves", () => {
    const table = tableFromCells(
      [
        ["a", "b", ""],
        ["1", "2", ""]
      ],
      [1, 2],
      {file}
    );
    expect(table.headers).toEqual(["a", "b"]);
    expect(table.rows).toEqual([["1", "2"]]);
  });

  it("pads short rows and warns once, naming the first", () => {
    const table = tableFromCells([["a", "b", "c"], ["1", "2", "3"], ["4"], ["5", "6"]], [1, 2, 3, 4], {file});
    expect(table.rows).toEqual([
      ["1", "2", "3"],
      ["4", null, null],
      ["5", "6", null]
    ]);
    expect(table.warnings).toEqual([
      {
        en: "pre.csv, row 3: this row has fewer cells than the 3 header columns (and 1 more rows); the missing cells are read as empty. Fix: check those rows for a missing separator if the values look shifted",
        zh: "pre.csv，第 3 行：此行的单元格少于表头的 3 列（另有 1 行也是如此）；缺少的单元格按空值读取。解决办法：如果这些行的数值看起来错位了，请检查是否缺少分隔符"
      }
    ]);
  });

  it("refuses values beyond the last header and cells over the cap", async () => {
    const long = await inputError(() =>
      tableFromCells(
        [
          ["a", "b"],
          ["1", "2", "3"]
        ],
        [1, 7],
        {file}
      )
    );
    expect(long.where).toEqual({file, row: 7});
    const big = await inputError(() =>
      tableFromCells(
        [
          ["a", "备注"],
          ["1", "很长很长"]
        ],
        [1, 2],
        {file, maxCellChars: 3}
      )
    );
    expect(big.where).toEqual({file, row: 2, column: "备注"});
  });
});
