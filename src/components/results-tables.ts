// APA tables of the result rows (paired, one-sample, reliability, items, between groups, change counts), in either language.
import {formatCI, formatP, formatStat, formatUnit} from "../lib/format.js";
import {label, t, tf, type Lang, type StringKey} from "../lib/i18n.js";
import type {
  BetweenGroupsResult,
  ItemReliability,
  OneSampleResult,
  PairedResult,
  ReliabilityResult
} from "../lib/results/index.js";
import {hiddenChangeCounts, type ChangeCount} from "../lib/results/change-counts.js";
import {countText, type PublishPolicy} from "../lib/suppress.js";
import type {Level} from "./charts/common.js";
import {hideSmallRows, isHidden} from "./publish.js";
import {partOf, type Part} from "./study.js";
import {ResultsTable, type ResultsColumn} from "./table.js";

/** What every table needs to name its rows. */
export interface TableContext {
  lang: Lang;
  parts: readonly Part[];
  waves: readonly Level[];
  groups: readonly Level[];
  /** Number in the caption ("表 2"). Default 1. */
  number?: number;
  /** Show a group column (when rows of several groups are shown together). Default false. */
  showGroup?: boolean;
  /**
   * This build's publishing rules (`data/publish.json`): in the published site, rows of fewer than `min_cell`
   * people show "< 3" for n and no statistics. Default: everything shown.
   */
  policy?: PublishPolicy;
}

const SHOW_ALL: PublishPolicy = {published: false, min_cell: 1, excerpts: true};

/** Rows with their statistics hidden where n is small (published site only), and columns that print them so. */
export function suppressed<T extends object>(
  rows: readonly T[],
  columns: ResultsColumn<T>[],
  c: TableContext,
  {count = "n", keep = []}: {count?: string; keep?: readonly string[]} = {}
): {rows: T[]; columns: ResultsColumn<T>[]} {
  const policy = c.policy ?? SHOW_ALL;
  const out = hideSmallRows(rows, policy, {count, keep});
  const label = ["subscale", "group", "wave", "measure", count, ...keep];
  return {
    rows: out,
    columns: columns.map((col) =>
      col.key === count
        ? {...col, format: (_, r) => (r as {shown?: string}).shown ?? "—"}
        : label.includes(col.key) || !col.format
          ? col
          : {...col, format: (v, r) => (isHidden(r) ? "—" : col.format!(v, r))}
    )
  };
}

type Row = {instrument: string; subscale: string};

export const msd = (m: number, sd: number) => `${formatStat(m)} (${formatStat(sd)})`;
const method = (m: string, lang: Lang) => t(m === "exact" ? "exact" : "normal", lang);
const tdf = (tv: number, df: number) =>
  `${formatStat(tv)} (${Number.isInteger(df) ? df : formatStat(df, 1)})`;

/** "变化量（后测 − 前测）" / "Change (Post-test − Pre-test)". */
export function paren(text: string, inner: string, lang: Lang): string {
  return lang === "zh" ? `${text}（${inner}）` : `${text} (${inner})`;
}

function name(levels: readonly Level[], id: string, lang: Lang): string {
  return label(levels.find((l) => l.id === id)?.label, lang, id);
}

export function partColumn<T extends Row>(c: TableContext): ResultsColumn<T> {
  return {
    key: "subscale",
    label: t("subscale", c.lang),
    align: "left",
    format: (_, row) => label(partOf(c.parts, row)?.title, c.lang, row.subscale)
  };
}

/** The glossary entry (src/lib/glossary.ts) that explains a column heading on hover or tap. */
const TERMS: Partial<Record<StringKey, string>> = {
  n: "n",
  msd: "msd",
  diffCI: "ci",
  meanCI: "ci",
  tdf: "t",
  p: "p",
  wilcoxonV: "wilcoxon",
  pMethod: "wilcoxon",
  dzCI: "dz",
  dCI: "d",
  rrb: "rrb",
  pHolm: "holm",
  alphaCI: "feldt",
  itemTotal: "item-total",
  alphaIfDeleted: "alpha",
  welchT: "welch",
  mannWhitneyW: "mann-whitney",
  hedgesG: "hedges-g",
  reliabilityUsed: "rci",
  improved: "rci",
  unchanged: "rci",
  deteriorated: "rci"
};

export function column<T>(
  key: keyof T & string,
  label: StringKey,
  lang: Lang,
  format: ResultsColumn<T>["format"]
): ResultsColumn<T> {
  return {key, label: t(label, lang), format, align: "right", term: TERMS[label]};
}

