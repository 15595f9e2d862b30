// The one-sample and paired tables read scores as frequency tables: the ingest gets them from DuckDB
// (loaders/ingest/score-counts.ts), the pages from their ParticipantTable (here); the statistics are the same code.
import {tabulate, type Frequencies, type PairFrequencies} from "../stats/index.js";
import {groupsOf, membersAt, valuesOf, type Design, type ParticipantTable} from "./design.js";

/** Scores of a part at one wave (one-sample) or two (paired), tabulated, and how many were missing. */
export interface ScoreCounts {
  /** The groups of the tables, as {@link groupsOf} lists them (`all` first when there are several). */
  groups: string[];
  /** Scores of part `key` at `wave` of the group's members there. */
  scores(group: string, wave: string, key: string): {table: Frequencies; missing: number};
  /** Pairs (from, to) of part `key` of the group's members at both waves; a pair with a missing side is missing. */
  pairs(group: string, from: string, to: string, key: string): {table: PairFrequencies; missing: number};
}

/** {@link ScoreCounts} of a table, its members found once per group and waves. */
export function tableCounts(table: ParticipantTable, design: Design): ScoreCounts {
  const members = new Map<string, number[]>();
  const membersOf = (group: string, waves: string[]) => {
    const key = JSON.stringify([group, ...waves]);
    if (!members.has(key)) members.set(key, membersAt(table, group, waves));
    return members.get(key)!;
  };
  return {
    groups: groupsOf(design, table),
    scores: (group, wave, key) => {
      const values = valuesOf(table, wave, key, membersOf(group, [wave]));
      const present = values.filter((v): v is number => v !== null);
      return {table: tabulate(present), missing: values.length - present.length};
    },
    pairs: (group, from, to, key) => {
      const at = membersOf(group, [from, to]);
      const before = valuesOf(table, from, key, at);
      const after = valuesOf(table, to, key, at);
      const complete = at.flatMap((_, i) => (before[i] === null || after[i] === null ? [] : [i]));
      const pairs = {
        from: complete.map((i) => before[i]!),
        to: complete.map((i) => after[i]!),
        counts: complete.map(() => 1)
      };
      return {table: pairs, missing: at.length - complete.length};
    }
  };
}
