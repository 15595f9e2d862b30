import {describe, expect, it} from "vitest";
import {breakdownRows, codeTallyTable, filterQuotes, quoteRows} from "../../../src/lib/qual/index.js";
import {ROWS, segment} from "./fixtures.js";

describe("quoteRows(segments)", () => {
  it("gives one row per passage with its codes, coders and longest excerpt", () => {
    const rows = quoteRows([
      segment({passage: 1, excerpt: "他现在愿意说了", code: "x", coder: "A"}),
      segment({passage: 0, excerpt: "短", code: "y"}),
      segment({passage: 1, excerpt: "他现在愿意说了。", code: "z", coder: "B"}),
      segment({passage: 1, excerpt: "他现在愿意说", code: "x", coder: "B"})
    ]);
    expect(rows.map((r) => [r.passage, r.excerpt, r.codes, r.coders])).toEqual([
      [0, "短", [["T", "y"]], ["A"]],
      [
        1,
        "他现在愿意说了。",
        [
          ["T", "x"],
          ["T", "z"]
        ],
        ["A", "B"]
      ]
    ]);
  });

  it("keeps the excerpt null when excerpts are not published", () => {
    expect(quoteRows([segment({excerpt: null})])[0]!.excerpt).toBeNull();
  });
});

describe("filterQuotes(quotes, filter)", () => {
  const quotes = quoteRows(ROWS.map((r) => ({...r, excerpt: `${r.code}：Text ${r.passage}`})));

  it("filters by theme, code, participant, role and wave together", () => {
    expect(filterQuotes(quotes, {}).map((q) => q.passage)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(filterQuotes(quotes, {theme: "同伴"}).map((q) => q.passage)).toEqual([0, 1, 4, 5]);
    expect(
      filterQuotes(quotes, {code: "朋友", participant: "P2", wave: "pre"}).map((q) => q.passage)
    ).toEqual([4]);
    expect(filterQuotes(quotes, {role: "worker", theme: null}).map((q) => q.passage)).toEqual([5]);
  });

  it("searches excerpts, codes and source names without regard to case", () => {
    expect(filterQuotes(quotes, {query: "text 3"}).map((q) => q.passage)).toEqual([3]);
    expect(filterQuotes(quotes, {query: "互助"}).map((q) => q.passage)).toEqual([1, 5]);
    expect(filterQuotes(quotes, {query: "NOTE"}).map((q) => q.passage)).toEqual([5]);
  });
});

describe("breakdownRows(tallies, by)", () => {
  it("puts each code's overall tally beside its tally at each level", () => {
    const rows = breakdownRows(codeTallyTable(ROWS), "role");
    expect(rows.find((r) => r.code === "互助")).toEqual({
      theme: "同伴",
      code: "互助",
      total: {theme: "同伴", code: "互助", segments: 2, participants: 1},
      levels: {
        member: {theme: "同伴", code: "互助", segments: 1, participants: 1},
        worker: {theme: "同伴", code: "互助", segments: 1, participants: 0}
      }
    });
  });
});
