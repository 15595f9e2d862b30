// Each wave's scores against the instrument's theoretical midpoint (seed 000: "lower than the theoretical median").
import {oneSampleTest, scoreBounds, type OneSampleTest} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {
  groupsOf,
  membersAt,
  partKey,
  scoredParts,
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
  midpoint: number;
};

export function oneSampleResults(
  scores: readonly ScoreRow[] | ParticipantTable,
  design: Design
): OneSampleResult[] {
  const table = scoreTable(scores);
  return design.instruments.flatMap((instrument) => {
    if (instrument.midpoint === undefined) return [];
    return groupsOf(design, table).flatMap((group) =>
      design.waves.flatMap(({id: wave}) => {
        const members = membersAt(table, group, [wave]);
        return scoredParts(instrument).map((subscale) => {
          // A sum score is tested against k × the item midpoint, on its own range.
          const {midpoint, ...scale} = scoreBounds(instrument, subscale);
          const values = valuesOf(table, wave, partKey(instrument.id, subscale), members);
          return {
            instrument: instrument.id,
            subscale,
            group,
            wave,
            midpoint: midpoint!,
            ...oneSampleTest(values, midpoint!, {scale})
          };
        });
      })
    );
  });
}
