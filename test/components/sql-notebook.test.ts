import {describe, expect, it} from "vitest";
import {chartColumns, columnFormat, errorText, withDecimals} from "../../src/components/sql-notebook.js";

describe("columnFormat(type, values)", () => {
  it("prints integers as integers", () => {
    expect(columnFormat("Int64", [6, 7])(6)).toBe("6");
  });

  it("prints doubles with the decimals the column needs, the same on every row", () => {
    const means = columnFormat("Float64", [2.98, 3]);
    expect([2.98, 3].map(means)).toEqual(["2.98", "3.00"]);
    expect(columnFormat("Float64", [0.003])(0.003)).toBe("0.003");
    // Six significant digits of an unrounded double, not 17.
    expect(columnFormat("Float64", [2.359375, 0.5842997946260122])(0.5842997946260122)).toBe("0.58430");
  });

  it("keeps a DECIMAL's scale, text as text and null as a dash", () => {
    expect(columnFormat("Decimal[18e+3]", [1.5])(1.5)).toBe("1.500");
    expect(columnFormat("Utf8", ["a"])("a")).toBe("a");
    expect(columnFormat("Float64", [null])(null)).toBe("—");
  });
});

describe("chartColumns(types)", () => {
  it("charts the first non-integer number (a mean, not its n) by the first text column", () => {
    expect(chartColumns({subscale: "Utf8", n: "Int64", mean: "Float64"})).toEqual({x: "subscale", y: "mean"});
  });

  it("falls back to an integer column, and to no x for a single column", () => {
    expect(chartColumns({wave: "Utf8", n: "Int64"})).toEqual({x: "wave", y: "n"});
    expect(chartColumns({score: "Float64"})).toEqual({x: undefined, y: "score"});
  });
});

describe("errorText(error)", () => {
  it("says DuckDB's LINE … ^ block once", () => {
    const block = "LINE 1: SELECT nonsense FROM nowhere\n                              ^";
    const error = new Error(`Catalog Error: Table with name nowhere does not exist!\n\n${block}\n${block}`);
    expect(errorText(error)).toBe(`Catalog Error: Table with name nowhere does not exist!\n\n${block}`);
  });
});

describe("withDecimals(rows, types)", () => {
  it("scales DECIMAL columns, which Arrow gives as unscaled integers in text", () => {
    const rows = withDecimals(
      [
        {d: '"150"', s: "x"},
        {d: null, s: "y"}
      ],
      {d: "Decimal[4e+2]", s: "Utf8"}
    );
    expect(rows).toEqual([
      {d: 1.5, s: "x"},
      {d: null, s: "y"}
    ]);
    expect(columnFormat("Decimal[4e+2]", [1.5])(rows[0]!.d)).toBe("1.50");
  });
});
