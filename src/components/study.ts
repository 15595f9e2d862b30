// What the quantitative pages need to know about a study: its waves, groups and scored parts, with labels.
import type {Study} from "../../loaders/study/schema.js";
import {label, t, type Lang} from "../lib/i18n.js";
import {scoredParts, scoreScale} from "../lib/results/design.js";
import type {Label} from "../lib/types.js";
import type {Level, ScaleRange} from "./charts/common.js";

export type {Study};

/** A scored part of an instrument: one subscale, or the total over all its items. */
export interface Part {
  /** `instrument/subscale`, unique in the study; what controls and file names use. */
  key: string;
  instrument: string;
  subscale: string;
  title: Label;
  instrumentTitle: Label;
  /** The items' answer scale (for answer distributions). */
  scale: ScaleRange;
  /** The score's range: the item scale for mean scores, k × it for sum scores (what score charts draw on). */
  score: ScaleRange;
  /** The score's theoretical midpoint (k × the item midpoint for sum scores); undefined when none is declared. */
  midpoint: number | undefined;
  higherIsBetter: boolean;
  /** Items scored in this part, in questionnaire order. */
  items: {id: string; label?: Label; reverse: boolean}[];
}

/** Every scored part of every instrument, subscales first and `total` last, as the result tables hold them. */
export function studyParts(study: Study): Part[] {
  return study.instruments.flatMap((instrument) =>
    scoredParts(instrument).map((subscale) => {
      const {min, max, midpoint} = scoreScale(instrument, subscale);
      const total = subscale === "total";
      const title = total
        ? (instrument.total !== false && instrument.total.title) || {
            zh: t("total", "zh"),
            en: t("total", "en")
          }
        : (instrument.subscales.find((s) => s.id === subscale)?.title ?? {zh: subscale, en: subscale});
      return {
        key: `${instrument.id}/${subscale}`,
        instrument: instrument.id,
        subscale,
        title,
        instrumentTitle: instrument.title ?? {zh: instrument.id, en: instrument.id},
        scale: instrument.scale,
        score: {min, max},
        midpoint,
        higherIsBetter: instrument.higher_is_better,
        items: instrument.items.filter((i) => total || i.subscale === subscale)
      };
    })
  );
}

/** The part a row of a result table belongs to. */
export function partOf(
  parts: readonly Part[],
  row: {instrument: string; subscale: string}
): Part | undefined {
  return parts.find((p) => p.instrument === row.instrument && p.subscale === row.subscale);
}

/** Whether the study has parallel groups (children's and parents' groups, say). */
export function hasGroups(study: Study): boolean {
  return study.groups.length > 1;
}

/** Waves as chart levels. */
export function waveLevels(study: Study): Level[] {
  return study.waves.map((w) => ({id: w.id, label: w.label ?? w.id}));
}

/** Groups as chart levels: the study's groups, or the single group `all` ("全体"). */
export function groupLevels(study: Study, {withAll = false} = {}): Level[] {
  const all = {id: "all", label: {zh: t("all", "zh"), en: t("all", "en")}};
  // A single declared group is still that group: its rows carry its id, not `all`.
  if (!study.groups.length) return [all];
  const groups = study.groups.map((g) => ({id: g.id, label: g.label ?? g.id}));
  return withAll && hasGroups(study) ? [all, ...groups] : groups;
}

/** Display name of a level id in `lang`. */
export function levelName(levels: readonly Level[], id: string, lang: Lang): string {
  return label(levels.find((l) => l.id === id)?.label, lang, id);
}

/** Wave id → display name, for methods notes and sentences. */
export function waveNames(study: Study, lang: Lang): Record<string, string> {
  return Object.fromEntries(study.waves.map((w) => [w.id, label(w.label, lang, w.id)]));
}
