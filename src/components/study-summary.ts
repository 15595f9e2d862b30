// The study's opening summary: its design in one line, one card per scored part with the headline result in plain
// words (direction, effect size with CI, p, n), and the statistics' cautions as short sentences with a "why" link.
import {formatCI, formatPEquals, formatStat} from "../lib/format.js";
import {label, t, type Lang} from "../lib/i18n.js";
import type {OneSampleResult, PairedResult} from "../lib/results/index.js";
import {wavePairs} from "../lib/results/design.js";
import type {Guardrail} from "../lib/stats/index.js";
import {countText, type PublishPolicy} from "../lib/suppress.js";
import type {StudySize} from "../lib/types.js";
import {hideSmallRows, isHidden} from "./publish.js";
import {groupLevels, hasGroups, levelName, studyParts, waveNames, type Part, type Study} from "./study.js";

/** One line of a card: what happened in one group, in words, and the statistics behind it. */
export interface Headline {
  group: string;
  /** "up", "down" or "flat": the card's arrow. */
  direction: "up" | "down" | "flat";
  /** The finding in plain words. */
  text: string;
  /** The statistics as a thesis reports them. */
  stats: string;
  guardrails: readonly Guardrail[];
}

/** A scored part with its headlines (one per group). */
export interface PartSummary {
  part: Part;
  headlines: Headline[];
}

interface SummaryOptions {
  lang: Lang;
  policy: PublishPolicy;
  size?: StudySize;
}

/** Cohen's benchmarks in words: what a reader who has never met d can take from it. */
export function sizeWord(d: number, lang: Lang): string {
  const a = Math.abs(d);
  const [zh, en] =
    a < 0.2
      ? ["很小", "very small"]
      : a < 0.5
        ? ["小", "small"]
        : a < 0.8
          ? ["中等", "medium"]
          : ["大", "large"];
  return lang === "zh" ? zh : en;
}

function chanceWords(p: number, lang: Lang): string {
  const significant = p < 0.05;
  if (lang === "zh") return significant ? "不太可能只是偶然" : "可能只是偶然";
  return significant ? "unlikely to be chance alone" : "could be chance";
}

const direction = (x: number): Headline["direction"] => (x > 0 ? "up" : x < 0 ? "down" : "flat");

/** "n = 6（两次都有得分的人；前测 7 人，后测 6 人）": the paired n, and why it is smaller than a wave's n. */
export function pairedCount(
  c: Pick<PairedResult, "n" | "group" | "wave_from" | "wave_to">,
  {lang, policy, size, names}: SummaryOptions & {names: Record<string, string>}
): string {
  const n = `n = ${countText(c.n, policy)}`;
  const counts = size?.design.find((d) => d.group === c.group)?.waves;
  const from = counts?.[c.wave_from];
  const to = counts?.[c.wave_to];
  if (from == null || to == null || (from === c.n && to === c.n)) return n;
  const [f, t] = [countText(from, policy), countText(to, policy)];
  return lang === "zh"
    ? `${n}（两次都有得分的人；${names[c.wave_from]} ${f} 人，${names[c.wave_to]} ${t} 人）`
    : `${n} (people scored at both; ${f} at ${names[c.wave_from]}, ${t} at ${names[c.wave_to]})`;
}

function pairedHeadline(
  c: PairedResult,
  part: Part,
  options: SummaryOptions & {names: Record<string, string>}
): Headline {
  const {lang} = options;
  const [from, to] = [options.names[c.wave_from], options.names[c.wave_to]];
  const diff = formatStat(Math.abs(c.mean_diff));
  const range = `${part.score.min}–${part.score.max}`; // the score's range: k × the item scale for sum scores
  const count = pairedCount(c, options);
  const size = sizeWord(c.dz, lang);
  const chance = chanceWords(c.p_t, lang);
  const text =
    lang === "zh"
      ? c.mean_diff === 0
        ? `${to}与${from}的平均分相同（${range} 分量表）。`
        : `${to}平均分比${from}${c.mean_diff > 0 ? "高" : "低"} ${diff} 分（${range} 分量表）：变化幅度${size}，${chance}。`
      : c.mean_diff === 0
        ? `${to} and ${from} averages are the same (scale ${range}).`
        : `The average ${c.mean_diff > 0 ? "rose" : "fell"} by ${diff} points from ${from} to ${to} (scale ${range}): a ${size} change, ${chance}.`;
  const ci = lang === "zh" ? "95% 置信区间" : "95% CI";
  const sep = lang === "zh" ? "，" : ", ";
  const stats = [
    `${lang === "zh" ? "效应量 " : "effect size "}d_z = ${formatStat(c.dz)}${lang === "zh" ? "（" : " ("}${ci} ${formatCI(c.dz_ci_low, c.dz_ci_high)}${lang === "zh" ? "）" : ")"}`,
    formatPEquals(c.p_t),
    count
  ].join(sep);
  return {group: c.group, direction: direction(c.mean_diff), text, stats, guardrails: c.guardrails};
}

