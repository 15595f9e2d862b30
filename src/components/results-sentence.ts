// A paired comparison as the sentence a thesis reports it in (Chinese or English), with the methods note and a copy button.
import {formatCI, formatStat, methodsNote, resultsSentence} from "../lib/format.js";
import {t, type Lang} from "../lib/i18n.js";
import type {PairedResult} from "../lib/results/index.js";

export interface SentenceOptions {
  lang: Lang;
  /** The subscale's name in `lang`. */
  name: string;
  /** Wave id → display name in `lang`. */
  waveNames: Record<string, string>;
}

/**
 * "学习能力自我效能感：后测得分（M = 3.13，SD = 0.26）高于前测（M = 2.26，SD = 0.13），n = 6，平均差值 0.88，
 * 95% 置信区间 [0.55, 1.21]；配对样本 t 检验 t(5) = 6.82，p = .001，…；Wilcoxon 符号秩检验 V = 21，p = .036，r_rb = 1.00。"
 * Significance is worded from the paired t test's p at .05, without claiming more than the numbers show.
 */
export function thesisSentence(c: PairedResult, {lang, name, waveNames}: SentenceOptions): string {
  const [from, to] = [waveNames[c.wave_from] ?? c.wave_from, waveNames[c.wave_to] ?? c.wave_to];
  const t = resultsSentence(c, {lang, test: "t"});
  const w = resultsSentence(c, {lang, test: "wilcoxon"});
  const diff = `${formatStat(c.mean_diff)}`;
  const significant = c.p_t < 0.05;
  if (lang === "zh") {
    const direction = c.mean_diff > 0 ? "高于" : c.mean_diff < 0 ? "低于" : "等于";
    const verdict = significant ? "差异具有统计学意义" : "差异未达到统计学显著水平";
    return (
      `${name}：${to}得分（M = ${formatStat(c.mean_to)}，SD = ${formatStat(c.sd_to)}）${direction}${from}` +
      `（M = ${formatStat(c.mean_from)}，SD = ${formatStat(c.sd_from)}），n = ${c.n}，平均差值 ${diff}，` +
      `95% 置信区间 ${formatCI(c.diff_ci_low, c.diff_ci_high)}；配对样本 t 检验${verdict}，${t}；` +
      `Wilcoxon 符号秩检验 ${w}。`
    );
  }
  const direction = c.mean_diff > 0 ? "higher than" : c.mean_diff < 0 ? "lower than" : "the same as";
  const verdict = significant
    ? "the difference was statistically significant"
    : "the difference was not statistically significant";
  return (
    `${name}: ${to.toLowerCase()} scores (M = ${formatStat(c.mean_to)}, SD = ${formatStat(c.sd_to)}) were ${direction} ` +
    `${from.toLowerCase()} scores (M = ${formatStat(c.mean_from)}, SD = ${formatStat(c.sd_from)}), n = ${c.n}, ` +
    `mean difference ${diff}, 95% CI ${formatCI(c.diff_ci_low, c.diff_ci_high)}; in a paired t test ${verdict}, ${t}; ` +
    `Wilcoxon signed-rank test, ${w}.`
  );
}

/** The sentence and the one-line methods note, each with a copy button; text only, never HTML. */
export function sentenceBlock(c: PairedResult, options: SentenceOptions): HTMLElement {
  const {lang, waveNames} = options;
  const block = document.createElement("div");
  block.className = "results-sentence";
  const rows: [string, string][] = [
    [t("resultsSentence", lang), thesisSentence(c, options)],
    [t("methodsNote", lang), methodsNote(c, {lang, waveNames})]
  ];
  for (const [heading, text] of rows) {
    const label = document.createElement("div");
    label.className = "muted";
    label.textContent = heading;
    const p = document.createElement("p");
    p.textContent = text;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = t("copy", lang);
    button.addEventListener("click", async () => {
      await navigator.clipboard?.writeText(text);
      button.textContent = t("copied", lang);
    });
    p.append(" ", button);
    block.append(label, p);
  }
  return block;
}
