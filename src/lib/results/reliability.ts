// Cronbach's α per instrument × subscale (and total) × wave × group, with item–total correlations and α if item deleted.
import {cronbachAlpha, type Guardrail} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {groupsOf, scoredParts, type Design, type DesignInstrument} from "./design.js";

/** One participant × wave of `responses.parquet`: item id → answer as given (not reverse-keyed). */
export type ResponseRow = {participant: string; group: string; wave: string} & Record<string, unknown>;

export interface ReliabilityResult {
  instrument: string;
  subscale: string;
  group: string;
  wave: string;
  alpha: number;
  ci_low: number;
  ci_high: number;
  n: number;
  k: number;
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

export function reliabilityResults(
  responses: readonly ResponseRow[],
  design: Design
): {scales: ReliabilityResult[]; items: ItemReliability[]} {
  const scales: ReliabilityResult[] = [];
  const items: ItemReliability[] = [];
  const groups = groupsOf(design, responses as unknown as ScoreRow[]);
  for (const instrument of design.instruments) {
    for (const subscale of scoredParts(instrument)) {
      const parts = itemsOf(instrument, subscale);
      for (const group of groups) {
        for (const {id: wave} of design.waves) {
          const rows = responses.filter((r) => r.wave === wave && (group === "all" || r.group === group));
          if (!rows.length) continue;
          const matrix = rows.map((r) =>
            parts.map((item) => scoredValue(r[item.id], item.reverse, instrument.scale))
          );
          const {item_total, alpha_if_deleted, ...alpha} = cronbachAlpha(matrix);
          const key = {instrument: instrument.id, subscale, group, wave};
          scales.push({...key, ...alpha});
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
