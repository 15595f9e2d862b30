// Bilingual text: UI strings in Chinese and English, and study labels with a fallback to the other language.
import type {Label} from "./types.js";

export type Lang = "zh" | "en";

/** A study label in `lang`, else the other language, else `fallback`. */
export function label(value: Label | string | undefined, lang: Lang, fallback = ""): string {
  if (typeof value === "string") return value;
  return value?.[lang] || value?.[lang === "zh" ? "en" : "zh"] || fallback;
}

const STRINGS = {
  overview: {zh: "概览", en: "Overview"},
  prepost: {zh: "前后测比较", en: "Pre/post"},
  distributions: {zh: "分布", en: "Distributions"},
  change: {zh: "个体变化", en: "Individual change"},
  reliability: {zh: "信度", en: "Reliability"},
  groups: {zh: "组间比较", en: "Groups"},
  themes: {zh: "质性主题", en: "Themes"},
  quotes: {zh: "访谈摘录", en: "Quotes"},
  joint: {zh: "联合展示", en: "Joint display"},
  notebook: {zh: "SQL 笔记本", en: "SQL notebook"},
  // Qualitative pages (themes, quotes, joint display); keys start with q to keep them apart.
  qNoCoding: {
    zh: "本研究没有导入访谈编码（study.yaml 中没有 sources.coding），因此没有质性结果。",
    en: "This study has no coded interviews (no sources.coding in study.yaml), so there are no qualitative results."
  },
  qCodes: {zh: "编码频次：片段数与参与者人数", en: "Codes: coded passages and participants"},
  qCodesNote: {
    zh: "片段数为编码过的文本段落数（两位编码者编码同一段落只计一次）；人数为这些段落所属的不同参与者。",
    en: "Passages are stretches of coded text (a passage two coders both coded counts once); participants are the distinct people those passages belong to."
  },
  qMeasure: {zh: "条形长度", en: "Bar length"},
  qPassages: {zh: "片段数", en: "Passages"},
  qParticipants: {zh: "人数", en: "Participants"},
  qFilterRole: {zh: "受访者角色", en: "Speaker's role"},
  qFilterWave: {zh: "访谈时点", en: "Interview wave"},
  qAll: {zh: "全部", en: "All"},
  qBreakdown: {zh: "按角色、时点与参与者", en: "By role, wave and participant"},
  qBy: {zh: "分组依据", en: "Break down by"},
  qByRole: {zh: "角色", en: "Role"},
  qByWave: {zh: "时点（前测／后测访谈）", en: "Wave (pre / post interviews)"},
  qByParticipant: {zh: "参与者", en: "Participant"},
  qTheme: {zh: "主题", en: "Theme"},
  qCode: {zh: "编码", en: "Code"},
  qTotal: {zh: "合计", en: "Total"},
  qNone: {zh: "（未指定）", en: "(not given)"},
  qCellNote: {
    zh: "单元格：片段数（人数）。",
    en: "Cells: passages (participants)."
  },
  qParticipantNote: {
    zh: "单元格：该参与者各主题的片段数（含本人、家长与教师的访谈）。",
    en: "Cells: passages per theme for that participant (their own, their parents' and teachers' interviews)."
  },
  qCooccurrence: {zh: "编码共现", en: "Code co-occurrence"},
  qCooccurrenceNote: {
    zh: "同一编码者在同一段落同时使用两个编码的次数。",
    en: "How many passages one coder gave both codes."
  },
  qNoCooccurrence: {zh: "没有段落同时使用两个编码。", en: "No passage carries two codes."},
  qAgreement: {zh: "编码者间一致性", en: "Intercoder agreement"},
  qAgreementNote: {
    zh: "每个编码的 Cohen's κ：以两位编码者都编码过的文档中的段落为单位，判断每位编码者是否对该段落使用了该编码；置信区间为渐近 95% CI。",
    en: "Cohen's κ per code: the units are the passages of the documents both coders coded, each rated by each coder as given the code or not; 95% asymptotic CI."
  },
  qNoDoubleCoding: {
    zh: "没有任何文档由两位编码者分别编码，因此无法计算编码者间一致性（κ）。如需报告一致性，请让第二位编码者独立编码部分访谈后重新导出。",
    en: "No document was coded by two coders, so intercoder agreement (κ) cannot be computed. To report it, have a second coder code some interviews independently and export again."
  },
  qCoders: {zh: "编码者", en: "Coders"},
  qDocuments: {zh: "文档数", en: "Documents"},
  qUnits: {zh: "段落数", en: "Passages"},
  qBoth: {zh: "均使用", en: "Both"},
  qOnlyA: {zh: "仅 A", en: "A only"},
  qOnlyB: {zh: "仅 B", en: "B only"},
  qAgree: {zh: "一致率", en: "Agreement"},
  qKappaCI: {zh: "κ [95% CI]", en: "κ [95% CI]"},
  qAgreementTable: {zh: "各编码的编码者间一致性", en: "Intercoder agreement per code"},
  qSearch: {zh: "搜索摘录", en: "Search excerpts"},
  qShown: {zh: "条段落", en: "passages"},
  qExcerpt: {zh: "摘录", en: "Excerpt"},
  qSource: {zh: "来源文档", en: "Source"},
  qRole: {zh: "角色", en: "Role"},
  qWave: {zh: "时点", en: "Wave"},
  qParticipant: {zh: "参与者", en: "Participant"},
  qCoder: {zh: "编码者", en: "Coder"},
  qExcerptsHidden: {
    zh: "本研究不公开访谈原文（study.yaml：publish.excerpts: false）。下表只列出编码过的段落及其编码，不含原文。",
    en: "This study does not publish interview excerpts (study.yaml: publish.excerpts: false). The table lists the coded passages and their codes, without the text."
  },
  qNoMatch: {zh: "没有符合条件的段落。", en: "No passage matches."},
  qMore: {
    zh: "只显示前 {n} 条；请缩小筛选范围。",
    en: "Showing the first {n}; narrow the filters to see others."
  },
  qJointNote: {
    zh: "每行一名参与者：各分量表的前后测变化量（后测 − 前测）及可靠变化分类（▲ 改善，● 无可靠变化，▼ 恶化），以及为其编码的主题（括号内为片段数）。",
    en: "One row per participant: change on each subscale (post − pre) with its reliable change category (▲ improved, ● no reliable change, ▼ deteriorated), and the themes coded for them (passages in brackets)."
  },
  qWaves: {zh: "比较的时点", en: "Waves compared"},
  qGroup: {zh: "组别", en: "Group"},
  qThemes: {zh: "访谈主题", en: "Interview themes"},
  qNoScores: {zh: "无量表分数", en: "no scores"},
  qJointTable: {zh: "量化变化与访谈主题的联合展示", en: "Joint display of score change and interview themes"},
  qJointChart: {zh: "各参与者的访谈主题", en: "Themes coded for each participant"},
  roleMember: {zh: "组员", en: "Member"},
  roleParent: {zh: "家长", en: "Parent"},
  roleTeacher: {zh: "班主任／教师", en: "Class teacher"},
  roleWorker: {zh: "社工", en: "Social worker"},
  synthetic: {zh: "演示数据（合成），非真实个案", en: "Synthetic demo data, not real cases"},
  design: {zh: "研究设计", en: "Design"},
  dataQuality: {zh: "数据质量", en: "Data quality"},
  instruments: {zh: "量表与分量表", en: "Instruments and subscales"},
  group: {zh: "组别", en: "Group"},
  wave: {zh: "测量时点", en: "Wave"},
  participants: {zh: "参与者", en: "Participants"},
  matched: {zh: "前后测配对", en: "Matched pairs"},
  rowsRead: {zh: "读取行数", en: "Rows read"},
  rowsKept: {zh: "保留行数", en: "Rows kept"},
  rowsExcluded: {zh: "排除行数", en: "Rows excluded"},
  file: {zh: "文件", en: "File"},
  row: {zh: "行", en: "Row"},
  reason: {zh: "原因", en: "Reason"},
  items: {zh: "题目数", en: "Items"},
  subscale: {zh: "分量表", en: "Subscale"},
  instrument: {zh: "量表", en: "Instrument"},
  all: {zh: "全体", en: "All"},
  total: {zh: "总分", en: "Total"},
  language: {zh: "语言", en: "Language"},
  invalidValues: {zh: "无效作答（已设为缺失）", en: "Invalid answers (set missing)"},
  duplicates: {zh: "重复提交（保留最新一份）", en: "Duplicate submissions (latest kept)"},
  incomplete: {zh: "未完成全部测量的参与者", en: "Participants missing a wave"},
  piiDropped: {zh: "已删除的个人信息列", en: "Personal-data columns dropped"},
  none: {zh: "无", en: "None"}
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** A UI string in `lang`. */
export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
