// What the result tables need to know about a study (a slice of study.yaml), and the columnar table they read.
import type {ScoreRow} from "../types.js";

export interface DesignInstrument {
  id: string;
  scale: {min: number; max: number};
  /** On the item scale; {@link scoreScale} puts it on a part's score scale. */
  midpoint?: number;
  /** `sum` scores lie on the item scale × the number of items; `mean` when omitted. */
  scoring?: "mean" | "sum";
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

/** One wave of a {@link ParticipantTable}: each participant's group there, and one value column per key. */
export interface WaveColumns {
  /** Group of participant `i` at this wave; null when `i` has no row at this wave. */
  groups: (string | null)[];
  /** Column key → value of participant `i` (NaN when missing or absent). */
  values: Map<string, Float64Array>;
}

/**
 * Participants × waves, by column: the shape every result table reads, so that a million rows cost one pass and
 * typed arrays instead of a scan per subscale. Participants are in order (sorted), which fixes the order in which
 * values reach the statistics. Score tables key columns by `instrument/subscale`, response tables by item id.
 */
export interface ParticipantTable {
  participants: string[];
  waves: Map<string, WaveColumns>;
}

/** The column key of an instrument part in a score table. */
export const partKey = (instrument: string, subscale: string) => `${instrument}/${subscale}`;

/** An empty wave of `n` participants with the given column keys. */
export function waveColumns(n: number, keys: readonly string[]): WaveColumns {
  return {
    groups: new Array<string | null>(n).fill(null),
    values: new Map(keys.map((key) => [key, new Float64Array(n).fill(NaN)]))
  };
}

/** Rows with a participant, group and wave → a {@link ParticipantTable}; `cells` gives each row's column values. */
export function participantTable<Row extends {participant: string; group: string; wave: string}>(
  rows: readonly Row[],
  cells: (row: Row) => Iterable<[string, unknown]>
): ParticipantTable {
  const participants = [...new Set(rows.map((r) => r.participant))].sort();
  const index = new Map(participants.map((p, i) => [p, i]));
  const waves = new Map<string, WaveColumns>();
  for (const row of rows) {
    let wave = waves.get(row.wave);
    if (!wave) waves.set(row.wave, (wave = waveColumns(participants.length, [])));
    const i = index.get(row.participant)!;
    wave.groups[i] = row.group;
    for (const [key, value] of cells(row)) {
      let column = wave.values.get(key);
      if (!column) wave.values.set(key, (column = new Float64Array(participants.length).fill(NaN)));
      column[i] = typeof value === "number" ? value : NaN;
    }
  }
  return {participants, waves};
}

/** `scores.parquet` rows as a table keyed by {@link partKey}. */
export function scoreTable(scores: readonly ScoreRow[] | ParticipantTable): ParticipantTable {
  if (!Array.isArray(scores)) return scores as ParticipantTable;
  return participantTable(scores as readonly ScoreRow[], (s) => [
    [partKey(s.instrument, s.subscale), s.score]
  ]);
}

/** The scale a part's scores lie on, and its theoretical midpoint there. */
export interface ScoreScale {
  min: number;
  max: number;
  /** The instrument's midpoint on this scale; undefined when the instrument has none. */
  midpoint?: number;
  /** `mean`: the item scale; `sum`: the item scale × `items` (prorated sums stay on it). */
  scoring: "mean" | "sum";
  /** Items in the part. */
  items: number;
}

/** The range and midpoint of a part's scores: the item scale for mean scores, item bounds × items for sums. */
export function scoreScale(instrument: DesignInstrument, subscale: string): ScoreScale {
  const scoring = instrument.scoring ?? "mean";
  const items =
    subscale === "total"
      ? instrument.items.length
      : instrument.items.filter((item) => item.subscale === subscale).length;
  const times = scoring === "sum" ? items : 1;
  const {min, max} = instrument.scale;
  const midpoint = instrument.midpoint === undefined ? {} : {midpoint: instrument.midpoint * times};
  return {min: min * times, max: max * times, ...midpoint, scoring, items};
}

/** Pairs of waves to compare: as declared, else first → last. */
export function wavePairs(design: Design): [string, string][] {
  if (design.compare.waves?.length) return design.compare.waves;
  const ids = design.waves.map((w) => w.id);
  return ids.length > 1 ? [[ids[0], ids[ids.length - 1]]] : [];
}

/** Group ids present in the table, in study order; `all` (every participant) first when there are several. */
export function groupsOf(design: Design, table: ParticipantTable): string[] {
  const present = new Set<string>();
  for (const wave of table.waves.values()) for (const g of wave.groups) if (g !== null) present.add(g);
  return groupList(design, present);
}

/** {@link groupsOf} given the groups `present` in the data. */
export function groupList(design: Design, present: ReadonlySet<string>): string[] {
  const declared = design.groups.map((g) => g.id).filter((id) => present.has(id));
  const groups = declared.length ? declared : [...present].sort();
  return groups.length > 1 ? ["all", ...groups] : groups.length ? groups : ["all"];
}

/** The subscales of an instrument with a score, in order, `total` last when it is scored. */
export function scoredParts(instrument: DesignInstrument): string[] {
  const parts = instrument.subscales.map((s) => s.id);
  return instrument.total !== false && parts.length > 1 ? [...parts, "total"] : parts;
}

/** Whether a participant whose group at a wave is `actual` (null: absent) belongs to `group` (`all` = everyone). */
export const inGroup = (actual: string | null, group: string) =>
  actual !== null && (group === "all" || actual === group);

/** Participants (indices, in order) of `group` at every one of `waves`. */
export function membersAt(table: ParticipantTable, group: string, waves: readonly string[]): number[] {
  const columns = waves.map((w) => table.waves.get(w)?.groups);
  if (columns.some((c) => !c)) return [];
  const members: number[] = [];
  for (let i = 0; i < table.participants.length; i++) {
    if (columns.every((c) => inGroup(c![i], group))) members.push(i);
  }
  return members;
}

/** The values of column `key` at `wave` for participants `members`, NaN as null (missing). */
export function valuesOf(
  table: ParticipantTable,
  wave: string,
  key: string,
  members: readonly number[]
): (number | null)[] {
  const column = table.waves.get(wave)?.values.get(key);
  return members.map((i) => {
    const value = column ? column[i] : NaN;
    return Number.isNaN(value) ? null : value;
  });
}

/** Each participant's group at the first wave (study order) where they have a row. */
export function firstGroups(design: Design, table: ParticipantTable): (string | null)[] {
  const waves = design.waves.flatMap((w) => table.waves.get(w.id) ?? []);
  return table.participants.map((_, i) => waves.find((w) => w.groups[i] !== null)?.groups[i] ?? null);
}
