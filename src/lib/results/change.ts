// Individual change: each participant's Reliable Change Index (Jacobson–Truax) between two waves.
import {reliableChange, type ReliableChange, type ReliableChangeOptions} from "../stats/index.js";
import {varianceOf} from "../stats/moments.js";
import type {ScoreRow} from "../types.js";
import {
  firstGroups,
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
import {tableCounts, type ScoreCounts} from "./score-counts.js";

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

/** What the change rows of one instrument part × group × pair of waves share. */
export interface ChangeBlockHead {
  instrument: string;
  subscale: string;
  group: string;
  wave_from: string;
  wave_to: string;
  sd_from: number;
  reliability: number;
  reliability_source: ChangeResult["reliability_source"];
  sediff: number;
  /** What {@link reliableChange} classifies this block's participants with. */
  options: ReliableChangeOptions;
}

/**
 * The change rows of one block by column: per participant (index into the table's participants, in order) the
 * scores, change, RCI and category.
 */
export interface ChangeBlock extends ChangeBlockHead {
  participants: Int32Array;
  from: Float64Array;
  to: Float64Array;
  change: Float64Array;
  rci: Float64Array;
  category: ChangeResult["category"][];
}

/**
 * SEdiff = SD(from) · √2 · √(1 − r), with SD and α taken within each group (parallel groups are different
 * populations), r from `reliability:` in study.yaml when given.
 */
export function changeBlockHeads(
  counts: ScoreCounts,
  reliability: readonly ReliabilityResult[],
  design: Design
): ChangeBlockHead[] {
  const heads: ChangeBlockHead[] = [];
  const groups = counts.groups.filter((g) => g !== "all" || counts.groups.length === 1);
  for (const instrument of design.instruments) {
    for (const subscale of scoredParts(instrument)) {
      const key = partKey(instrument.id, subscale);
      for (const group of groups) {
        for (const [from, to] of wavePairs(design)) {
          const baseline = counts.scores(group, from, key).table;
          const alpha = reliability.find(
            (r) =>
              r.instrument === instrument.id &&
              r.subscale === subscale &&
              r.group === group &&
              r.wave === from
          );
          const r = instrument.reliability ?? alpha?.alpha ?? NaN;
          const sdFrom = Math.sqrt(varianceOf(baseline));
          // A reliability of 0 or below (α can be negative in tiny samples) cannot classify anyone: category null.
          const options = {
            sdPre: sdFrom,
            reliability: r > 0 ? r : NaN,
            lowerIsBetter: !instrument.higher_is_better
          };
          heads.push({
            instrument: instrument.id,
            subscale,
            group,
            wave_from: from,
            wave_to: to,
            sd_from: sdFrom,
            reliability: r,
            reliability_source: instrument.reliability === undefined ? "alpha" : "study",
            sediff: reliableChange(0, 0, options).sediff,
            options
          });
        }
      }
    }
  }
  return heads;
}

/** {@link changeBlockHeads} with each block's participants of the group with both scores, in order. */
export function changeBlocks(
  table: ParticipantTable,
  reliability: readonly ReliabilityResult[],
  design: Design
): ChangeBlock[] {
  return changeBlockHeads(tableCounts(table, design), reliability, design).map((head) => {
    const members = membersAt(table, head.group, [head.wave_from, head.wave_to]);
    const key = partKey(head.instrument, head.subscale);
    const [a, b] = [head.wave_from, head.wave_to].map((wave) => valuesOf(table, wave, key, members));
    const kept: number[] = [];
    for (let j = 0; j < members.length; j++) if (a[j] != null && b[j] != null) kept.push(j);
    const rcs: ReliableChange[] = kept.map((j) => reliableChange(a[j]!, b[j]!, head.options));
    return {
      ...head,
      participants: Int32Array.from(kept, (j) => members[j]),
      from: Float64Array.from(kept, (j) => a[j]!),
      to: Float64Array.from(kept, (j) => b[j]!),
      change: Float64Array.from(kept, (j) => b[j]! - a[j]!),
      rci: Float64Array.from(rcs, (rc) => rc.rci),
      category: rcs.map((rc) => rc.category)
    };
  });
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
