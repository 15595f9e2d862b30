import {describe, expect, it} from "vitest";
import {formatCI, formatP, formatStat, methodsNote, resultsSentence} from "../../src/lib/format.js";
import type {Comparison} from "../../src/lib/types.js";

const comparison: Comparison = {
  instrument: "ase",
  subscale: "ability",
  group: "children",
  wave_from: "pre",
  wave_to: "post",
  n: 6,
  mean_from: 2.625,
  sd_from: 0.4,
  mean_to: 3.104,
  sd_to: 0.65,
  mean_diff: 0.479,
  diff_ci_low: 0.095,
  diff_ci_high: 0.863,
  t: 3.2087,
  df: 5,
  p_t: 0.02378,
  wilcoxon_v: 19,
  p_wilcoxon: 0.0625,
  wilcoxon_method: "exact",
  dz: 1.3099,
  dz_ci_low: 0.1712,
  dz_ci_high: 2.3844,
  g_av: 0.86,
  rank_biserial: 0.8095,
  p_holm: 0.0476,
  p_wilcoxon_holm: 0.0625,
  guardrails: "[]"
};

describe("formatP(p)", () => {
  it("writes three decimals without the leading zero, and bounds at .001 and .999", () => {
    expect(formatP(0.02378)).toBe(".024");
    expect(formatP(0.05)).toBe(".050");
    expect(formatP(0.001)).toBe(".001");
    expect(formatP(0.00049)).toBe("< .001");
    expect(formatP(0)).toBe("< .001");
    expect(formatP(0.9996)).toBe("> .999");
    expect(formatP(1)).toBe("> .999");
  });

  it("writes an em dash for missing or impossible p", () => {
    for (const p of [null, undefined, NaN, -0.1, 1.2]) expect(formatP(p)).toBe("—");
  });
});

describe("formatStat(x, digits) and formatCI(lo, hi)", () => {
  it("rounds to fixed decimals with an ASCII minus and never prints -0.00", () => {
    expect(formatStat(3.2087, 2)).toBe("3.21");
    expect(formatStat(-0.5, 2)).toBe("-0.50");
    expect(formatStat(-0.004, 2)).toBe("0.00");
    expect(formatStat(12, 0)).toBe("12");
    expect(formatStat(null)).toBe("—");
  });

  it("brackets an interval", () => {
    expect(formatCI(0.1712, 2.3844)).toBe("[0.17, 2.38]");
    expect(formatCI(-1.234, 0.5, 1)).toBe("[-1.2, 0.5]");
  });
});

describe("resultsSentence(comparison, options)", () => {
  it("reports the paired t test with d_z and its CI, in English and Chinese", () => {
    expect(resultsSentence(comparison, {lang: "en"})).toBe(
      "t(5) = 3.21, p = .024, d_z = 1.31, 95% CI [0.17, 2.38]"
    );
    expect(resultsSentence(comparison, {lang: "zh"})).toBe(
      "t(5) = 3.21，p = .024，d_z = 1.31，95% 置信区间 [0.17, 2.38]"
    );
  });

  it("writes p < .001 rather than p = < .001, and can report Holm-adjusted p", () => {
    expect(resultsSentence({...comparison, p_t: 0.0002})).toContain("p < .001,");
    expect(resultsSentence(comparison, {holm: true})).toContain("p_Holm = .048");
  });

  it("reports the Wilcoxon signed-rank test with the rank-biserial correlation", () => {
    expect(resultsSentence(comparison, {test: "wilcoxon"})).toBe("V = 19, p = .063, r_rb = .81");
  });
});

describe("methodsNote(comparison, options)", () => {
  it("names the tests, d_z and the noncentral t CI", () => {
    const note = methodsNote(comparison, {lang: "en", waveNames: {pre: "pre-test", post: "post-test"}});
    expect(note).toContain("Paired t test on the differences post-test − pre-test (n = 6)");
    expect(note).toContain("Wilcoxon signed-rank test (exact p)");
    expect(note).toContain("d_z = mean difference / SD of the differences");
    expect(note).toContain("noncentral t");
  });

  it("says when the Wilcoxon p is a normal approximation, in Chinese too", () => {
    const note = methodsNote({...comparison, n: 40, wilcoxon_method: "normal"}, {lang: "zh"});
    expect(note).toContain("带连续性校正的正态近似");
    expect(note).toContain("非中心 t 分布");
    expect(note).toContain("n = 40");
  });
});
