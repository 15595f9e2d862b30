// The methods paragraph of the report: every test, effect size and interval the chapter reports, with its reference,
// and the design's sensitivity (the smallest d_z it could detect) for each sample size of its paired comparisons.
import {formatStat} from "../format.js";
import type {Lang} from "../i18n.js";
import {minimumDetectableEffect} from "../stats/sensitivity.js";

/** Which analyses the report holds: the methods name only these. */
export interface MethodsContent {
  paired: boolean;
  oneSample: boolean;
  between: boolean;
  reliability: boolean;
  change: boolean;
  agreement: boolean;
  /** Sample sizes of the paired comparisons shown, for the sensitivity sentence. */
  pairedNs: readonly number[];
}

/** Reference keys, in the order the reference list prints them (APA: alphabetical). */
const REFERENCES = {
  champely:
    "Champely, S. (2020). pwr: Basic functions for power analysis (R package version 1.3-0). https://CRAN.R-project.org/package=pwr",
  cohen1960:
    "Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement, 20(1), 37–46.",
  cohen1988:
    "Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.). Lawrence Erlbaum.",
  cronbach:
    "Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika, 16(3), 297–334.",
  feldt:
    "Feldt, L. S. (1965). The approximate sampling distribution of Kuder-Richardson reliability coefficient twenty. Psychometrika, 30(3), 357–370.",
  hedges:
    "Hedges, L. V. (1981). Distribution theory for Glass's estimator of effect size and related estimators. Journal of Educational Statistics, 6(2), 107–128.",
  holm: "Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scandinavian Journal of Statistics, 6(2), 65–70.",
  jacobson:
    "Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical approach to defining meaningful change in psychotherapy research. Journal of Consulting and Clinical Psychology, 59(1), 12–19.",
  kerby:
    "Kerby, D. S. (2014). The simple difference formula: An approach to teaching nonparametric correlation. Comprehensive Psychology, 3, 11.IT.3.1.",
  mann: "Mann, H. B., & Whitney, D. R. (1947). On a test of whether one of two random variables is stochastically larger than the other. Annals of Mathematical Statistics, 18(1), 50–60.",
  steiger:
    "Steiger, J. H., & Fouladi, R. T. (1997). Noncentrality interval estimation and the evaluation of statistical models. In L. L. Harlow, S. A. Mulaik, & J. H. Steiger (Eds.), What if there were no significance tests? (pp. 221–257). Lawrence Erlbaum.",
  welch:
    "Welch, B. L. (1947). The generalization of “Student's” problem when several different population variances are involved. Biometrika, 34(1–2), 28–35.",
  wilcoxon:
    "Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin, 1(6), 80–83."
} as const;

type Reference = keyof typeof REFERENCES;

interface Sentence {
  zh: string;
  en: string;
  cites: Reference[];
}

/** The smallest d_z detectable with 80% power at α = .05, two-sided, formatted; "—" where n < 2. */
export function sensitivityText(n: number): string {
  return formatStat(minimumDetectableEffect(n, {power: 0.8, alpha: 0.05}));
}