export function groupColumn<T extends {group: string}>(c: TableContext): ResultsColumn<T>[] {
  return c.showGroup
    ? [
        {
          key: "group",
          label: t("group", c.lang),
          align: "left",
          format: (g) => name(c.groups, String(g), c.lang)
        }
      ]
    : [];
}

/** Paired comparisons: n, M (SD) at both waves, mean difference [CI], t, Wilcoxon, d_z [CI], r_rb, Holm's p. */
export function pairedTable(rows: readonly PairedResult[], c: TableContext): HTMLTableElement {
  const {lang} = c;
  const first = rows[0];
  const [from, to] = first
    ? [name(c.waves, first.wave_from, lang), name(c.waves, first.wave_to, lang)]
    : ["", ""];
  const columns: ResultsColumn<PairedResult>[] = [
    partColumn(c),
    ...groupColumn<PairedResult>(c),
    column("n", "n", lang, (v) => String(v)),
    {
      key: "mean_from",
      label: `${from} ${t("msd", lang)}`,
      format: (_, r) => msd(r.mean_from, r.sd_from),
      align: "right",
      term: "msd"
    },
    {
      key: "mean_to",
      label: `${to} ${t("msd", lang)}`,
      format: (_, r) => msd(r.mean_to, r.sd_to),
      align: "right",
      term: "msd"
    },
    column(
      "mean_diff",
      "diffCI",
      lang,
      (_, r) => `${formatStat(r.mean_diff)} ${formatCI(r.diff_ci_low, r.diff_ci_high)}`
    ),
    column("t", "tdf", lang, (_, r) => tdf(r.t, r.df)),
    column("p_t", "p", lang, (p) => formatP(p as number)),
    column("wilcoxon_v", "wilcoxonV", lang, (v) => formatStat(v as number, 0)),
    column(
      "p_wilcoxon",
      "pMethod",
      lang,
      (_, r) => `${formatP(r.p_wilcoxon)} (${method(r.wilcoxon_method, lang)})`
    ),
    column("dz", "dzCI", lang, (_, r) => `${formatStat(r.dz)} ${formatCI(r.dz_ci_low, r.dz_ci_high)}`),
    column("rank_biserial", "rrb", lang, (v) => formatUnit(v as number)),
    column("p_holm", "pHolm", lang, (p) => formatP(p as number))
  ];
  const note =
    lang === "zh"
      ? `差值 = ${to} − ${from}。d_z 的置信区间基于非中心 t 分布；r_rb 为 Wilcoxon 检验的秩二列相关；Holm 校正在同一量表的各分量表之间进行（总分单独计）。`
      : `Difference = ${to} − ${from}. The CI of d_z is from the noncentral t distribution; r_rb is the rank-biserial correlation of the Wilcoxon test; Holm's adjustment is across the subscales of an instrument (the total on its own).`;
  const shown = suppressed(rows, columns, c);
  return ResultsTable(shown.rows, {
    columns: shown.columns,
    lang,
    caption: tf("pairedTable", lang, {n: c.number ?? 1}),
    notes: [note]
  });
}

/** One-sample comparisons with the theoretical midpoint, per wave. */
export function oneSampleTable(rows: readonly OneSampleResult[], c: TableContext): HTMLTableElement {
  const {lang} = c;
  const columns: ResultsColumn<OneSampleResult>[] = [
    partColumn(c),
    ...groupColumn<OneSampleResult>(c),
    {key: "wave", label: t("wave", lang), align: "left", format: (w) => name(c.waves, String(w), lang)},
    column("n", "n", lang, (v) => String(v)),
    column("mean", "msd", lang, (_, r) => msd(r.mean, r.sd)),
    column("midpoint", "midpoint", lang, (v) => String(v)),
    column("mean_diff", "meanMinusMid", lang, (v) => formatStat(v as number)),
    column("ci_low", "meanCI", lang, (_, r) => formatCI(r.ci_low, r.ci_high)),
    column("t", "tdf", lang, (_, r) => tdf(r.t, r.df)),
    column("p_t", "p", lang, (p) => formatP(p as number)),
    column("wilcoxon_v", "wilcoxonV", lang, (v) => formatStat(v as number, 0)),
    column(
      "p_wilcoxon",
      "pMethod",
      lang,
      (_, r) => `${formatP(r.p_wilcoxon)} (${method(r.wilcoxon_method, lang)})`
    ),
    column("d", "dCI", lang, (_, r) => `${formatStat(r.d)} ${formatCI(r.d_ci_low, r.d_ci_high)}`)
  ];
  const note =
    lang === "zh"
      ? "单样本 t 检验与 Wilcoxon 符号秩检验，检验值为量表理论中值；d = (M − 中值) / SD。"
      : "One-sample t test and Wilcoxon signed-rank test against the scale's theoretical midpoint; d = (M − midpoint) / SD.";
  const shown = suppressed(rows, columns, c, {keep: ["midpoint"]});
  return ResultsTable(shown.rows, {
    columns: shown.columns,
    lang,
    caption: tf("oneSampleTable", lang, {n: c.number ?? 1}),
    notes: [note]
  });
}

