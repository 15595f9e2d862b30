// What the result tables need to know about a study: its waves, groups and instruments (a slice of study.yaml).
import type {ScoreRow} from "../types.js";

export interface DesignInstrument {
  id: string;
  scale: {min: number; max: number};
  midpoint?: number;
  reliability?: number;
  higher_is_better: boolean;
  subscales: {id: string}[];
  items: {id: string; subscale: string; reverse: boolean}[];
  total: false | object;
}

export interface Design {
  waves: {id: string}[];
  groups: {id: string}[];
  instruments: DesignInstrument[];
  compare: {waves?: [string, string][]; between_groups: boolean};
}

/** Pairs of waves to compare: as declared, else first → last. */
export function wavePairs(design: Design): [string, string][] {
  if (design.compare.waves?.length) return design.compare.waves;
  const ids = design.waves.map((w) => w.id);
  return ids.length > 1 ? [[ids[0], ids[ids.length - 1]]] : [];
}

/** Group ids present in the scores, in study order; `all` (every participant) first when there are several. */
export function groupsOf(design: Design, scores: readonly ScoreRow[]): string[] {
  const present = new Set(scores.map((s) => s.group));
  const declared = design.groups.map((g) => g.id).filter((id) => present.has(id));
  const groups = declared.length ? declared : [...present].sort();
  return groups.length > 1 ? ["all", ...groups] : groups.length ? groups : ["all"];
}

/** The subscales of an instrument with a score, in order, `total` last when it is scored. */
export function scoredParts(instrument: DesignInstrument): string[] {
  const parts = instrument.subscales.map((s) => s.id);
  return instrument.total !== false && parts.length > 1 ? [...parts, "total"] : parts;
}

/** Scores of one group (`all` = everyone) by participant, for one instrument part and wave. */
export function scoresBy(
  scores: readonly ScoreRow[],
  group: string,
  instrument: string,
  subscale: string,
  wave: string
): Map<string, number | null> {
  const map = new Map<string, number | null>();
  for (const s of scores) {
    if (
      s.instrument === instrument &&
      s.subscale === subscale &&
      s.wave === wave &&
      (group === "all" || s.group === group)
    ) {
      map.set(s.participant, s.score);
    }
  }
  return map;
}
