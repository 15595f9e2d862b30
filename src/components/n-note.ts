// Why the means chart and the paired test give different n on one page: the means count everyone scored at each
// wave, the paired test only those scored at both.
import {tf, type Lang} from "../lib/i18n.js";
import type {MeanSummary} from "./charts/mean-ci.js";

export interface MeansNNoteOptions {
  /** The group the comparison is of. */
  group: string;
  /** The compared waves, in order. */
  waves: readonly string[];
  /** n of the paired comparison. */
  pairedN: number;
  /** Wave id → display name. */
  waveNames: Readonly<Record<string, string>>;
  lang: Lang;
}

/**
 * One line saying why the means chart's n differs from the paired n ("前测 n = 7 … n = 6"), or null when every
 * compared wave's mean has the paired n (nothing to explain).
 */
export function meansNNote(
  means: readonly MeanSummary[],
  {group, waves, pairedN, waveNames, lang}: MeansNNoteOptions
): string | null {
  const differing = waves.flatMap((wave) =>
    means.filter((m) => m.group === group && m.wave === wave && m.n !== pairedN)
  );
  if (!differing.length) return null;
  const list = differing
    .map((m) => `${waveNames[m.wave] ?? m.wave} n = ${m.n}`)
    .join(lang === "zh" ? "，" : ", ");
  return tf("meansNNote", lang, {waves: list, n: pairedN});
}