function sentences(c: MethodsContent): Sentence[] {
  const out: Sentence[] = [];
  if (c.paired)
    out.push({
      zh: "前后测比较采用配对样本 t 检验，并以 Wilcoxon 符号秩检验（Wilcoxon, 1945）作补充：样本量小于 50 且无结、无零差值时报告精确 p 值，否则采用带连续性校正的正态近似（与 R 的 wilcox.test 一致）。效应量为 d_z（差值均值 / 差值标准差），其 95% 置信区间基于非中心 t 分布（Steiger & Fouladi, 1997）；Wilcoxon 检验的效应量为秩二列相关 r_rb（Kerby, 2014）。同一量表各分量表的 p 值以 Holm (1979) 法校正。",
      en: "Pre/post differences were tested with the paired t test and the Wilcoxon signed-rank test (Wilcoxon, 1945), with exact p values below n = 50 without ties or zero differences and the normal approximation with continuity correction otherwise (as R's wilcox.test). The effect size is d_z (mean difference / SD of the differences) with a 95% CI from the noncentral t distribution (Steiger & Fouladi, 1997); the Wilcoxon test's effect size is the rank-biserial correlation r_rb (Kerby, 2014). p values of an instrument's subscales were adjusted by Holm's (1979) method.",
      cites: ["wilcoxon", "steiger", "kerby", "holm"]
    });
  if (c.oneSample)
    out.push({
      zh: "各测量时点得分与量表理论中值的比较采用单样本 t 检验与 Wilcoxon 符号秩检验，效应量 d = (M − 中值) / SD，其置信区间同样基于非中心 t 分布。",
      en: "Scores at each wave were compared with the scale's theoretical midpoint by one-sample t and Wilcoxon signed-rank tests, with d = (M − midpoint) / SD and its noncentral-t CI.",
      cites: []
    });
  if (c.between)
    out.push({
      zh: "组间比较采用 Welch t 检验（Welch, 1947）与 Mann–Whitney 检验（Mann & Whitney, 1947），效应量为 Hedges' g（Hedges, 1981）与秩二列相关。",
      en: "Groups were compared by Welch's t test (Welch, 1947) and the Mann–Whitney test (Mann & Whitney, 1947), with Hedges' g (Hedges, 1981) and the rank-biserial correlation as effect sizes.",
      cites: ["welch", "mann", "hedges"]
    });
  if (c.reliability)
    out.push({
      zh: "内部一致性信度以 Cronbach's α 表示（Cronbach, 1951），其 95% 置信区间采用 Feldt (1965) 法。",
      en: "Internal consistency is Cronbach's α (Cronbach, 1951) with Feldt's (1965) 95% CI.",
      cites: ["cronbach", "feldt"]
    });
  if (c.change)
    out.push({
      zh: "个体层面的变化以可靠变化指数 RCI 判断（Jacobson & Truax, 1991），|RCI| > 1.96 为可靠变化。",
      en: "Change in each participant was judged by the Reliable Change Index (Jacobson & Truax, 1991), |RCI| > 1.96 counting as reliable change.",
      cites: ["jacobson"]
    });
  if (c.agreement)
    out.push({
      zh: "访谈编码的编码者间一致性以 Cohen's κ 表示（Cohen, 1960），置信区间为渐近 95% CI。",
      en: "Intercoder agreement on the interview codes is Cohen's κ (Cohen, 1960) with an asymptotic 95% CI.",
      cites: ["cohen1960"]
    });
  const ns = [...new Set(c.pairedNs)].filter((n) => n >= 2).sort((a, b) => a - b);
  if (ns.length) {
    const zh = ns.map((n) => `n = ${n} 时 d_z = ${sensitivityText(n)}`).join("，");
    const en = ns.map((n) => `d_z = ${sensitivityText(n)} for n = ${n}`).join(", ");
    out.push({
      zh: `敏感性分析：在 α = .05（双侧）、统计检验力 80% 的条件下，配对设计可检测的最小效应为：${zh}（Cohen, 1988; Champely, 2020）；小于此值的真实效应本研究很可能检测不到。`,
      en: `Sensitivity: with 80% power at α = .05 (two-sided), the smallest effect the paired design could detect is ${en} (Cohen, 1988; Champely, 2020); true effects smaller than that would likely go undetected.`,
      cites: ["cohen1988", "champely"]
    });
  }
  return out;
}

/** The methods paragraph in `lang` and the references it cites, in reference-list order. */
export function methodsParagraph(content: MethodsContent, lang: Lang): {text: string; references: string[]} {
  const list = sentences(content);
  const cited = new Set(list.flatMap((s) => s.cites));
  return {
    text: list.map((s) => s[lang]).join(lang === "zh" ? "" : " "),
    references: (Object.keys(REFERENCES) as Reference[]).filter((r) => cited.has(r)).map((r) => REFERENCES[r])
  };
}