function midpointHeadline(r: OneSampleResult, options: SummaryOptions): Headline {
  const {lang} = options;
  const size = sizeWord(r.d, lang);
  const chance = chanceWords(r.p_t, lang);
  const n = countText(r.n, options.policy);
  const relation =
    lang === "zh"
      ? r.mean_diff > 0
        ? "高于"
        : r.mean_diff < 0
          ? "低于"
          : "等于"
      : r.mean_diff > 0
        ? "above"
        : r.mean_diff < 0
          ? "below"
          : "at";
  const text =
    lang === "zh"
      ? `平均分 ${formatStat(r.mean)}，${relation}量表理论中值 ${r.midpoint}（相差 ${formatStat(Math.abs(r.mean_diff))} 分）：差距${size}，${chance}。`
      : `The average, ${formatStat(r.mean)}, is ${relation} the scale's midpoint of ${r.midpoint} (by ${formatStat(Math.abs(r.mean_diff))} points): a ${size} difference, ${chance}.`;
  const ci = lang === "zh" ? "95% 置信区间" : "95% CI";
  const sep = lang === "zh" ? "，" : ", ";
  const stats = [
    `${lang === "zh" ? "效应量 " : "effect size "}d = ${formatStat(r.d)}${lang === "zh" ? "（" : " ("}${ci} ${formatCI(r.d_ci_low, r.d_ci_high)}${lang === "zh" ? "）" : ")"}`,
    formatPEquals(r.p_t),
    `n = ${n}`
  ].join(sep);
  return {group: r.group, direction: direction(r.mean_diff), text, stats, guardrails: r.guardrails};
}

function hiddenHeadline(group: string, n: string, lang: Lang): Headline {
  return {
    group,
    direction: "flat",
    text: lang === "zh" ? `人数过少（n ${n}），不显示结果。` : `Too few people (n ${n}): no result shown.`,
    stats: "",
    guardrails: []
  };
}

/**
 * The headline of every scored part, per group: the first pair of waves compared (paired t and d_z), or for a
 * one-wave study the comparison with the scale's midpoint. Rows the published site hides say so.
 */
export function studySummary(
  study: Study,
  {comparisons, oneSample}: {comparisons: readonly PairedResult[]; oneSample: readonly OneSampleResult[]},
  options: SummaryOptions
): PartSummary[] {
  const {policy, lang} = options;
  const groups = groupLevels(study).map((g) => g.id);
  const pair = wavePairs(study)[0];
  const names = waveNames(study, lang);
  const paired = hideSmallRows(comparisons, policy);
  const single = hideSmallRows(oneSample, policy);
  const firstWave = study.waves[0]?.id;
  return studyParts(study)
    .map((part) => {
      const same = (r: {instrument: string; subscale: string; group: string}, g: string) =>
        r.instrument === part.instrument && r.subscale === part.subscale && r.group === g;
      const headlines = groups.flatMap((g): Headline[] => {
        if (pair) {
          const c = paired.find((r) => same(r, g) && r.wave_from === pair[0] && r.wave_to === pair[1]);
          if (!c) return [];
          return [
            isHidden(c) ? hiddenHeadline(g, c.shown, lang) : pairedHeadline(c, part, {...options, names})
          ];
        }
        const r = single.find((x) => same(x, g) && x.wave === firstWave);
        if (!r) return [];
        return [isHidden(r) ? hiddenHeadline(g, r.shown, lang) : midpointHeadline(r, options)];
      });
      return {part, headlines};
    })
    .filter((s) => s.headlines.length);
}

/** "一组 · 前测 → 后测 · 7 人参与，6 人两次均有得分 · 3 个计分部分" in one line. */
export function designLine(
  study: Study,
  size: StudySize | undefined,
  lang: Lang,
  policy: PublishPolicy
): string {
  const groups = hasGroups(study)
    ? groupLevels(study)
        .map((g) => label(g.label, lang, g.id))
        .join(lang === "zh" ? "、" : " and ")
    : lang === "zh"
      ? "一个小组"
      : "one group";
  const waves = study.waves.map((w) => label(w.label, lang, w.id)).join(" → ");
  const all = size?.design.find((d) => d.group === "all");
  const people = size?.participants;
  const parts = studyParts(study).length;
  const sep = " · ";
  if (lang === "zh") {
    const count =
      people != null
        ? `${countText(people, policy)} 人参与${study.waves.length > 1 && all ? `，${countText(all.matched, policy)} 人每次均有得分` : ""}`
        : "";
    return [groups, study.waves.length > 1 ? waves : `一次测量（${waves}）`, count, `${parts} 个计分部分`]
      .filter(Boolean)
      .join(sep);
  }
  const count =
    people != null
      ? `${countText(people, policy)} participants${study.waves.length > 1 && all ? `, ${countText(all.matched, policy)} scored at every wave` : ""}`
      : "";
  const first = groups.charAt(0).toUpperCase() + groups.slice(1);
  return [first, study.waves.length > 1 ? waves : `one wave (${waves})`, count, `${parts} scored parts`]
    .filter(Boolean)
    .join(sep);
}

