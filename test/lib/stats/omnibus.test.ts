import {describe, expect, it} from "vitest";
import {friedmanTest, pairwiseComparisons, repeatedMeasuresAnova} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases, type Value} from "./r-fixtures.js";

type Inputs = {shape: string; waves: (number | null)[][]};
type Output = {
  friedman: Record<string, Value>;
  rm_anova: Record<string, Value>;
  pairwise: Record<string, Value>[];
};
const cases = loadCases<Inputs, Output>("omnibus");

describe("friedmanTest(waves)", () => {
  it.each(cases)("matches R's friedman.test on the complete cases (case %#)", ({waves, expected}) => {
    expectMatchesR("friedman", friedmanTest(waves), expected.friedman);
  });
});

describe("repeatedMeasuresAnova(waves)", () => {
  it.each(cases)(
    'matches R\'s aov, anova.mlm(test = "Spherical") and mauchly.test (case %#)',
    ({waves, expected}) => {
      expectMatchesR("rm_anova", repeatedMeasuresAnova(waves), expected.rm_anova);
    }
  );

  it("gives no Mauchly test without more cases than contrasts", () => {
    const result = repeatedMeasuresAnova([
      [1, 2, 3],
      [2, 4, 3],
      [3, 3, 5],
      [4, 5, 5]
    ]);
    expect(result.mauchly_w).toBeNaN();
    expect(result.gg_epsilon).toBeGreaterThanOrEqual(1 / 3);
  });
});

describe("pairwiseComparisons(waves)", () => {
  it.each(cases)(
    'matches R\'s paired t.test / wilcox.test with p.adjust(, "holm") (case %#)',
    ({waves, expected}) => {
      const pairs = pairwiseComparisons(waves);
      expect(pairs).toHaveLength(expected.pairwise.length);
      pairs.forEach((pair, i) => expectMatchesR("pairwise", pair, expected.pairwise[i]!));
    }
  );
});