/** Cronbach's α with Feldt's 95% CI, per part and wave. */
export function reliabilityTable(rows: readonly ReliabilityResult[], c: TableContext): HTMLTableElement {
  const {lang} = c;
  const columns: ResultsColumn<ReliabilityResult>[] = [
    partColumn(c),
    ...groupColumn<ReliabilityResult>(c),
    {key: "wave", label: t("wave", lang), align: "left", format: (w) => name(c.waves, String(w), lang)},
    column("n", "n", lang, (v) => String(v)),
    column("k", "k", lang, (v) => String(v)),
    column(
      "alpha",
      "alphaCI",
      lang,
      (_, r) => `${formatUnit(r.alpha)} [${formatUnit(r.ci_low)}, ${formatUnit(r.ci_high)}]`
    )
  ];
  const note =
    lang === "zh"
      ? "α 的 95% 置信区间采用 Feldt (1965) 法；n 为所有题目均有作答的人数。"
      : "95% CI of α by Feldt's (1965) method; n counts respondents who answered every item.";
  const shown = suppressed(rows, columns, c, {keep: ["k"]});
  return ResultsTable(shown.rows, {
    columns: shown.columns,
    lang,
    caption: tf("reliabilityTable", lang, {n: c.number ?? 1}),
    notes: [note]
  });
}

/** Item analysis of one part: wording, reverse keying, and per wave item–total r and α if deleted. */
export function itemTable(rows: readonly ItemReliability[], part: Part, c: TableContext): HTMLTableElement {
  const {lang} = c;
  const waves = c.waves.filter((w) => rows.some((r) => r.wave === w.id));
  const byItem = part.items.map((item) => {
    const row: Record<string, string | number | null> = {
      item: item.id,
      text: label(item.label, lang, ""),
      reverse: item.reverse ? t("yes", lang) : ""
    };
    for (const w of waves) {
      const r = rows.find((x) => x.item === item.id && x.wave === w.id);
      row[`it_${w.id}`] = r?.item_total ?? null;
      row[`ad_${w.id}`] = r?.alpha_if_deleted ?? null;
    }
    return row;
  });
  const columns: ResultsColumn<Record<string, string | number | null>>[] = [
    {key: "item", label: t("item", lang), align: "left"},
    {key: "text", label: t("itemText", lang), align: "left"},
    {key: "reverse", label: t("reverse", lang), align: "center"},
    ...waves.flatMap((w) => [
      {
        key: `it_${w.id}`,
        label: `${name(c.waves, w.id, lang)} ${t("itemTotal", lang)}`,
        format: (v: unknown) => formatUnit(v as number),
        align: "right" as const,
        term: "item-total"
      },
      {
        key: `ad_${w.id}`,
        label: `${name(c.waves, w.id, lang)} ${t("alphaIfDeleted", lang)}`,
        format: (v: unknown) => formatUnit(v as number),
        align: "right" as const
      }
    ])
  ];
  const note =
    lang === "zh"
      ? "校正题总相关为该题与其余题目总分的相关；反向计分题已先转换。"
      : "Corrected item–total r: the item's correlation with the sum of the other items; reverse-keyed items recoded first.";
  return ResultsTable(byItem, {
    columns,
    lang,
    caption: `${tf("itemTable", lang, {n: c.number ?? 1})}${lang === "zh" ? "：" : ": "}${label(part.title, lang)}`,
    notes: [note]
  });
}

