// Guardrails: bilingual notes that travel with a result and say when its
// numbers need care (small samples, exact tests, ties, scale bounds, …).

import type {Text} from "../types.js";

export type {Text};

/** What a guardrail warns about. */
export type GuardrailCode =
  | "small_n"
  | "missing"
  | "exact_test"
  | "min_p"
  | "ties"
  | "zeros"
  | "ceiling"
  | "floor"
  | "few_items"
  | "zero_variance"
  | "sphericity";

/** A note attached to a result; `value` is the number it is about, if any. */
export interface Guardrail {
  code: GuardrailCode;
  message: Text;
  value?: number;
}

/** Fewer cases than this make a test's asymptotics (or normality checks) doubtful. */
export const SMALL_N = 10;

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

/** Too few cases for what the method assumes; `minimum` is the size it wants. */
export function smallN(n: number, minimum: number): Guardrail {
  return {
    code: "small_n",
    value: n,
    message: {
      en: `Only ${n} usable cases (fewer than ${minimum}): large-sample approximations are unreliable; report the effect size with its interval rather than the p-value alone.`,
      zh: `仅有 ${n} 个可用个案（少于 ${minimum}）：大样本近似不可靠；请报告效应量及其置信区间，而不是只报告 p 值。`
    }
  };
}

/** Cases left out because a value was missing. */
export function missing(dropped: number): Guardrail {
  return {
    code: "missing",
    value: dropped,
    message: {
      en: `${dropped} case(s) with a missing value were left out.`,
      zh: `已剔除 ${dropped} 个含缺失值的个案。`
    }
  };
}

/** The rank test used its exact distribution. */
export function exactTest(): Guardrail {
  return {
    code: "exact_test",
    message: {
      en: "The Wilcoxon p-value is exact (no ties, no zero differences, fewer than 50 cases).",
      zh: "Wilcoxon 检验的 p 值为精确值（无结、无零差值、个案少于 50）。"
    }
  };
}

/** The smallest two-sided p-value an exact test can reach at this sample size. */
export function minP(p: number): Guardrail {
  return {
    code: "min_p",
    value: p,
    message: {
      en: `At this sample size the exact test cannot give a two-sided p below ${p.toPrecision(3)}.`,
      zh: `在此样本量下，精确检验的双侧 p 值不可能低于 ${p.toPrecision(3)}。`
    }
  };
}

/** Tied values forced the normal approximation. */
export function ties(count: number): Guardrail {
  return {
    code: "ties",
    value: count,
    message: {
      en: `${count} group(s) of tied values: the Wilcoxon p-value uses the normal approximation with tie and continuity corrections.`,
      zh: `存在 ${count} 组相同值（结）：Wilcoxon 检验的 p 值采用带结校正与连续性校正的正态近似。`
    }
  };
}

/** Zero differences were dropped from the signed-rank test. */
export function zeros(count: number): Guardrail {
  return {
    code: "zeros",
    value: count,
    message: {
      en: `${count} zero difference(s) were dropped from the Wilcoxon test, which then uses the normal approximation.`,
      zh: `Wilcoxon 检验剔除了 ${count} 个零差值，并改用正态近似。`
    }
  };
}

/** A large share of scores sit at the top (`ceiling`) or bottom (`floor`) of the scale. */
export function scaleBound(code: "ceiling" | "floor", share: number, where: Text): Guardrail {
  const bound = code === "ceiling" ? {en: "maximum", zh: "最高分"} : {en: "minimum", zh: "最低分"};
  return {
    code,
    value: share,
    message: {
      en: `${percent(share)} of ${where.en} scores are at the scale ${bound.en} (${code} effect): change at that end cannot be measured.`,
      zh: `${where.zh}有 ${percent(share)} 的分数处于量表${bound.zh}（${code === "ceiling" ? "天花板" : "地板"}效应）：该端的变化无法被测量。`
    }
  };
}

/** Too few items for internal consistency to mean much. */
export function fewItems(k: number): Guardrail {
  return {
    code: "few_items",
    value: k,
    message: {
      en: `Only ${k} item(s): Cronbach's alpha needs at least 2 and is hard to interpret below 3.`,
      zh: `仅有 ${k} 个题目：Cronbach's α 至少需要 2 个题目，少于 3 个时难以解释。`
    }
  };
}

/**
 * Some quantity has no spread, so statistics that divide by it are undefined;
 * `value` counts the affected variables where there can be several.
 */
export function zeroVariance(what: Text, value?: number): Guardrail {
  return {
    code: "zero_variance",
    ...(value === undefined ? {} : {value}),
    message: {
      en: `No variation in ${what.en}: statistics that divide by it are not defined.`,
      zh: `${what.zh}没有变异：以其为分母的统计量无定义。`
    }
  };
}

/**
 * Repeated measures whose differences between waves vary unequally (Mauchly's p below .05, or Greenhouse–Geisser
 * ε below 0.75), or too few cases to test it: the uncorrected F's p-value is too small, the corrected one is not.
 */
export function sphericityDoubtful(epsilon: number, tested: boolean): Guardrail {
  const e = epsilon.toFixed(2);
  return {
    code: "sphericity",
    value: epsilon,
    message: tested
      ? {
          en: `Sphericity is doubtful (Greenhouse–Geisser ε = ${e}): report the Greenhouse–Geisser corrected p, not the uncorrected one.`,
          zh: `球形假设存疑（Greenhouse–Geisser ε = ${e}）：请报告经 Greenhouse–Geisser 校正的 p 值，而不是未校正的 p 值。`
        }
      : {
          en: `Too few complete cases to test sphericity (Greenhouse–Geisser ε = ${e}): report the Greenhouse–Geisser corrected p.`,
          zh: `完整个案过少，无法检验球形假设（Greenhouse–Geisser ε = ${e}）：请报告经 Greenhouse–Geisser 校正的 p 值。`
        }
  };
}
