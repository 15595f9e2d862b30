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
  /**
   * The scale of the scores and of `midpoint`: `mean`, the item scale; `sum`, the item scale × the part's items
   * (its bounds: {@link scoreScale}, or `score_scales` in study.json).
   */
  scoring: "mean" | "sum";
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
            scoring: scale.scoring,
            ...oneSampleTest(values, scale.midpoint!, {scale})
          };
        });
      })
    );
  });
}