/** Welch t and Mann–Whitney between two groups, at each wave and on the change scores. */
export function betweenTable(rows: readonly BetweenGroupsResult[], c: TableContext): HTMLTableElement {
  const {lang} = c;
  const first = rows[0];
  const [x, y] = first
    ? [name(c.groups, first.group_x, lang), name(c.groups, first.group_y, lang)]
    : ["x", "y"];
  const measure = (m: string) => {
    const change = /^change:(.+)-(.+)$/.exec(m);
    // With two waves "Change" is unambiguous (the note says post − pre); a narrower column keeps the table on the page.
    if (change && c.waves.length <= 2) return t("changeOf", lang);
    return change
      ? paren(
          t("changeOf", lang),
          `${name(c.waves, change[2], lang)} − ${name(c.waves, change[1], lang)}`,
          lang
        )
      : name(c.waves, m, lang);
  };
  const columns: ResultsColumn<BetweenGroupsResult>[] = [
    partColumn(c),
    {key: "measure", label: t("measure", lang), align: "left", format: (m) => measure(String(m))},
    {
      key: "mean_x",
      label: `${x} n, ${t("msd", lang)}`,
      format: (_, r) => `${r.n_x}, ${msd(r.mean_x, r.sd_x)}`,
      align: "right"
    },
    {
      key: "mean_y",
      label: `${y} n, ${t("msd", lang)}`,
      format: (_, r) => `${r.n_y}, ${msd(r.mean_y, r.sd_y)}`,
      align: "right"
    },
    column(
      "mean_diff",
      "diffCI",
      lang,
      (_, r) => `${formatStat(r.mean_diff)} ${formatCI(r.diff_ci_low, r.diff_ci_high)}`
    ),
    column("t", "welchT", lang, (_, r) => tdf(r.t, r.df)),
    column("p_t", "p", lang, (p) => formatP(p as number)),
    column("wilcoxon_w", "mannWhitneyW", lang, (v) => formatStat(v as number, 0)),
    column(
      "p_wilcoxon",
      "pMethod",
      lang,
      (_, r) => `${formatP(r.p_wilcoxon)} (${method(r.wilcoxon_method, lang)})`
    ),
    column("g", "hedgesG", lang, (v) => formatStat(v as number)),
    column("rank_biserial", "rrb", lang, (v) => formatUnit(v as number))
  ];
  // A comparison is as small as its smaller group; each group's n is printed as the published site may.
  const policy = c.policy ?? SHOW_ALL;
  const sized = rows.map((r) => ({
    ...r,
    n: Math.min(r.n_x, r.n_y),
    nx: countText(r.n_x, policy),
    ny: countText(r.n_y, policy)
  }));
  type Sized = (typeof sized)[number];
  const withCounts: ResultsColumn<Sized>[] = (columns as unknown as ResultsColumn<Sized>[]).map((col) =>
    col.key === "mean_x" || col.key === "mean_y"
      ? {
          ...col,
          format: (_, r) => {
            const [n, m, sd] = col.key === "mean_x" ? [r.nx, r.mean_x, r.sd_x] : [r.ny, r.mean_y, r.sd_y];
            return isHidden(r) ? `${n}, —` : `${n}, ${msd(m, sd)}`;
          }
        }
      : col
  );
  const shown = suppressed(sized, withCounts, c, {keep: ["n_x", "n_y"]});
  const keepCounts = shown.columns.map((col) =>
    col.key === "mean_x" || col.key === "mean_y" ? withCounts.find((w) => w.key === col.key)! : col
  );
  return ResultsTable(shown.rows, {
    columns: keepCounts,
    lang,
    caption: tf("betweenTable", lang, {n: c.number ?? 1}),
    notes: [tf("betweenNote", lang, {x, y})]
  });
}

/** The number of participants in each reliable-change category, per part (and group), with the reliability used. */
export function changeCountsTable(counts: readonly ChangeCount[], c: TableContext): HTMLTableElement {
  const {lang} = c;
  // Category counts hidden as in the published file (src/lib/results/change-counts.ts).
  const policy = c.policy ?? SHOW_ALL;
  const {text} = hiddenChangeCounts(counts, policy);
  const shownCounts = counts.map((row, i) => ({
    ...row,
    row: i,
    nShown: countText(row.n, policy),
    improvedShown: text(i, "improved"),
    unchangedShown: text(i, "unchanged"),
    deterioratedShown: text(i, "deteriorated")
  }));
  type Count = (typeof shownCounts)[number];
  const columns: ResultsColumn<Count>[] = [
    partColumn(c),
    ...groupColumn<Count>(c),
    column("n", "n", lang, (_, r) => r.nShown),
    column("improved", "improved", lang, (_, r) => r.improvedShown),
    column("unchanged", "unchanged", lang, (_, r) => r.unchangedShown),
    column("deteriorated", "deteriorated", lang, (_, r) => r.deterioratedShown),
    column("reliability", "reliabilityUsed", lang, (_, r) =>
      paren(
        formatUnit(r.reliability),
        t(r.reliability_source === "study" ? "fromStudy" : "fromAlpha", lang),
        lang
      )
    )
  ];
  return ResultsTable(shownCounts, {
    columns,
    lang,
    caption: tf("changeTable", lang, {n: c.number ?? 1}),
    notes: [t("rciNote", lang)]
  });
}
