import {describe, expect, it} from "vitest";
import {tablesNamed} from "../../src/components/duckdb.js";

describe("tablesNamed(text, names)", () => {
  const names = ["scores", "items", "item_reliability", "change"];

  it("finds the tables a statement names as words, in any case and quoted", () => {
    expect(tablesNamed("SELECT * FROM scores", names)).toEqual(["scores"]);
    expect(tablesNamed(`SELECT r.item FROM "item_reliability" r JOIN ITEMS i USING (item)`, names)).toEqual([
      "items",
      "item_reliability"
    ]);
    expect(tablesNamed("SELECT *\nFROM change\nWHERE category = 'improved'", names)).toEqual(["change"]);
  });

  it("does not take a longer name, a column or a part of a word for a table", () => {
    expect(tablesNamed("SELECT item, scores_x, changed FROM item_reliability", names)).toEqual([
      "item_reliability"
    ]);
    expect(tablesNamed("SELECT 1", names)).toEqual([]);
  });
});