/** A caution in a short sentence, and where its explanation is. */
export interface Caution {
  text: string;
  href: string;
}

/**
 * The guardrails of the headlines, one short sentence per kind (not per subscale), each with a link to why. The
 * full messages stay on the detail pages.
 */
export function cautions(summaries: readonly PartSummary[], lang: Lang): Caution[] {
  const all = summaries.flatMap((s) => s.headlines.flatMap((h) => h.guardrails));
  const codes = new Set(all.map((g) => g.code));
  const smallest = Math.min(...all.filter((g) => g.code === "small_n").map((g) => Number(g.value)));
  const minP = Math.max(...all.filter((g) => g.code === "min_p").map((g) => Number(g.value)));
  const out: Caution[] = [];
  const add = (zh: string, en: string, href: string) => out.push({text: lang === "zh" ? zh : en, href});
  if (codes.has("small_n"))
    add(
      `样本很小（最少 ${smallest} 人）：p 值不稳定，应看效应量及其置信区间。`,
      `Small samples (as few as ${smallest}): p-values are shaky; read the effect sizes and their intervals.`,
      "../../glossary.html#ci"
    );
  // A floor below .001 changes no reading of p (and would print as "0.000"): named only when it could matter.
  if (codes.has("min_p") && minP >= 0.001)
    add(
      `人数太少时，Wilcoxon 精确检验的 p 不可能低于 ${formatStat(minP, 3)}。`,
      `With so few people the exact Wilcoxon test cannot give p below ${formatStat(minP, 3)}.`,
      "../../glossary.html#wilcoxon"
    );
  if (codes.has("ties") || codes.has("zeros"))
    add(
      "有人得分相同或没有变化：Wilcoxon 检验的 p 为近似值。",
      "Some scores are tied or did not change: the Wilcoxon p is an approximation.",
      "../../glossary.html#wilcoxon"
    );
  if (codes.has("missing"))
    add(
      "缺少某次得分的人不计入比较。",
      "People missing a score are left out of the comparison.",
      "../../glossary.html#n"
    );
  if (codes.has("ceiling") || codes.has("floor"))
    add(
      "部分得分已在量表的最高或最低分：那一端的变化测不出来。",
      "Some scores sit at the top or bottom of the scale: change beyond it cannot show.",
      "./distributions.html"
    );
  return out;
}

/** Where a card links: the page with the part's full results. */
export function detailHref(study: Study): string {
  return study.waves.length > 1 ? "./prepost.html" : "./distributions.html";
}

/** The cards: one per part, a line per group (named when the study has several), each with its statistics. */
export function summaryCards(
  study: Study,
  summaries: readonly PartSummary[],
  {lang}: {lang: Lang}
): HTMLElement {
  const levels = groupLevels(study);
  const grid = document.createElement("div");
  grid.className = "summary-cards";
  for (const {part, headlines} of summaries) {
    const card = document.createElement("a");
    card.className = "card summary-card";
    card.href = detailHref(study);
    const title = document.createElement("h3");
    title.textContent = label(part.title, lang, part.subscale);
    card.append(title);
    for (const h of headlines) {
      const line = document.createElement("p");
      line.className = `headline headline-${h.direction}`;
      const arrow = document.createElement("span");
      arrow.className = "arrow";
      arrow.setAttribute("aria-hidden", "true");
      arrow.textContent = h.direction === "up" ? "▲" : h.direction === "down" ? "▼" : "●";
      line.append(arrow, " ");
      if (hasGroups(study)) {
        const who = document.createElement("b");
        who.textContent = `${levelName(levels, h.group, lang)}${lang === "zh" ? "：" : ": "}`;
        line.append(who);
      }
      line.append(h.text);
      card.append(line);
      if (h.stats) {
        const stats = document.createElement("p");
        stats.className = "headline-stats muted";
        stats.textContent = h.stats;
        card.append(stats);
      }
    }
    const more = document.createElement("span");
    more.className = "more";
    more.textContent = `${t("details", lang)} →`;
    card.append(more);
    grid.append(card);
  }
  return grid;
}

/** The cautions as a short list, each with its "why" link. */
export function cautionList(items: readonly Caution[], {lang}: {lang: Lang}): HTMLUListElement {
  const list = document.createElement("ul");
  list.className = "cautions";
  for (const c of items) {
    const li = document.createElement("li");
    const why = document.createElement("a");
    why.href = c.href;
    why.textContent = t("why", lang);
    li.append(`${c.text} `, why);
    list.append(li);
  }
  return list;
}
