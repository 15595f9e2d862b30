import {describe, expect, it} from "vitest";
import {levelColumn} from "../../src/components/figure.js";
import {toCSV} from "../../src/lib/csv.js";

describe("levelColumn(key, header, levels, lang)", () => {
  const groups = [
    {id: "all", label: {zh: "全体", en: "All"}},
    {id: "kids", label: {zh: "儿童组", en: "Children"}}
  ];

  it("exports group ids as their names in the page language, never the id", () => {
    const rows = [
      {group: "all", n: 7},
      {group: "kids", n: 3}
    ];
    expect(toCSV(rows, {columns: [levelColumn("group", "组别", groups, "zh"), "n"]})).toBe(
      "组别,n\r\n全体,7\r\n儿童组,3\r\n"
    );
    expect(toCSV(rows, {columns: [levelColumn("group", "Group", groups, "en"), "n"]})).toBe(
      "Group,n\r\nAll,7\r\nChildren,3\r\n"
    );
  });

  it("falls back to the id of a level it does not know", () => {
    expect(toCSV([{group: "x"}], {columns: [levelColumn("group", "Group", groups, "en")]})).toBe(
      "Group\r\nx\r\n"
    );
  });
});
