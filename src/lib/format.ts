// APA-style numbers and the results/methods sentences built from a paired comparison, in Chinese or English.
import type {Comparison} from "./types.js";

/** The statistics of a comparison, with or without its guardrails. */
type Statistics = Omit<Comparison, "guardrails">;

import type {Lang} from "./i18n.js";

/** What a missing or non-finite statistic prints as. */
const MISSING = "—";

/**
 * A statistic with a fixed number of decimals, ASCII minus, and no "-0.00": `formatStat(-0.004, 2)` → "0.00".
 * ASCII rather than U+2212 so that numbers copied from a table into Excel stay numbers.
 */
export function formatStat(x: number | null | undefined, digits = 2): string {
  if (x == null || !Number.isFinite(x)) return MISSING;
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** A value that cannot exceed 1 in absolute value (p, r), without the leading zero: 0.31 → ".31", -0.31 → "-.31". */
export function formatUnit(x: number | null | undefined, digits = 2): string {
  return formatStat(x, digits).replace(/^(-?)0\./, "$1.");
}

/** A p value as APA reports it: ".024", "< .001", "> .999"; no leading zero, three decimals. */
export function formatP(p: number | null | undefined): string {
  if (p == null || !Number.isFinite(p) || p < 0 || p > 1) return MISSING;
  if (p < 0.001) return "< .001";
  if (p > 0.999) return "> .999";
  return formatUnit(p, 3);
}

/** "p = .024" or "p < .001" (the relation comes from the formatted value), with an optional subscript name. */
export function formatPEquals(p: number | null | undefined, name = "p"): string {
  const value = formatP(p);
  return /^[<>]/.test(value) ? `${name} ${value}` : `${name} = ${value}`;
}

/** A confidence interval in APA brackets: `formatCI(0.171, 2.384)` → "[0.17, 2.38]". */
export function formatCI(lo: number | null | undefined, hi: number | null | undefined, digits = 2): string {
  return `[${formatStat(lo, digits)}, ${formatStat(hi, digits)}]`;
}

export interface ResultsSentenceOptions {
  /** Language of the connecting words; the statistics themselves are written the same way in both. Default "en". */
  lang?: Lang;
  /** Which test to report: the paired t test (with d_z and its CI) or the Wilcoxon signed-rank test (with the rank-biserial correlation). Default "t". */
  test?: "t" | "wilcoxon";
  /** Report the Holm-adjusted p (`p_holm`) instead of the test's own p, for families of subscales. Default false. */
  holm?: boolean;
  /** Decimals for statistics other than p. Default 2. */
  digits?: number;
}

/**
 * The statistics of a paired comparison as one APA string, e.g.
 * "t(5) = 3.21, p = .024, d_z = 1.31, 95% CI [0.17, 2.38]" or in Chinese
 * "t(5) = 3.21，p = .024，d_z = 1.31，95% 置信区间 [0.17, 2.38]". The CI is that of d_z.
 */
export function resultsSentence(
  comparison: Statistics,
  {lang = "en", test = "t", holm = false, digits = 2}: ResultsSentenceOptions = {}
): string {
  const c = comparison;
  const p = holm ? c.p_holm : test === "t" ? c.p_t : c.p_wilcoxon;
  const pText = formatPEquals(p, holm ? "p_Holm" : "p");
  const ci = lang === "zh" ? "95% 置信区间" : "95% CI";
  const parts =
    test === "t"
      ? [
          `t(${formatDf(c.df)}) = ${formatStat(c.t, digits)}`,
          pText,
          `d_z = ${formatStat(c.dz, digits)}`,
          `${ci} ${formatCI(c.dz_ci_low, c.dz_ci_high, digits)}`
        ]
      : [`V = ${formatStat(c.wilcoxon_v, 0)}`, pText, `r_rb = ${formatUnit(c.rank_biserial, digits)}`];
  return parts.join(lang === "zh" ? "，" : ", ");
}

/** Degrees of freedom: integers as integers, Welch-like fractions with one decimal. */
function formatDf(df: number): string {
  return Number.isInteger(df) ? String(df) : formatStat(df, 1);
}

export interface MethodsNoteOptions {
  /** Language of the note. Default "en". */
  lang?: Lang;
  /** Display names of the waves by id, e.g. `{pre: "前测", post: "后测"}`; ids are shown otherwise. */
  waveNames?: Record<string, string>;
}

/**
 * A table or figure note naming the tests and estimators behind a comparison: paired t test, Wilcoxon
 * signed-rank test (exact, or normal approximation with continuity correction), d_z and its noncentral-t CI.
 */
export function methodsNote(
  comparison: Statistics,
  {lang = "en", waveNames = {}}: MethodsNoteOptions = {}
): string {
  const exact = comparison.wilcoxon_method === "exact";
  const difference = `${waveNames[comparison.wave_to] ?? comparison.wave_to} − ${waveNames[comparison.wave_from] ?? comparison.wave_from}`;
  if (lang === "zh") {
    return [
      `配对样本 t 检验（差值 = ${difference}，n = ${comparison.n}）；`,
      `Wilcoxon 符号秩检验（${exact ? "精确 p 值" : "带连续性校正的正态近似"}）；`,
      "效应量 d_z = 差值均值 / 差值标准差，其 95% 置信区间基于非中心 t 分布。"
    ].join("");
  }
  return [
    `Paired t test on the differences ${difference} (n = ${comparison.n}); `,
    `Wilcoxon signed-rank test (${exact ? "exact p" : "normal approximation with continuity correction"}); `,
    "effect size d_z = mean difference / SD of the differences, with a 95% CI from the noncentral t distribution."
  ].join("");
}
