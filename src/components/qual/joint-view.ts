// What the joint display page shows: the wave pairs to choose from, the participants' rows the published site may
// show, the subscale columns and the themes' colour order. Pure: study tables in, rows and columns out.
import type {Lang} from "../../lib/i18n.js";
import {jointDisplay, type ChangeInput, type JointRow} from "../../lib/qual/joint.js";
import type {CodebookRow, SegmentRow} from "../../lib/qual/types.js";
import {individualRows, type PublishPolicy} from "../../lib/suppress.js";
import type {JointColumn} from "./joint-table.js";
import {subscaleName} from "./labels.js";

/** The pairs of waves the change scores compare, in order of first appearance. */
export function changePairs(
  change: readonly Pick<ChangeInput, "wave_from" | "wave_to">[]
): [string, string][] {
  return [
    ...new Map(
      change.map((c) => [`${c.wave_from}→${c.wave_to}`, [c.wave_from, c.wave_to] as [string, string]])
    ).values()
  ];
}

/**
 * The joint display's rows for a pair of waves, and the groups left out: in the published site rows only for groups
 * of at least min_cell people.
 */
export function publishedJointRows(
  change: readonly ChangeInput[],
  segments: readonly SegmentRow[],
  {pair, policy}: {pair?: readonly [string, string]; policy: PublishPolicy}
): {rows: JointRow[]; hidden: {group: string | null; n: number}[]} {
  const individual = individualRows(
    jointDisplay(change, segments, pair ? {waves: pair} : {}) as (JointRow & Record<string, unknown>)[],
    {participant: "participant", by: ["group"]},
    policy
  );
  return {
    rows: individual.rows,
    hidden: individual.hidden.map(({unit, n}) => ({group: unit.group ?? null, n}))
  };
}

/** The subscale columns: in study order, each instrument's total last, only those with a change score. */
export function jointColumns(
  study: Parameters<typeof subscaleName>[0],
  change: readonly Pick<ChangeInput, "instrument" | "subscale">[],
  lang: Lang
): JointColumn[] {
  return study.instruments.flatMap((ins) =>
    [...ins.subscales.map((s) => s.id), "total"]
      .filter((s) => change.some((c) => c.instrument === ins.id && c.subscale === s))
      .map((s) => ({instrument: ins.id, subscale: s, name: subscaleName(study, ins.id, s, lang)}))
  );
}

/** Themes in colour order: the codebook's themes, then any theme only the segments name. */
export function themeOrder(
  codebook: readonly Pick<CodebookRow, "theme" | "depth">[],
  segments: readonly Pick<SegmentRow, "theme">[]
): string[] {
  return [
    ...new Set([
      ...codebook.filter((c) => c.depth === 1).map((c) => c.theme),
      ...segments.map((s) => s.theme)
    ])
  ];
}
