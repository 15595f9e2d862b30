// Every statistic the pages show, explained in plain words in both languages: the glossary page and the
// hover/tap explanations of table headings read the same entries.
import type {Lang} from "./i18n.js";

export interface GlossaryEntry {
  /** Anchor on the glossary page (`glossary#dz`). */
  id: string;
  /** The symbol or name as tables print it. */
  term: string;
  name: {zh: string; en: string};
  /** One or two sentences for a reader who has never met the statistic. */
  text: {zh: string; en: string};
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "n",
    term: "n",
    name: {zh: "人数", en: "Number of people"},
    text: {
      zh: "参与该项计算的人数。前后测配对比较只计两次都有得分的人，所以可能少于某一次测量的人数。",
      en: "How many people a figure is based on. A paired pre/post comparison counts only people with a score at both waves, so it can be smaller than the number measured at one wave."
    }
  },
  {
    id: "msd",
    term: "M (SD)",
    name: {zh: "均值（标准差）", en: "Mean (standard deviation)"},
    text: {
      zh: "M 为平均分；SD 表示个人得分离平均分有多分散。",
      en: "M is the average score; SD says how far individual scores typically lie from that average."
    }
  },
  {
    id: "ci",
    term: "95% CI",
    name: {zh: "95% 置信区间", en: "95% confidence interval"},
    text: {
      zh: "与数据相容的合理取值范围。区间越窄估计越精确；小样本的区间通常很宽。",
      en: "The range of values compatible with the data. A narrow interval is a precise estimate; small groups give wide ones."
    }
  },
  {
    id: "p",
    term: "p",
    name: {zh: "p 值", en: "p-value"},
    text: {
      zh: "假如干预前后其实没有差别，得到至少这么大差异的概率。p < .05 通常称为“具有统计学意义”，但它不说明变化有多大。",
      en: "How likely a difference at least this large would be if nothing had really changed. p < .05 is usually called “statistically significant”; it does not say how large the change is."
    }
  },
  {
    id: "t",
    term: "t (df)",
    name: {zh: "t 检验（自由度）", en: "t test (degrees of freedom)"},
    text: {
      zh: "比较均值差与其误差大小的检验；配对 t 检验比较同一批人的前后测。df 为自由度，配对时等于 n − 1。",
      en: "A test of a mean difference against its uncertainty; the paired t test compares the same people before and after. df, the degrees of freedom, is n − 1 for paired data."
    }
  },
  {
    id: "dz",
    term: "d_z",
    name: {zh: "配对效应量 d_z", en: "Paired effect size d_z"},
    text: {
      zh: "平均变化除以个人变化的标准差：变化相对于人与人之间的差异有多大。约 0.2 为小，0.5 为中等，0.8 及以上为大。",
      en: "The average change divided by the standard deviation of people's changes: how large the change is compared with how much it varies between people. About 0.2 is small, 0.5 medium, 0.8 or more large."
    }
  },
  {
    id: "d",
    term: "d",
    name: {zh: "单样本效应量 d", en: "One-sample effect size d"},
    text: {
      zh: "平均分与理论中值之差除以标准差。解读同 d_z：约 0.2 小，0.5 中等，0.8 大。",
      en: "The distance of the mean from the scale's midpoint, divided by the standard deviation. Read like d_z: about 0.2 small, 0.5 medium, 0.8 large."
    }
  },
  {
    id: "gav",
    term: "g_av",
    name: {zh: "效应量 g_av", en: "Effect size g_av"},
    text: {
      zh: "平均变化除以前后测标准差的平均值，并做小样本校正；可与独立组研究的效应量相比较。",
      en: "The average change divided by the average of the pre and post standard deviations, corrected for small samples; comparable with effect sizes from studies of separate groups."
    }
  },
  {
    id: "wilcoxon",
    term: "Wilcoxon V",
    name: {zh: "Wilcoxon 符号秩检验", en: "Wilcoxon signed-rank test"},
    text: {
      zh: "不假设正态分布的配对检验：把每人的变化按大小排序；V 为正向变化的秩和。样本很小时可给出精确 p 值。",
      en: "A paired test that does not assume normal data: people's changes are ranked by size and V is the sum of the ranks of the increases. With few people it gives an exact p."
    }
  },
  {
    id: "rrb",
    term: "r_rb",
    name: {zh: "秩二列相关 r_rb", en: "Rank-biserial correlation r_rb"},
    text: {
      zh: "Wilcoxon 检验的效应量，介于 −1 与 1 之间：1 表示所有人都提高，−1 表示所有人都降低，0 表示升降相当。",
      en: "The effect size of the Wilcoxon test, from −1 to 1: 1 means everyone improved, −1 everyone declined, 0 as many ups as downs."
    }
  },
  {
    id: "holm",
    term: "Holm",
    name: {zh: "Holm 校正", en: "Holm adjustment"},
    text: {
      zh: "同时检验多个分量表时，偶然出现“显著”的机会会增加；Holm 法相应调高 p 值，使整组检验的误报率保持在 5%。",
      en: "Testing several subscales at once raises the chance that one looks “significant” by luck; Holm's method raises the p-values so that the whole set keeps a 5% false-alarm rate."
    }
  },
  {
    id: "alpha",
    term: "α",
    name: {zh: "Cronbach's α 信度", en: "Cronbach's α (reliability)"},
    text: {
      zh: "分量表各题目是否在测同一件事，0 到 1，通常 .70 以上可接受。题目少或人数少时 α 不稳定。",
      en: "Whether the items of a subscale measure the same thing, from 0 to 1; .70 or more is usually acceptable. Unstable with few items or few people."
    }
  },
  {
    id: "feldt",
    term: "Feldt",
    name: {zh: "Feldt 置信区间", en: "Feldt interval"},
    text: {
      zh: "Cronbach's α 的 95% 置信区间的计算方法（Feldt, 1965）。",
      en: "The method (Feldt, 1965) behind the 95% confidence interval of Cronbach's α."
    }
  },
  {
    id: "item-total",
    term: "r_it",
    name: {zh: "校正题总相关", en: "Corrected item–total correlation"},
    text: {
      zh: "某题与同一分量表其余题目总分的相关；很低或为负说明该题与其他题目不一致。",
      en: "How an item correlates with the sum of the other items of its subscale; a low or negative value means the item does not go with the others."
    }
  },
  {
    id: "rci",
    term: "RCI",
    name: {zh: "可靠变化指数 RCI", en: "Reliable Change Index (RCI)"},
    text: {
      zh: "一个人的变化是否大于测量误差所能解释的范围（Jacobson & Truax, 1991）：|RCI| > 1.96 视为可靠的改善或恶化。",
      en: "Whether one person's change is larger than measurement error alone would produce (Jacobson & Truax, 1991): |RCI| > 1.96 counts as reliable improvement or deterioration."
    }
  },
  {
    id: "sediff",
    term: "SEdiff",
    name: {zh: "差值标准误 SEdiff", en: "Standard error of the difference"},
    text: {
      zh: "仅由测量误差造成的前后测差值的典型大小，由前测标准差与信度算出；RCI = 变化 / SEdiff。",
      en: "The typical size of a pre/post difference due to measurement error alone, from the pre-test SD and the reliability; RCI = change / SEdiff."
    }
  },
  {
    id: "welch",
    term: "Welch t",
    name: {zh: "Welch t 检验", en: "Welch's t test"},
    text: {
      zh: "比较两个独立小组均值的 t 检验，不要求两组方差相等。",
      en: "A t test comparing the means of two separate groups that does not assume the groups vary equally."
    }
  },
  {
    id: "mann-whitney",
    term: "Mann–Whitney W",
    name: {zh: "Mann–Whitney 检验", en: "Mann–Whitney test"},
    text: {
      zh: "不假设正态分布的两组比较：把两组得分一起排序，比较秩的高低。",
      en: "A comparison of two groups that does not assume normal data: both groups' scores are ranked together and the ranks compared."
    }
  },
  {
    id: "hedges-g",
    term: "Hedges' g",
    name: {zh: "Hedges' g 效应量", en: "Hedges' g"},
    text: {
      zh: "两组均值差除以合并标准差，并做小样本校正；约 0.2 小，0.5 中等，0.8 大。",
      en: "The difference between two groups' means divided by their pooled standard deviation, corrected for small samples; about 0.2 small, 0.5 medium, 0.8 large."
    }
  },
  {
    id: "kappa",
    term: "κ",
    name: {zh: "Cohen's κ 编码一致性", en: "Cohen's κ (intercoder agreement)"},
    text: {
      zh: "两位编码者的一致程度扣除偶然一致后的比例：1 为完全一致，0 为与随机相当；.60 以上通常视为较好。",
      en: "How much two coders agree beyond what chance would give: 1 is perfect agreement, 0 no better than chance; above .60 is usually called good."
    }
  },
  {
    id: "friedman",
    term: "Friedman",
    name: {zh: "Friedman 检验", en: "Friedman test"},
    text: {
      zh: "三次及以上测量时点的非参数比较：在每人内部对各时点排序，检验各时点的秩是否不同。",
      en: "A test for three or more waves that does not assume normal data: each person's waves are ranked and the ranks compared across waves."
    }
  },
  {
    id: "greenhouse-geisser",
    term: "Greenhouse–Geisser",
    name: {zh: "Greenhouse–Geisser 校正", en: "Greenhouse–Geisser correction"},
    text: {
      zh: "多时点重复测量方差分析中，当各时点间差值的方差不相等（违反球形假设）时，对自由度所做的校正。",
      en: "A correction of the degrees of freedom in a repeated-measures ANOVA over several waves, used when the spread of differences between waves is unequal (sphericity is violated)."
    }
  }
];

/** The entry with `id`. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}

/** "name: explanation" in `lang`, for a heading's hover/tap text. */
export function glossaryText(id: string, lang: Lang): string {
  const entry = glossaryEntry(id);
  return entry ? `${entry.name[lang]}${lang === "zh" ? "：" : ": "}${entry.text[lang]}` : "";
}
