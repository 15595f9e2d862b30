// Guardrails on purpose-built cases; the numbers pinned here come from R 4.2.
import {describe, expect, it} from "vitest";
import {
  cohensKappa,
  cronbachAlpha,
  holm,
  oneSampleTest,
  pairedComparison,
  reliableChange,
  twoSampleTest,
  type Guardrail
} from "../../../src/lib/stats/index.js";

const codes = (guardrails: Guardrail[]) => guardrails.map((g) => g.code);
const find = (guardrails: Guardrail[], code: string) => guardrails.find((g) => g.code === code);

describe("pairedComparison(from, to) guardrails", () => {
  it("uses the exact test at n = 6 and reports its smallest p, 0.03125", () => {
    const from = [0, 0, 0, 0, 0, 0];
    const to = [1.2, 0.5, 2.3, 0.8, 1.7, 3.1];
    const result = pairedComparison(from, to);
    expect(result.wilcoxon_method).toBe("exact");
    expect(result.wilcoxon_v).toBe(21);
    expect(result.p_wilcoxon).toBeCloseTo(0.03125, 15);
    expect(result.rank_biserial).toBe(1);
    expect(codes(result.guardrails)).toEqual(["small_n", "exact_test", "min_p"]);
    expect(find(result.guardrails, "min_p")?.value).toBe(0.03125);
    expect(find(result.guardrails, "small_n")?.value).toBe(6);
  });

  it("drops zeros and falls back to the normal approximation with ties", () => {
    const from = [3, 2, 4, 3, 2, 5, 3, 4];
    const to = [4, 3, 4, 5, 3, 5, 4, 5];
    const result = pairedComparison(from, to);
    expect(result.wilcoxon_method).toBe("normal");
    expect(result.wilcoxon_v).toBe(21);
    expect(result.p_wilcoxon).toBeCloseTo(0.026268291382042255, 14);
    expect(find(result.guardrails, "zeros")?.value).toBe(2);
    expect(find(result.guardrails, "ties")?.value).toBe(1);
    expect(codes(result.guardrails)).not.toContain("exact_test");
  });

  it("flags a ceiling at post-test and a floor at pre-test", () => {
    const from = [1, 1, 2, 3, 1, 2, 2, 3, 2, 2];
    const to = [5, 5, 4.5, 5, 3, 4, 5, 4, 3.5, 4];
    const result = pairedComparison(from, to, {scale: {min: 1, max: 5}});
    expect(find(result.guardrails, "ceiling")).toMatchObject({value: 0.4});
    expect(find(result.guardrails, "ceiling")?.message.en).toContain("post-test");
    expect(find(result.guardrails, "floor")).toMatchObject({value: 0.3});
    expect(find(result.guardrails, "floor")?.message.zh).toContain("前测");
    const lenient = pairedComparison(from, to, {
      scale: {min: 1, max: 5},
      boundShare: 0.5
    });
    expect(codes(lenient.guardrails)).not.toContain("ceiling");
  });

  it("returns NaN statistics and zero_variance when every difference is equal", () => {
    const result = pairedComparison([1, 2, 3, 4], [2, 3, 4, 5]);
    expect(result.mean_diff).toBe(1);
    expect(result.t).toBeNaN();
    expect(result.p_t).toBeNaN();
    expect(result.dz).toBeNaN();
    expect(result.dz_ci_low).toBeNaN();
    expect(codes(result.guardrails)).toContain("zero_variance");
  });

  it("drops incomplete pairs and survives having none left", () => {
    const result = pairedComparison([1, null, 3], [null, 2, null]);
    expect(result.n).toBe(0);
    expect(result.mean_diff).toBeNaN();
    expect(result.p_wilcoxon).toBeNaN();
    expect(find(result.guardrails, "missing")?.value).toBe(3);
    expect(find(result.guardrails, "small_n")?.value).toBe(0);
  });

  it("survives a single pair", () => {
    const result = pairedComparison([2], [3]);
    expect(result.n).toBe(1);
    expect(result.t).toBeNaN();
    expect(result.g_av).toBeNaN();
  });

  it("rejects vectors of different lengths (a caller's bug)", () => {
    expect(() => pairedComparison([1, 2], [1])).toThrow(RangeError);
  });
});

describe("oneSampleTest(x, mu) guardrails", () => {
  it("reports scores equal to mu as zeros", () => {
    const result = oneSampleTest([3, 3, 4, 2.5, 4.5, 3.8], 3);
    expect(result.wilcoxon_method).toBe("normal");
    expect(find(result.guardrails, "zeros")?.value).toBe(2);
  });
});

