// Bilingual text: UI strings in Chinese and English, and study labels with a fallback to the other language.
import type {Label} from "./types.js";

export type Lang = "zh" | "en";

/** A study label in `lang`, else the other language, else `fallback`. */
export function label(value: Label | string | undefined | null, lang: Lang, fallback = ""): string {
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
  report: {zh: "研究报告", en: "Report"},
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
    zh: "单元格：片段数（人数）。社工观察记录等不属于任何参与者的片段只计入片段数，所以会出现“1 (0)”。",
    en: "Cells: passages (participants). Passages that belong to no participant, such as the social worker's notes, count as passages only, hence cells such as “1 (0)”."
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
  qNoScores: {zh: "没有量表分数的参与者", en: "participants without scores"},
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
  matchedDefinition: {
    zh: "前后测配对：每个测量时点都有量表得分的参与者（只交了问卷但得分缺失的不算）。",
    en: "Matched pairs: participants with a score at every wave (a questionnaire returned without a score does not count)."
  },
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
  none: {zh: "无", en: "None"},
  alpha: {zh: "Cronbach's α", en: "Cronbach's α"},
  exclude: {zh: "排除参与者（敏感性分析）", en: "Leave out participants (sensitivity analysis)"},
  excludeHint: {
    zh: "勾选的参与者不参与本页所有图表与统计，结果在浏览器中重新计算。",
    en: "Ticked participants are left out of every chart and statistic on this page, recomputed in your browser."
  },
  recomputed: {
    zh: "已排除 {n} 名参与者：本页统计量已在浏览器中重新计算，与预先计算的结果不同。",
    en: "{n} participant(s) left out: the statistics on this page were recomputed in your browser and differ from the precomputed ones."
  },
  participant: {zh: "参与者", en: "Participant"},
  item: {zh: "题目", en: "Item"},
  itemText: {zh: "题目内容", en: "Item wording"},
  reverse: {zh: "反向计分", en: "Reverse-keyed"},
  yes: {zh: "是", en: "Yes"},
  n: {zh: "n", en: "n"},
  k: {zh: "题目数 k", en: "Items k"},
  msd: {zh: "M (SD)", en: "M (SD)"},
  diffCI: {zh: "差值 M [95% CI]", en: "Mean difference [95% CI]"},
  tdf: {zh: "t (df)", en: "t (df)"},
  p: {zh: "p", en: "p"},
  wilcoxonV: {zh: "Wilcoxon V", en: "Wilcoxon V"},
  pMethod: {zh: "p（方法）", en: "p (method)"},
  exact: {zh: "精确", en: "exact"},
  normal: {zh: "正态近似", en: "approx."},
  dzCI: {zh: "d_z [95% CI]", en: "d_z [95% CI]"},
  rrb: {zh: "秩二列相关 r_rb", en: "Rank-biserial r_rb"},
  pHolm: {zh: "Holm 校正 p", en: "Holm-adjusted p"},
  midpoint: {zh: "理论中值", en: "Midpoint"},
  meanMinusMid: {zh: "M − 中值", en: "M − midpoint"},
  meanCI: {zh: "M 的 95% CI", en: "95% CI of M"},
  dCI: {zh: "d [95% CI]", en: "d [95% CI]"},
  alphaCI: {zh: "α [95% CI]", en: "α [95% CI]"},
  itemTotal: {zh: "校正题总相关", en: "Corrected item–total r"},
  alphaIfDeleted: {zh: "删除该题后的 α", en: "α if item deleted"},
  measure: {zh: "比较内容", en: "Measure"},
  changeOf: {zh: "变化量", en: "Change"},
  welchT: {zh: "Welch t (df)", en: "Welch t (df)"},
  mannWhitneyW: {zh: "Mann–Whitney W", en: "Mann–Whitney W"},
  hedgesG: {zh: "Hedges' g", en: "Hedges' g"},
  improved: {zh: "改善", en: "Improved"},
  unchanged: {zh: "无可靠变化", en: "No reliable change"},
  deteriorated: {zh: "恶化", en: "Deteriorated"},
  reliabilityUsed: {zh: "所用信度 r", en: "Reliability used (r)"},
  sediff: {zh: "SEdiff", en: "SEdiff"},
  fromStudy: {zh: "study.yaml 指定", en: "from study.yaml"},
  fromAlpha: {zh: "前测 α", en: "pre-test α"},
  copy: {zh: "复制", en: "Copy"},
  copied: {zh: "已复制", en: "Copied"},
  resultsSentence: {
    zh: "结果表述（可直接粘贴到论文）",
    en: "Results sentence (ready to paste into a thesis)"
  },
  methodsNote: {zh: "方法说明", en: "Methods note"},
  omnibusTable: {
    zh: "表 {n} 各测量时点的整体比较（完整个案）",
    en: "Table {n}. Differences across all waves (complete cases)"
  },
  omnibusNote: {
    zh: "n 为所有测量时点均有得分的人数。Friedman 检验与重复测量方差分析检验各时点均值是否相同；ε 为 Greenhouse–Geisser 球形校正系数，p_GG 为校正后的 p 值。",
    en: "n counts participants with a score at every wave. Friedman's test and the repeated-measures ANOVA test whether the waves' means differ; ε is the Greenhouse–Geisser sphericity correction and p_GG the corrected p."
  },
  friedman: {zh: "Friedman χ²(df)", en: "Friedman χ²(df)"},
  rmAnova: {zh: "重复测量 F(df₁, df₂)", en: "RM ANOVA F(df₁, df₂)"},
  ggEpsilon: {zh: "GG ε", en: "GG ε"},
  pGG: {zh: "p_GG", en: "p_GG"},
  wavePair: {zh: "比较的测量时点", en: "Waves compared"},
  noMidpoint: {
    zh: "study.yaml 没有为该量表声明理论中值（midpoint），因此没有与中值的比较。",
    en: "study.yaml declares no theoretical midpoint for this instrument (midpoint), so there is no comparison with it."
  },
  acrossWaves: {zh: "所有测量时点", en: "Across all waves"},
  trajectory: {zh: "各测量时点的变化轨迹", en: "Scores across the waves"},
  pairedTable: {zh: "表 {n} 前后测配对比较", en: "Table {n}. Paired pre/post comparisons"},
  oneSampleTable: {
    zh: "表 {n} 各测量时点得分与理论中值的比较",
    en: "Table {n}. Scores compared with the theoretical midpoint"
  },
  reliabilityTable: {zh: "表 {n} 内部一致性信度", en: "Table {n}. Internal consistency"},
  itemTable: {zh: "表 {n} 题目分析", en: "Table {n}. Item analysis"},
  betweenTable: {zh: "表 {n} 组间比较", en: "Table {n}. Between-group comparisons"},
  changeTable: {zh: "表 {n} 可靠变化分类人数", en: "Table {n}. Reliable change categories"},
  changeHeading: {zh: "可靠变化分类人数", en: "Reliable change categories"},
  itemHeading: {zh: "题目分析", en: "Item analysis"},
  alphaCaution: {
    zh: "α 为负数或远低于 .70 时，说明该样本中各题目之间并不一致：分量表得分与 RCI 需谨慎解读。",
    en: "A negative α, or one well below .70, means the items did not hang together in this sample: read the subscale scores and the RCI with care."
  },
  alphaCautionSmall: {
    zh: "α 为负数或远低于 .70 时，说明该小样本中各题目之间并不一致：分量表得分与 RCI 需谨慎解读。",
    en: "A negative α, or one well below .70, means the items did not hang together in this small sample: read the subscale scores and the RCI with care."
  },
  betweenHeading: {zh: "组间检验", en: "Between-group tests"},
  everywhere: {zh: "所有行", en: "Every row"},
  pairedHeading: {zh: "前后测配对比较", en: "Paired pre/post comparisons"},
  difference: {zh: "差值", en: "Difference"},
  slopes: {zh: "个体前后测变化", en: "Each participant from pre to post"},
  meansByWave: {zh: "各测量时点均值及 95% 置信区间", en: "Mean and 95% CI by wave"},
  meansByGroup: {zh: "各组均值及 95% 置信区间", en: "Mean and 95% CI by group"},
  meansNNote: {
    zh: "均值图使用每个时点的全部作答者（{waves}）；配对检验只用两次都有分数的人（n = {n}）。",
    en: "The means use everyone scored at each wave ({waves}); the paired test uses only those scored at both (n = {n})."
  },
  differences: {zh: "个体差值（后测 − 前测）", en: "Individual differences"},
  oneSample: {zh: "与理论中值的比较", en: "Comparison with the theoretical midpoint"},
  likert: {zh: "各题作答分布", en: "Answers to each item"},
  strips: {zh: "分量表得分分布", en: "Subscale scores"},
  likertNote: {
    zh: "条形中的数字为百分比；反向计分题按原始作答显示。",
    en: "Numbers in bars are percentages; reverse-keyed items are shown as answered."
  },
  rciNote: {
    zh: "可靠变化指数 RCI = (后测 − 前测) / SEdiff，SEdiff = SD(前测)·√2·√(1 − r)；|RCI| > 1.96 为可靠变化（Jacobson & Truax, 1991）。",
    en: "Reliable change index RCI = (post − pre) / SEdiff, SEdiff = SD(pre)·√2·√(1 − r); |RCI| > 1.96 is reliable change (Jacobson & Truax, 1991)."
  },
  lowReliability: {
    zh: "以下分量表所用的信度低于 .70 或无意义，SEdiff 与 RCI 分类不可信：{list}。请在 study.yaml 中用 reliability: 填入量表手册或常模研究的信度。",
    en: "The reliability behind the RCI is below .70 or not meaningful for {list}: SEdiff and the RCI categories cannot be trusted there. Give the manual's or a norm study's reliability as reliability: in study.yaml."
  },
  noChangeData: {zh: "没有可计算的配对数据。", en: "No paired data to compute."},
  oneWave: {
    zh: "本研究只有一个测量时点，没有可比较的前后测；各分量表均值与理论中值的比较见“分布”页。",
    en: "This study has one wave, so there is no pre/post change; the means against the theoretical midpoint are on the Distributions page."
  },
  noInstruments: {
    zh: "本研究没有问卷量表（study.yaml 中没有 instruments）。",
    en: "This study has no questionnaire instruments (no instruments in study.yaml)."
  },
  oneGroup: {
    zh: "本研究只有一个小组，没有组间比较。前后测结果见“前后测”页。",
    en: "This study has one group, so there are no between-group comparisons. See the Pre/post page for its results."
  },
  betweenOff: {
    zh: "study.yaml 未开启组间比较（compare: between_groups: true）。",
    en: "Between-group comparisons are not switched on in study.yaml (compare: between_groups: true)."
  },
  sideBySide: {zh: "各组前后测并列", en: "The groups side by side"},
  betweenNote: {
    zh: "Welch t 检验与 Mann–Whitney 检验；差值 = {x} − {y}；“变化量”比较两组的后测 − 前测差值。",
    en: "Welch t test and Mann–Whitney test; difference = {x} − {y}; “Change” compares the groups' post − pre differences."
  },
  sql: {zh: "SQL 查询", en: "SQL query"},
  run: {zh: "运行", en: "Run"},
  examples: {zh: "示例查询", en: "Example queries"},
  tables: {zh: "可查询的表", en: "Tables you can query"},
  rows: {zh: "行", en: "rows"},
  sqlError: {zh: "SQL 错误：", en: "SQL error: "},
  quickChart: {zh: "快速图表", en: "Quick chart"},
  result: {zh: "查询结果", en: "Result"},
  loadingDb: {zh: "正在加载 DuckDB…", en: "Loading DuckDB…"},
  noChart: {
    zh: "结果中没有可作图的数值列。",
    en: "The result has no numeric column to chart."
  },
  pages: {zh: "本研究的页面", en: "Pages of this study"},
  exclusionReasons: {zh: "排除的行及原因", en: "Rows excluded and why"},
  ingestWarnings: {zh: "导入时的警告", en: "Warnings from the ingest"},
  noExclusions: {zh: "没有排除任何行。", en: "No rows were excluded."},
  alphaBy: {zh: "α（{wave}）", en: "α ({wave})"},
  mean: {zh: "均值", en: "mean"},
  sum: {zh: "总和", en: "sum"},
  scaleRange: {zh: "计分范围", en: "Scale"},
  // The published site (npm run build): what small-cell suppression left out, said where it happened.
  individualsHidden: {
    zh: "以下部分少于 {k} 人，未显示个人数据：{units}。",
    en: "No individual data shown for {units}: fewer than {k} people."
  },
  // A study above INDIVIDUAL_LIMIT participants (a city-wide survey): summaries only.
  largeStudy: {
    zh: "本研究共 {n} 名参与者：超过 {limit} 人时不逐人绘图，也不提供“排除参与者”；以下图表与统计量均基于全部参与者，在导入时算好。",
    en: "This study has {n} participants: above {limit}, no per-participant displays are drawn and leaving people out is not offered; the charts and statistics below use everyone and were computed at ingest."
  },
  // A published study that did not opt in to per-participant displays (study.yaml publish.individuals).
  aggregatesOnly: {
    zh: "本发布版本只包含汇总结果：不逐人绘图，也不提供“排除参与者”；以下图表与统计量均基于全部参与者，在导入时算好。",
    en: "This published site holds aggregate results only: no per-participant displays and no leaving people out; the charts and statistics below use everyone and were computed at ingest."
  },
  suppressedCell: {zh: "已隐藏", en: "hidden"},
  participantN: {zh: "参与者 {n}", en: "Participant {n}"},
  hiddenCount: {zh: "已隐藏（< {k}）", en: "Hidden (< {k})"},
  statsHidden: {
    zh: "少于 {k} 人的行只显示人数范围，不显示统计量。",
    en: "Rows of fewer than {k} people show no statistics."
  },
  codesHidden: {
    zh: "{n} 个编码涉及的参与者少于 {k} 人，未在图中显示。",
    en: "{n} code(s) applied to fewer than {k} participants are not charted."
  },
  notebookPublished: {
    zh: "发布版本的笔记本只提供汇总结果表（不含个人得分、作答、变化与访谈段落），并删去了少于 {k} 人的行；完整数据只在研究者本地（npm run dev）可查询。",
    en: "In the published site the notebook offers the summary tables only (no individual scores, answers, change or interview passages), without rows of fewer than {k} people; the full data can be queried only in the researcher's local view (npm run dev)."
  },
  // Dashboard: the study summary, glossary, notebook axes, exclusion reasons (the 'dashboard' branch).
  chartX: {zh: "横轴", en: "x axis"},
  chartY: {zh: "纵轴", en: "y axis"},
  chartNone: {zh: "（无：直方图）", en: "(none: histogram)"},
  glossary: {zh: "术语表", en: "Glossary"},
  // The site's frame (src/lib/chrome.ts): footer and Framework's sidebar button.
  footer: {zh: "Evalbook：社会工作小组干预评估", en: "Evalbook — evaluating social-work group interventions"},
  toggleSidebar: {zh: "显示或隐藏侧边栏", en: "Toggle sidebar"},
  why: {zh: "为什么？", en: "Why?"},
  summary: {zh: "主要结果", en: "Main findings"},
  summaryNote: {
    zh: "每张卡片为一个分量表的前后测配对比较（全体参与者）；点击查看详细结果。",
    en: "Each card is one subscale's paired pre/post comparison (everyone); follow it for the details."
  },
  summaryOneWave: {
    zh: "本研究只有一个测量时点：每张卡片把得分与量表理论中值比较。",
    en: "This study has one wave: each card compares the scores with the scale's theoretical midpoint."
  },
  noHeadline: {zh: "没有可报告的比较。", en: "No comparison to report."},
  cautions: {zh: "解读时请注意", en: "Read with care"},
  details: {zh: "查看详细结果", en: "See the details"},
  reasonNoId: {zh: "没有参与者编号", en: "no participant id"},
  reasonValueLength: {zh: "［{n} 个字符的文本］", en: "[text, {n} characters]"},
  reasonWave: {
    zh: "测量时点“{value}”未在 study.yaml 中声明",
    en: "wave '{value}' is not declared in study.yaml"
  },
  reasonGroup: {
    zh: "组别“{value}”未在 study.yaml 中声明",
    en: "group '{value}' is not declared in study.yaml"
  },
  reasonDuplicate: {
    zh: "重复提交（保留 {file} 第 {row} 行）",
    en: "duplicate submission (kept {file} row {row})"
  },
  reasonRepeated: {
    zh: "题目 {item} 的重复作答（保留较后的一行）",
    en: "repeated answer to item {item} (kept a later row)"
  },
  reasonUnknownItem: {zh: "未知题目“{item}”", en: "unknown item '{item}'"},
  studiesCount: {zh: "共 {n} 项研究", en: "{n} studies"},
  notebookHint: {
    zh: "每项研究都有 SQL 笔记本，可用 DuckDB 查询其数据表。",
    en: "Each study's notebook queries its tables with DuckDB."
  }
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** A UI string in `lang`. */
export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A UI string with `{name}` placeholders filled in. */
export function tf(key: StringKey, lang: Lang, values: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match
  );
}
