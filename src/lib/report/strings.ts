// The report's own words (chapter and section titles, captions, sensitivity and methods sentences) in both languages.
import type {Lang} from "../i18n.js";

const STRINGS = {
  chapter: {zh: "研究结果", en: "Results"},
  download: {zh: "下载 Word 文档（.docx）", en: "Download as Word (.docx)"},
  downloading: {zh: "正在生成…", en: "Preparing…"},
  downloadFailed: {zh: "导出失败：", en: "Export failed: "},
  printHint: {
    zh: "打印为 PDF：使用浏览器的“打印”→“另存为 PDF”，表格与图不会跨页断开。",
    en: "For a PDF, use the browser's Print → Save as PDF; tables and figures are never split across pages."
  },
  designSection: {zh: "研究设计与数据质量", en: "Design and data quality"},
  designCaption: {zh: "表 {n} 各组各测量时点的人数", en: "Table {n}. Participants per group and wave"},
  instrumentsCaption: {zh: "表 {n} 量表与分量表", en: "Table {n}. Instruments and subscales"},
  exclusionsCaption: {zh: "表 {n} 排除的数据行及原因", en: "Table {n}. Rows excluded and why"},
  rowsSummary: {
    zh: "共读取 {read} 行数据，保留 {kept} 行，排除 {excluded} 行；{participants} 名参与者中 {complete} 名完成了全部测量。无效作答 {invalid} 个（已设为缺失），重复提交 {duplicates} 份（保留最新一份）。",
    en: "{read} rows were read, {kept} kept and {excluded} excluded; {complete} of {participants} participants completed every wave. {invalid} invalid answer(s) were set missing and {duplicates} duplicate submission(s) dropped (the latest kept)."
  },
  methodsSection: {zh: "数据分析方法", en: "Data analysis"},
  reliabilitySection: {zh: "测量工具与信度", en: "Instruments and reliability"},
  resultsSection: {zh: "{instrument}的前后测结果", en: "{instrument}: results across waves"},
  betweenSection: {zh: "组间比较", en: "Between-group comparisons"},
  changeSection: {zh: "个体变化（可靠变化指数）", en: "Individual change (Reliable Change Index)"},
  qualSection: {zh: "访谈资料的质性分析", en: "Qualitative analysis of the interviews"},
  referencesSection: {zh: "参考文献", en: "References"},
  figureCaption: {zh: "图 {n} {title}", en: "Figure {n}. {title}"},
  tableCaption: {zh: "表 {n} {title}", en: "Table {n}. {title}"},
  meansFigure: {zh: "{name}各测量时点的均值及 95% 置信区间", en: "{name}: mean and 95% CI by wave"},
  themesFigure: {zh: "各编码的片段数", en: "Coded passages per code"},
  talliesTitle: {zh: "访谈编码频次", en: "Codes of the interviews"},
  agreementTitle: {zh: "编码者间一致性", en: "Intercoder agreement"},
  sensitivity: {
    zh: "敏感性：n = {n} 时，本设计在 α = .05（双侧）下以 80% 的统计检验力能检测到的最小效应为 d_z = {d}（本研究观察到 d_z = {observed}）。",
    en: "Sensitivity: with n = {n}, the smallest effect this design detects with 80% power at α = .05 (two-sided) is d_z = {d} (observed d_z = {observed})."
  },
  hiddenResult: {
    zh: "{name}（{group}）：少于 {k} 人，发布版本不报告统计量。",
    en: "{name} ({group}): fewer than {k} people; the published report gives no statistics."
  },
  quotesIntro: {zh: "部分访谈摘录如下：", en: "Some excerpts from the interviews:"},
  quotesWithheld: {
    zh: "本研究不公开访谈原文（publish.excerpts: false），故不列摘录。",
    en: "This study does not publish interview excerpts (publish.excerpts: false), so none are quoted."
  },
  themesSummary: {
    zh: "共 {passages} 个编码片段，涉及 {participants} 名参与者、{codes} 个编码。",
    en: "{passages} coded passages from {participants} participants, {codes} codes."
  }
} satisfies Record<string, Record<Lang, string>>;

export type ReportStringKey = keyof typeof STRINGS;

/** A report string with `{name}` placeholders filled in. */
export function rt(key: ReportStringKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  );
}
