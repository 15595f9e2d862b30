// Cronbach's α per instrument × subscale (and total) × wave × group, with item–total correlations and α if item deleted.
import {
  cronbachAlphaOfColumns,
  cronbachAlphaOfSums,
  cronbachAlphaPairwise,
  cronbachAlphaPairwiseOfSums,
  listwiseSums,
  pairwiseSums,
  patternSums,
  respondents,
  type Guardrail,
  type PatternSums
} from "../stats/index.js";
import {
  groupsOf,
  membersAt,
  participantTable,
  scoredParts,
  type Design,
  type DesignInstrument,
  type ParticipantTable
} from "./design.js";

/** One participant × wave of `responses.parquet`: item id → answer as given (not reverse-keyed). */
export type ResponseRow = {participant: string; group: string; wave: string} & Record<string, unknown>;

export interface ReliabilityResult {
  instrument: string;
  subscale: string;
  group: string;
  wave: string;
  /** α over the `n` respondents who answered every item (listwise), with Feldt's interval. */
  alpha: number;
  ci_low: number;
  ci_high: number;
  n: number;
  k: number;
  /**
   * α from pairwise covariances, `psych::alpha`'s default: every respondent's answers count, each covariance
   * over those who answered both items; `n_pairwise` respondents answered at least one item.
   */
  alpha_pairwise: number;
  n_pairwise: number;
  guardrails: Guardrail[];
}

export interface ItemReliability {
  instrument: string;
  subscale: string;
  group: string;
  wave: string;
  item: string;
  item_total: number;
  alpha_if_deleted: number;
}

/** The value an item contributes to scores: `min + max − x` when reverse-keyed. */
export function scoredValue(
  value: unknown,
  reverse: boolean,
  {min, max}: {min: number; max: number}
): number | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return reverse ? min + max - value : value;
}

function itemsOf(instrument: DesignInstrument, subscale: string) {
  return subscale === "total" ? instrument.items : instrument.items.filter((i) => i.subscale === subscale);
}

/** `responses.parquet` rows as a table with one column per item of the design. */
export function responseTable(
  responses: readonly ResponseRow[] | ParticipantTable,
  design: Design
): ParticipantTable {
  if (!Array.isArray(responses)) return responses as ParticipantTable;
  const items = design.instruments.flatMap((i) => i.items.map((item) => item.id));
  return participantTable(responses as readonly ResponseRow[], (r) =>
    items.map((id) => [id, r[id]] as [string, unknown])
  );
}

/**
 * The answers of one instrument at one group × wave: exact sums per pattern of answered items when every answer
 * is an integer (the ingest's come from DuckDB), else each item's column over the members, reverse keying
 * applied; undefined when nobody is there.
 */
export type InstrumentAnswers = PatternSums[] | Float64Array[] | undefined;

/** Reliability of one part from its items' columns (answers that are not all integers). */
function alphaOfColumns(columns: readonly Float64Array[]) {
  const members = columns[0]?.length ?? 0;
  const complete: number[] = [];
  for (let i = 0; i < members; i++)
    if (columns.every((column) => Number.isFinite(column[i]!))) complete.push(i);
  const listwise = columns.map((column) => Float64Array.from(complete, (i) => column[i]!));
  return {
    alpha: cronbachAlphaOfColumns(listwise, {n: complete.length, dropped: members - complete.length}),
    pairwise: cronbachAlphaPairwise(columns)
  };
}

/** Reliability of one part (`items`: indices in the instrument) from the instrument's pattern sums. */
function alphaOfPatterns(patterns: readonly PatternSums[], items: readonly number[]) {
  const listwise = listwiseSums(patterns, items);
  const members = patterns.reduce((n, p) => n + p.count, 0);
  return {
    alpha: cronbachAlphaOfSums(listwise, {dropped: members - listwise.n}),
    pairwise: cronbachAlphaPairwiseOfSums(pairwiseSums(patterns, items), respondents(patterns, items))
  };
}

export function reliabilityResults(
  responses: readonly ResponseRow[] | ParticipantTable,
  design: Design
): {scales: ReliabilityResult[]; items: ItemReliability[]} {
  const table = responseTable(responses, design);
  return reliabilityOf(design, groupsOf(design, table), (instrument, group, wave) => {
    const members = membersAt(table, group, [wave]);
    if (!members.length) return undefined;
    const columns = instrument.items.map((item) => {
      const column = table.waves.get(wave)!.values.get(item.id);
      return Float64Array.from(
        members,
        (i) => scoredValue(column?.[i], item.reverse, instrument.scale) ?? NaN
      );
    });
    return patternSums(columns) ?? columns;
  });
}

/** The reliability tables of `groups` (as {@link groupsOf} lists them), each instrument's answers from `answers`. */
export function reliabilityOf(
  design: Design,
  groups: readonly string[],
  answers: (instrument: DesignInstrument, group: string, wave: string) => InstrumentAnswers
): {scales: ReliabilityResult[]; items: ItemReliability[]} {
  const scales: ReliabilityResult[] = [];
  const items: ItemReliability[] = [];
  for (const instrument of design.instruments) {
    const cells = groups.flatMap((group) => design.waves.map(({id: wave}) => ({group, wave})));
    const answered = cells.map(({group, wave}) => answers(instrument, group, wave));
    for (const subscale of scoredParts(instrument)) {
      const parts = itemsOf(instrument, subscale);
      const indices = parts.map((item) => instrument.items.indexOf(item));
      cells.forEach(({group, wave}, c) => {
        const given = answered[c];
        if (!given) return;
        const {alpha, pairwise} =
          given[0] instanceof Float64Array
            ? alphaOfColumns(indices.map((j) => given[j] as Float64Array))
            : alphaOfPatterns(given as PatternSums[], indices);
        const {item_total, alpha_if_deleted, ...scale} = alpha;
        const key = {instrument: instrument.id, subscale, group, wave};
        scales.push({...key, ...scale, alpha_pairwise: pairwise.alpha, n_pairwise: pairwise.n});
        parts.forEach((item, j) =>
          items.push({
            ...key,
            item: item.id,
            item_total: item_total[j],
            alpha_if_deleted: alpha_if_deleted[j]
          })
        );
      });
    }
  }
  return {scales, items};
}
