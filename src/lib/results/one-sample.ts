// Each wave's scores against the instrument's theoretical midpoint (seed 000: "lower than the theoretical median").
import {oneSampleTest, type OneSampleTest} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {
  groupsOf,
  membersAt,
  partKey,
  scoredParts,
  scoreScale,
  scoreTable,
  valuesOf,
  type Design,
  type ParticipantTable
} from "./design.js";

export type OneSampleResult = OneSampleTest & {
  instrument: string;
  subscale: string;
  group: string;
  wave: string;
  /** The value tested against: the instrument's midpoint on this part's score scale (× items for sum scores). */
  midpoint: number;
  /** The instrument's midpoint on the item scale, as study.yaml gives it. */
  item_midpoint: number;
  /** `mean` or `sum`: with `score_min`–`score_max`, the scale the scores and `midpoint` lie on. */
  scoring: "mean" | "sum";
  score_min: number;
  score_max: number;
  items: number;
};

export function oneSampleResults(
  scores: readonly ScoreRow[] | ParticipantTable,
  design: Design
): OneSampleResult[] {
  const table = scoreTable(scores);
  return design.instruments.flatMap((instrument) => {
    const midpoint = instrument.midpoint;
    if (midpoint === undefined) return [];
    return groupsOf(design, table).flatMap((group) =>
      design.waves.flatMap(({id: wave}) => {
        const members = membersAt(table, group, [wave]);
        return scoredParts(instrument).map((subscale) => {
          const scale = scoreScale(instrument, subscale);
          const values = valuesOf(table, wave, partKey(instrument.id, subscale), members);
          return {
            instrument: instrument.id,
            subscale,
            group,
            wave,
            midpoint: scale.midpoint!,
            item_midpoint: midpoint,
            scoring: scale.scoring,
            score_min: scale.min,
            score_max: scale.max,
            items: scale.items,
            ...oneSampleTest(values, scale.midpoint!, {scale})
          };
        });
      })
    );
  });
}
