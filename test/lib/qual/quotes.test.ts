import {describe, expect, it} from "vitest";
import {
  breakdownRows,
  choices,
  codeTallyTable,
  filterQuotes,
  labelledQuotes,
  publishedQuotes,
  quoteChoices,
  quoteRows
} from "../../../src/lib/qual/index.js";
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

describe("publishedQuotes(segments, policy)", () => {
  it("lists every passage in npm run dev", () => {
    const {quotes, hidden} = publishedQuotes(ROWS, {published: false, min_cell: 3, excerpts: true});
    expect(quotes.map((q) => q.passage)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(hidden).toEqual([]);
  });

  it("leaves out the passages of roles with fewer than min_cell participants, keeping those about nobody", () => {
    const {quotes, hidden} = publishedQuotes(ROWS, {published: true, min_cell: 2, excerpts: true});
    expect(quotes.map((q) => q.passage)).toEqual([5]);
    expect(hidden).toEqual([
      {role: "member", n: 1},
      {role: "parent", n: 1}
    ]);
  });
});

describe("choices(values)", () => {
  it("offers each value once, in order of first appearance, without blanks", () => {
    expect(choices(["b", null, "a", "b"])).toEqual(["b", "a"]);
  });
});

describe("quoteChoices(segments, quotes, theme)", () => {
  const quotes = quoteRows(ROWS);

  it("offers every theme, code, participant (sorted), role and wave", () => {
    expect(quoteChoices(ROWS, quotes)).toEqual({
      themes: ["自信", "同伴"],
      codes: ["相信自己", "朋友", "互助"],
      participants: ["P1", "P2"],
      roles: ["member", "parent", "worker"],
      waves: ["post", "pre"]
    });
  });

  it("offers only the chosen theme's codes", () => {
    expect(quoteChoices(ROWS, quotes, "同伴").codes).toEqual(["朋友", "互助"]);
  });
});

describe("labelledQuotes(quotes, options)", () => {
  const quotes = quoteRows([
    segment({participant: "P-0123456789", source: "访谈 P-0123456789.docx"}),
    segment({passage: 1, participant: null, source: "note"})
  ]);
  const labelOf = (p: string) => (p === "P-0123456789" ? "参与者 1" : "?");

  it("labels participants, and the pseudonyms in source names of the published site", () => {
    expect(labelledQuotes(quotes, {labelOf, published: true}).map((q) => [q.participant, q.source])).toEqual([
      ["参与者 1", "访谈 参与者 1.docx"],
      [null, "note"]
    ]);
    expect(labelledQuotes(quotes, {labelOf, published: false})[0]!.source).toBe("访谈 P-0123456789.docx");
  });
});
