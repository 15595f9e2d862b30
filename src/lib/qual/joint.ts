// The joint display: one row per participant with their score change per subscale, RCI category and coded themes.
import type {ChangeResult} from "../results/change.js";
import {themesByParticipant, type ParticipantTheme} from "./tally.js";
import type {SegmentRow} from "./types.js";

/** The fields of a `change.parquet` row the joint display uses. */
export type ChangeInput = Pick<
  ChangeResult,
  | "participant"
  | "group"
  | "instrument"
  | "subscale"
  | "wave_from"
  | "wave_to"
  | "from"
  | "to"
  | "change"
  | "category"
>;

/** A participant's change on one subscale. */
export type JointChange = Pick<
  ChangeInput,
  "instrument" | "subscale" | "from" | "to" | "change" | "category"
>;

export interface JointRow {
  participant: string;
  /** Null for a participant who was interviewed but has no change score. */
  group: string | null;
  changes: JointChange[];
  themes: ParticipantTheme[];
}

export interface JointDisplayOptions {
  /** The pair of waves whose change is shown. Default: the first pair found in `change`. */
  waves?: readonly [string, string];
}

/**
 * Everyone with a change score or a coded segment, ordered by group then participant; participants without
 * either (a segment with no participant) are left out.
 */
export function jointDisplay(
  change: readonly ChangeInput[],
  segments: readonly SegmentRow[],
  {waves}: JointDisplayOptions = {}
): JointRow[] {
  const [from, to] = waves ?? (change[0] ? [change[0].wave_from, change[0].wave_to] : ["", ""]);
  const rows = new Map<string, JointRow>();
  const row = (participant: string) => {
    if (!rows.has(participant)) rows.set(participant, {participant, group: null, changes: [], themes: []});
    return rows.get(participant)!;
  };
  for (const c of change) {
    if (c.wave_from !== from || c.wave_to !== to) continue;
    const r = row(c.participant);
    r.group = c.group;
    const {instrument, subscale, change: delta, category} = c;
    r.changes.push({instrument, subscale, from: c.from, to: c.to, change: delta, category});
  }
  for (const [participant, themes] of themesByParticipant(segments)) row(participant).themes = themes;
  return [...rows.values()].sort(
    (a, b) =>
      (a.group ?? "\uffff").localeCompare(b.group ?? "\uffff") || a.participant.localeCompare(b.participant)
  );
}
