// Code tallies: coded passages and distinct participants per code, overall or by role, wave or participant.
import type {SegmentRow} from "./types.js";

/** What a tally can be broken down by. */
export type Breakdown = "role" | "wave" | "participant";

/** How often one code was applied: passages carrying it, and how many participants they belong to. */
export interface CodeTally {
  theme: string;
  code: string;
  /** Coded passages with this code (a passage two coders both coded counts once). */
  segments: number;
  /** Distinct participants among those passages (segments without a participant are not counted). */
  participants: number;
}

/** `code_tallies.parquet`: a tally overall (`by` "all", `level` null) or for one level of a breakdown. */
export interface CodeTallyRow extends CodeTally {
  by: "all" | Breakdown;
  /** The role, wave or participant; null for `by: "all"` and for segments without that field. */
  level: string | null;
}

export const BREAKDOWNS: readonly Breakdown[] = ["role", "wave", "participant"];

const key = (...parts: (string | null)[]) => JSON.stringify(parts);

/** Tallies per code, in order of first appearance. */
export function tallyCodes(rows: readonly SegmentRow[]): CodeTally[] {
  return tallyCodesBy(rows, null).map(({theme, code, segments, participants}) => ({
    theme,
    code,
    segments,
    participants
  }));
}

/** Tallies per code and level of `by` (`null`: one overall tally per code). */
export function tallyCodesBy(rows: readonly SegmentRow[], by: Breakdown | null): CodeTallyRow[] {
  const groups = new Map<string, {row: CodeTallyRow; passages: Set<number>; people: Set<string>}>();
  for (const segment of rows) {
    const level = by === null ? null : segment[by];
    const k = key(segment.theme, segment.code, level);
    let group = groups.get(k);
    if (group === undefined) {
      const row: CodeTallyRow = {
        by: by ?? "all",
        level,
        theme: segment.theme,
        code: segment.code,
        segments: 0,
        participants: 0
      };
      group = {row, passages: new Set(), people: new Set()};
      groups.set(k, group);
    }
    group.passages.add(segment.passage);
    if (segment.participant !== null) group.people.add(segment.participant);
  }
  return [...groups.values()].map(({row, passages, people}) => ({
    ...row,
    segments: passages.size,
    participants: people.size
  }));
}

/** The whole `code_tallies` table: overall, then by role, wave and participant. */
export function codeTallyTable(rows: readonly SegmentRow[]): CodeTallyRow[] {
  return [null, ...BREAKDOWNS].flatMap((by) => tallyCodesBy(rows, by));
}

/** One theme coded for a participant: passages with any of its codes, and the roles that spoke of it. */
export interface ParticipantTheme {
  theme: string;
  segments: number;
  roles: string[];
}

/** Themes per participant, most passages first (for the joint display). */
export function themesByParticipant(rows: readonly SegmentRow[]): Map<string, ParticipantTheme[]> {
  const found = new Map<string, Map<string, {passages: Set<number>; roles: Set<string>}>>();
  for (const row of rows) {
    if (row.participant === null) continue;
    const themes = found.get(row.participant) ?? new Map();
    found.set(row.participant, themes);
    const entry = themes.get(row.theme) ?? {passages: new Set<number>(), roles: new Set<string>()};
    themes.set(row.theme, entry);
    entry.passages.add(row.passage);
    if (row.role !== null) entry.roles.add(row.role);
  }
  return new Map(
    [...found].map(([participant, themes]) => [
      participant,
      [...themes]
        .map(([theme, {passages, roles}]) => ({theme, segments: passages.size, roles: [...roles].sort()}))
        .sort((a, b) => b.segments - a.segments || a.theme.localeCompare(b.theme))
    ])
  );
}

/** A code's tallies at each level of a breakdown, for a code × level table. */
export interface BreakdownRow {
  theme: string;
  code: string;
  total: CodeTally;
  /** Level → tally; levels the code was not coded at are absent. */
  levels: Record<string, CodeTally>;
}

/**
 * Code × level rows from `code_tallies` rows: the overall tally of each code and its tally at each level of `by`
 * (a null level is keyed ""). Codes in the order of the overall rows.
 */
export function breakdownRows(tallies: readonly CodeTallyRow[], by: Breakdown): BreakdownRow[] {
  const plain = ({theme, code, segments, participants}: CodeTally) => ({theme, code, segments, participants});
  return tallies
    .filter((t) => t.by === "all")
    .map((total) => ({
      theme: total.theme,
      code: total.code,
      total: plain(total),
      levels: Object.fromEntries(
        tallies
          .filter((t) => t.by === by && t.theme === total.theme && t.code === total.code)
          .map((t) => [t.level ?? "", plain(t)])
      )
    }));
}
