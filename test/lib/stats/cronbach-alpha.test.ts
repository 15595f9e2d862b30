import {describe, expect, it} from "vitest";
import {cronbachAlpha, cronbachAlphaPairwise} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases} from "./r-fixtures.js";

type Inputs = {items: (number | null)[][]};

describe("cronbachAlpha(items)", () => {
  it.each(loadCases<Inputs>("cronbach-alpha"))(
    "matches alpha, Feldt's interval and item statistics from R (case %#)",
    ({items, expected}) => {
      expectMatchesR("alpha", cronbachAlpha(items), expected);
    }
  );

  // Integer answers go through exact sums; decimals through two passes over the columns. α and the item
  // statistics do not change when every answer is shifted and scaled alike, so R's values hold for both.
  it.each(loadCases<Inputs>("cronbach-alpha"))(
    "matches R's values on the same answers as decimals (case %#)",
    ({items, expected}) => {
      const decimals = items.map((row) => row.map((x) => (x === null ? null : x / 4 + 0.1)));
      expectMatchesR("alpha of decimals", cronbachAlpha(decimals), expected);
    }
  );
});

/** Rows of answers (null: missing) → columns with NaN for missing. */
const byItem = (rows: (number | null)[][]) =>
  rows[0].map((_, j) => Float64Array.from(rows, (row) => row[j] ?? NaN));

// psych::alpha against the real datasets: test/loaders/ingest/real-studies.test.ts and demo-vs-r.test.ts.
describe("cronbachAlphaPairwise(columns)", () => {
  it("equals listwise alpha when every answer is there", () => {
    const rows = [
      [4, 5, 4],
      [2, 3, 2],
      [3, 3, 4],
      [5, 4, 5],
      [1, 2, 2]
    ];
    const {alpha, n} = cronbachAlphaPairwise(byItem(rows));
    expect(n).toBe(5);
    expect(alpha).toBeCloseTo(cronbachAlpha(rows).alpha, 12);
  });

  it("counts everyone who answered an item, not those who answered none", () => {
    const rows = [
      [4, 5, 4],
      [2, null, 2],
      [3, 3, null],
      [5, 4, 5],
      [null, null, null],
      [1, 2, 2]
    ];
    const pairwise = cronbachAlphaPairwise(byItem(rows));
    expect(pairwise.n).toBe(5);
    expect(cronbachAlpha(rows).n).toBe(3);
    expect(pairwise.alpha).not.toBeCloseTo(cronbachAlpha(rows).alpha, 6);
  });
});
