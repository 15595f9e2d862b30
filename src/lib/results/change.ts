// Individual change: each participant's Reliable Change Index (Jacobson–Truax) between two waves.
import {reliableChange, type ReliableChange} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {
  firstGroups,
  groupsOf,
  membersAt,
  partKey,
  scoredParts,
  scoreTable,
  valuesOf,
  wavePairs,
  type Design,
  type ParticipantTable
} from "./design.js";
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

/**
 * The change rows of one instrument part × group × pair of waves, by column: what they share once, and per
 * participant (index into the table's participants, in order) the scores, change, RCI and category.
 */
export interface ChangeBlock {
  instrument: string;
  subscale: string;
  group: string;
  wave_from: string;
  wave_to: string;
  sd_from: number;
  reliability: number;
  reliability_source: ChangeResult["reliability_source"];
  sediff: number;
  participants: Int32Array;
  from: Float64Array;
  to: Float64Array;
  change: Float64Array;
  rci: Float64Array;
  category: ChangeResult["category"][];
}

function sd(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
}

/**
 * SEdiff = SD(from) · √2 · √(1 − r), with SD and α taken within each group (parallel groups are different
 * populations), r from `reliability:` in study.yaml when given. Participants with both scores, in order.
 */
export function changeBlocks(
  table: ParticipantTable,
  reliability: readonly ReliabilityResult[],
  design: Design
): ChangeBlock[] {
  const blocks: ChangeBlock[] = [];
  const present = groupsOf(design, table);
  const groups = present.filter((g) => g !== "all" || present.length === 1);
  for (const instrument of design.instruments) {
    for (const subscale of scoredParts(instrument)) {
      const key = partKey(instrument.id, subscale);
      for (const group of groups) {
        for (const [from, to] of wavePairs(design)) {
          const baseline = valuesOf(table, from, key, membersAt(table, group, [from])).filter(
            (v): v is number => v !== null
          );
          const alpha = reliability.find(
            (r) =>
              r.instrument === instrument.id &&
              r.subscale === subscale &&
              r.group === group &&
              r.wave === from
          );
          const r = instrument.reliability ?? alpha?.alpha ?? NaN;
          const sdFrom = baseline.length > 1 ? sd(baseline) : NaN;
          const members = membersAt(table, group, [from, to]);
          const [a, b] = [from, to].map((wave) => valuesOf(table, wave, key, members));
          // A reliability of 0 or below (α can be negative in tiny samples) cannot classify anyone: category null.
          const options = {
            sdPre: sdFrom,
            reliability: r > 0 ? r : NaN,
            lowerIsBetter: !instrument.higher_is_better
          };
          const kept: number[] = [];
          for (let j = 0; j < members.length; j++) if (a[j] != null && b[j] != null) kept.push(j);
          const rcs: ReliableChange[] = kept.map((j) => reliableChange(a[j]!, b[j]!, options));
          blocks.push({
            instrument: instrument.id,
            subscale,
            group,
            wave_from: from,
            wave_to: to,
            sd_from: sdFrom,
            reliability: r,
            reliability_source: instrument.reliability === undefined ? "alpha" : "study",
            sediff: reliableChange(0, 0, options).sediff,
            participants: Int32Array.from(kept, (j) => members[j]),
            from: Float64Array.from(kept, (j) => a[j]!),
            to: Float64Array.from(kept, (j) => b[j]!),
            change: Float64Array.from(kept, (j) => b[j]! - a[j]!),
            rci: Float64Array.from(rcs, (rc) => rc.rci),
            category: rcs.map((rc) => rc.category)
          });
        }
      }
    }
  }
  return blocks;
}

/** {@link changeBlocks} as one row per participant × instrument part × group × pair of waves. */
export function changeResults(
  scores: readonly ScoreRow[] | ParticipantTable,
  reliability: readonly ReliabilityResult[],
  design: Design
): ChangeResult[] {
  const table = scoreTable(scores);
  const groups = firstGroups(design, table);
  return changeBlocks(table, reliability, design).flatMap((block) =>
    Array.from(block.participants, (p, j) => ({
      participant: table.participants[p],
      group: groups[p] ?? block.group,
      instrument: block.instrument,
      subscale: block.subscale,
      wave_from: block.wave_from,
      wave_to: block.wave_to,
      from: block.from[j],
      to: block.to[j],
      change: block.change[j],
      sd_from: block.sd_from,
      reliability: block.reliability,
      reliability_source: block.reliability_source,
      sediff: block.sediff,
      rci: block.rci[j],
      category: block.category[j]
    }))
  );
}
