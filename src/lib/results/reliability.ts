// Cronbach's α per instrument × subscale (and total) × wave × group, with item–total correlations and α if item deleted.
import {cronbachAlphaOfColumns, cronbachAlphaPairwise, type Guardrail} from "../stats/index.js";
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

/** {@link cronbachAlphaPairwise} of `members`, reverse keying applied. */
function pairwiseAlpha(
  members: readonly number[],
  answers: (Float64Array | undefined)[],
  parts: DesignInstrument["items"],
  instrument: DesignInstrument
): {alpha: number; n: number} {
  const columns = parts.map((item, j) =>
    Float64Array.from(members, (i) => scoredValue(answers[j]?.[i], item.reverse, instrument.scale) ?? NaN)
  );
  return cronbachAlphaPairwise(columns);
}

export function reliabilityResults(
  responses: readonly ResponseRow[] | ParticipantTable,
  design: Design
): {scales: ReliabilityResult[]; items: ItemReliability[]} {
  const table = responseTable(responses, design);
  const scales: ReliabilityResult[] = [];
  const items: ItemReliability[] = [];
  const groups = groupsOf(design, table);
  for (const instrument of design.instruments) {
    for (const subscale of scoredParts(instrument)) {
      const parts = itemsOf(instrument, subscale);
      for (const group of groups) {
        for (const {id: wave} of design.waves) {
          const members = membersAt(table, group, [wave]);
          if (!members.length) continue;
          // Listwise: the members who answered every item, by item, reverse keying applied.
          const answers = parts.map((item) => table.waves.get(wave)!.values.get(item.id));
          const complete = answers.every((column) => column)
            ? members.filter((i) => answers.every((column) => Number.isFinite(column![i])))
            : [];
          const columns = parts.map((item, j) => {
            const [column, values] = [answers[j]!, new Float64Array(complete.length)];
            for (let r = 0; r < complete.length; r++) {
              values[r] = scoredValue(column[complete[r]], item.reverse, instrument.scale)!;
            }
            return values;
          });
          const {item_total, alpha_if_deleted, ...alpha} = cronbachAlphaOfColumns(columns, {
            n: complete.length,
            dropped: members.length - complete.length
          });
          const key = {instrument: instrument.id, subscale, group, wave};
          const pairwise = pairwiseAlpha(members, answers, parts, instrument);
          scales.push({...key, ...alpha, alpha_pairwise: pairwise.alpha, n_pairwise: pairwise.n});
          parts.forEach((item, j) =>
            items.push({
              ...key,
              item: item.id,
              item_total: item_total[j],
              alpha_if_deleted: alpha_if_deleted[j]
            })
          );
        }
      }
    }
  }
  return {scales, items};
}
