// Individual change: each participant's Reliable Change Index (Jacobson–Truax) between two waves.
import {reliableChange} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {groupsOf, scoredParts, scoresBy, wavePairs, type Design} from "./design.js";
import type {ReliabilityResult} from "./reliability.js";

export interface ChangeResult {
  participant: string;
  group: string;
  instrument: string;
  subscale: string;
  wave_from: string;
  wave_to: string;
  from: number;
  to: number;
  change: number;
  sd_from: number;
  reliability: number;
  /** Where the reliability came from: `study.yaml`, or α of the group at the first wave. */
  reliability_source: "study" | "alpha";
  sediff: number;
  rci: number;
  category: "improved" | "unchanged" | "deteriorated" | null;
}

function sd(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
}

/**
 * SEdiff = SD(from) · √2 · √(1 − r), with SD and α taken within each group (parallel groups are different
 * populations), r from `reliability:` in study.yaml when given.
 */
export function changeResults(
  scores: readonly ScoreRow[],
  reliability: readonly ReliabilityResult[],
  design: Design
): ChangeResult[] {
  const results: ChangeResult[] = [];
  const groups = groupsOf(design, scores).filter((g) => g !== "all" || groupsOf(design, scores).length === 1);
  for (const instrument of design.instruments) {
    for (const subscale of scoredParts(instrument)) {
      for (const group of groups) {
        for (const [from, to] of wavePairs(design)) {
          const a = scoresBy(scores, group, instrument.id, subscale, from);
          const b = scoresBy(scores, group, instrument.id, subscale, to);
          const baseline = [...a.values()].filter((v): v is number => v !== null);
          const alpha = reliability.find(
            (r) =>
              r.instrument === instrument.id &&
              r.subscale === subscale &&
              r.group === group &&
              r.wave === from
          );
          const r = instrument.reliability ?? alpha?.alpha ?? NaN;
          const sdFrom = baseline.length > 1 ? sd(baseline) : NaN;
          for (const participant of [...a.keys()].sort()) {
            const [x, y] = [a.get(participant), b.get(participant)];
            if (x == null || y == null) continue;
            const rc = reliableChange(x, y, {
              sdPre: sdFrom,
              // A reliability of 0 or below (α can be negative in tiny samples) cannot classify anyone: category null.
              reliability: r > 0 ? r : NaN,
              lowerIsBetter: !instrument.higher_is_better
            });
            const row = scores.find((s) => s.participant === participant);
            results.push({
              participant,
              group: row?.group ?? group,
              instrument: instrument.id,
              subscale,
              wave_from: from,
              wave_to: to,
              from: x,
              to: y,
              change: y - x,
              sd_from: sdFrom,
              reliability: r,
              reliability_source: instrument.reliability === undefined ? "alpha" : "study",
              ...rc
            });
          }
        }
      }
    }
  }
  return results;
}
