// Answer counts as the published site shows them: one rule for distributions.parquet and the distributions page.
import {describe, expect, it} from "vitest";
import {HIDDEN_ANSWER, publishedAnswerCounts, type AnswerCount} from "../../src/lib/hidden-answers.js";

const policy = {published: true, min_cell: 3, excerpts: false};
const cell = (group: string, value: number, n: number): AnswerCount => ({
  instrument: "s",
  item: "q1",
  wave: "pre",
  group,
  value,
  n
});

describe("publishedAnswerCounts", () => {
  it("merges a small count and the next smallest (the item's n would give a lone one away) into one row", () => {
    const counts = [cell("a", 1, 2), cell("a", 2, 4), cell("a", 3, 5), cell("a", 4, 6)];
    expect(publishedAnswerCounts(counts, policy)).toEqual([
      cell("a", HIDDEN_ANSWER, 6),
      cell("a", 3, 5),
      cell("a", 4, 6)
    ]);
  });

  it("keeps rows already merged, and adds the pooled view's newly hidden answers to them", () => {
    // Groups a and b pooled: a's hidden 6 stays hidden; pooled answer 2 (1 + 1 from b) is small, 3 goes beside it.
    const pooled = [cell("all", HIDDEN_ANSWER, 6), cell("all", 2, 2), cell("all", 3, 5), cell("all", 4, 9)];
    expect(publishedAnswerCounts(pooled, policy)).toEqual([
      cell("all", HIDDEN_ANSWER, 13),
      cell("all", 4, 9)
    ]);
  });

  it("hides nothing where no count is small, and nothing in npm run dev", () => {
    const counts = [cell("a", 1, 3), cell("a", 2, 0), cell("a", 3, 7)];
    expect(publishedAnswerCounts(counts, policy)).toEqual(counts);
    const small = [cell("a", 1, 1), cell("a", 2, 9)];
    expect(publishedAnswerCounts(small, {...policy, published: false})).toEqual(small);
  });
});