describe("twoSampleTest(x, y) guardrails", () => {
  it("reports the smallest exact p, 2 / choose(6, 3) = 0.1, for 3 against 3", () => {
    const result = twoSampleTest([1.1, 2.2, 3.3], [4.4, 5.5, 6.6]);
    expect(result.wilcoxon_method).toBe("exact");
    expect(result.wilcoxon_w).toBe(0);
    expect(result.p_wilcoxon).toBeCloseTo(0.1, 15);
    expect(result.rank_biserial).toBe(-1);
    expect(find(result.guardrails, "min_p")?.value).toBeCloseTo(0.1, 15);
  });

  it("uses the normal approximation with ties", () => {
    const result = twoSampleTest([1, 2, 2, 3, 4, 5, 6], [1.5, 2.5, 3.5]);
    expect(result.wilcoxon_method).toBe("normal");
    expect(result.wilcoxon_w).toBe(13);
    expect(result.p_wilcoxon).toBeCloseTo(0.64750576842663765, 14);
    expect(codes(result.guardrails)).toContain("ties");
  });

  it("returns NaN for a group of one", () => {
    const result = twoSampleTest([1], [2, 3, 4]);
    expect(result.t).toBeNaN();
    expect(result.g).toBeNaN();
    expect(find(result.guardrails, "small_n")?.value).toBe(1);
  });
});

describe("cronbachAlpha(items) guardrails", () => {
  it("flags two items as few and one item as unusable", () => {
    const two = cronbachAlpha([
      [1, 2],
      [2, 2],
      [3, 4],
      [4, 5]
    ]);
    expect(two.alpha).toBeGreaterThan(0);
    expect(find(two.guardrails, "few_items")?.value).toBe(2);
    const one = cronbachAlpha([[1], [2], [3]]);
    expect(one.alpha).toBeNaN();
    expect(one.item_total).toEqual([NaN]);
    expect(find(one.guardrails, "few_items")?.value).toBe(1);
  });

  it("flags items without variance", () => {
    const result = cronbachAlpha([
      [1, 2, 3],
      [2, 2, 4],
      [3, 2, 4],
      [4, 2, 5]
    ]);
    expect(find(result.guardrails, "zero_variance")?.value).toBe(1);
    expect(result.item_total[1]).toBeNaN();
  });

  it("flags a total score without variance", () => {
    const result = cronbachAlpha([
      [1, 5],
      [2, 4],
      [3, 3]
    ]);
    expect(result.alpha).toBeNaN();
    expect(codes(result.guardrails)).toContain("zero_variance");
  });

  it("deletes incomplete respondents listwise and survives having none", () => {
    const result = cronbachAlpha([
      [1, null, 3],
      [null, 2, 2]
    ]);
    expect(result.n).toBe(0);
    expect(result.alpha).toBeNaN();
    expect(find(result.guardrails, "missing")?.value).toBe(2);
  });
});

describe("cohensKappa(a, b) guardrails", () => {
  it("gives se = 0 for perfect agreement", () => {
    const result = cohensKappa(["a", "b", "a", "c"], ["a", "b", "a", "c"]);
    expect(result.kappa).toBe(1);
    expect(result.se).toBe(0);
  });

  it("is undefined when both raters use a single category", () => {
    const result = cohensKappa(["a", "a", "a"], ["a", "a", null]);
    expect(result.n).toBe(2);
    expect(result.kappa).toBeNaN();
    expect(codes(result.guardrails)).toEqual(["missing", "small_n", "zero_variance"]);
  });
});

describe("reliableChange(pre, post, options)", () => {
  it("reads the direction from lowerIsBetter", () => {
    const options = {sdPre: 5, reliability: 0.8};
    expect(reliableChange(20, 10, options).category).toBe("deteriorated");
    expect(reliableChange(20, 10, {...options, lowerIsBetter: true}).category).toBe("improved");
    expect(reliableChange(20, 18, options).category).toBe("unchanged");
  });

  it("has no category when the scale is perfectly reliable", () => {
    const result = reliableChange(20, 10, {sdPre: 5, reliability: 1});
    expect(result.rci).toBeNaN();
    expect(result.category).toBeNull();
  });
});

describe("holm(p)", () => {
  it("leaves NaN out of the count, as p.adjust does with NA", () => {
    expect(holm([0.01, 0.04, 0.03, NaN])).toEqual([0.03, 0.06, 0.06, NaN]);
  });
});
