// What the reliability page shows of one group and part: the α rows, the item rows whose wave's α is published, the
// guardrail notes and the caution under the α table. Pure: results and policy in, rows and notes out.
import {label, type Lang, type StringKey} from "../lib/i18n.js";
import type {ItemReliability, ReliabilityResult} from "../lib/results/reliability.js";
import {guardrailNotes, type Note} from "./notes.js";
import {hideSmallRows, isHidden, type PublishPolicy} from "./publish.js";
import type {Part} from "./study.js";

/** Below this many respondents an α's interval is wide: the caution says "in this small sample". */
export const SMALL_SAMPLE = 30;

export interface ReliabilityView {
  /** α of every part and wave for the group, as computed (the table hides what the policy hides). */
  scales: ReliabilityResult[];
  /** The same rows as published: statistics of fewer than min_cell people hidden, k kept. */
  published: ReturnType<typeof hideSmallRows<ReliabilityResult>>;
  /** Item statistics of the part, without the waves whose α is hidden. */
  items: ItemReliability[];
  /** The guardrails of the published α, each said once with where it applies ("学习能力 · 前测"). */
  notes: Note[];
  /** The caution under the α table. */
  caution: Extract<StringKey, "alphaCaution" | "alphaCautionSmall">;
}

export interface ReliabilityViewOptions {
  part: Pick<Part, "instrument" | "subscale">;
  group: string;
  parts: readonly Pick<Part, "instrument" | "subscale" | "title">[];
  policy: PublishPolicy;
  waveNames: Readonly<Record<string, string>>;
  lang: Lang;
  /** The notes' word for "every part", e.g. "所有分量表". */
  everywhere: string;
}

export function reliabilityView(
  results: {reliability: readonly ReliabilityResult[]; itemReliability: readonly ItemReliability[]},
  {part, group, parts, policy, waveNames, lang, everywhere}: ReliabilityViewOptions
): ReliabilityView {
  const samePart = (r: {instrument: string; subscale: string}) =>
    r.instrument === part.instrument && r.subscale === part.subscale;
  const scales = results.reliability.filter((r) => r.group === group);
  const published = hideSmallRows(scales, policy, {keep: ["k"]});
  // Item statistics of a wave whose α rests on fewer than min_cell people are not shown in the published site.
  const small = new Set(published.filter((r) => isHidden(r) && samePart(r)).map((r) => r.wave));
  const items = results.itemReliability.filter((r) => r.group === group && samePart(r) && !small.has(r.wave));
  const partTitle = (r: ReliabilityResult) =>
    label(
      parts.find((p) => p.instrument === r.instrument && p.subscale === r.subscale)?.title,
      lang,
      r.subscale
    );
  const notes = guardrailNotes(
    published
      .filter((r) => !isHidden(r))
      .map((r) => ({where: `${partTitle(r)} · ${waveNames[r.wave]}`, guardrails: r.guardrails})),
    {everywhere, lang}
  );
  // "In this small sample" only where some α rests on fewer than SMALL_SAMPLE people (where its interval is wide).
  const caution = scales.some((r) => r.n < SMALL_SAMPLE) ? "alphaCautionSmall" : "alphaCaution";
  return {scales, published, items, notes, caution};
}
