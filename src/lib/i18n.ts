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
