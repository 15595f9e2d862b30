import {describe, expect, it} from "vitest";
import {toCSV} from "../../src/lib/csv.js";

describe("toCSV(rows, options)", () => {
  it("writes a header from the keys and CRLF line ends (RFC 4180)", () => {
    expect(
      toCSV([
        {a: 1, b: "x"},
        {a: 2, c: true}
      ])
    ).toBe("a,b,c\r\n1,x,\r\n2,,true\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(toCSV([{v: 'say "hi", then\nleave'}])).toBe('v\r\n"say ""hi"", then\nleave"\r\n');
  });

  it("follows the given columns and headers", () => {
    const rows = [{participant: "A1", score: 3.5}];
    expect(toCSV(rows, {columns: [{key: "score", header: "得分"}, "participant"]})).toBe(
      "得分,participant\r\n3.5,A1\r\n"
    );
  });

  it("writes a column's value through its format", () => {
    const rows = [{group: "all", n: 7}];
    const columns = [{key: "group", header: "组别", format: (g: unknown) => (g === "all" ? "全体" : g)}, "n"];
    expect(toCSV(rows, {columns})).toBe("组别,n\r\n全体,7\r\n");
  });

  it("prefixes a UTF-8 BOM on request so Excel reads Chinese", () => {
    const csv = toCSV([{组别: "儿童组"}], {bom: true});
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("组别\r\n儿童组\r\n");
  });

  it("writes missing and non-finite values as empty cells, dates as ISO", () => {
    expect(toCSV([{a: null, b: undefined, c: NaN, d: Infinity, e: new Date(Date.UTC(2026, 10, 23))}])).toBe(
      "a,b,c,d,e\r\n,,,,2026-11-23T00:00:00.000Z\r\n"
    );
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const attacks = [
      "=1+1",
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1)",
      "\t=1",
      "\r=1",
      '=HYPERLINK("http://x","y")'
    ];
    const csv = toCSV(attacks.map((v) => ({v})));
    const cells = csv.split("\r\n").slice(1, -1);
    expect(cells[0]).toBe("'=1+1");
    expect(cells[1]).toBe("'+cmd|' /C calc'!A0");
    expect(cells[2]).toBe("'-2+3");
    expect(cells[3]).toBe("'@SUM(A1)");
    expect(cells[4]).toBe("'\t=1");
    expect(cells[5]).toBe('"\'\r=1"');
    expect(cells[6]).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("neutralises formulas in headers too", () => {
    expect(toCSV([{"=evil": 1}]).split("\r\n")[0]).toBe("'=evil");
  });

  it("leaves plain numbers alone, as numbers or as numeric strings", () => {
    expect(toCSV([{a: -0.5, b: "-0.5", c: "+3", d: "-1e-3", e: -12}])).toBe(
      "a,b,c,d,e\r\n-0.5,-0.5,+3,-1e-3,-12\r\n"
    );
  });
});
