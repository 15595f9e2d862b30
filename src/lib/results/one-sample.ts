// Each wave's scores against the instrument's theoretical midpoint (seed 000: "lower than the theoretical median").
import {oneSampleTestOf, type OneSampleTest} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {partKey, scoredParts, scoreScale, scoreTable, type Design, type ParticipantTable} from "./design.js";
import {tableCounts, type ScoreCounts} from "./score-counts.js";

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
  return oneSampleResultsOf(tableCounts(scoreTable(scores), design), design);
}

/** {@link oneSampleResults} from tabulated scores. */
export function oneSampleResultsOf(counts: ScoreCounts, design: Design): OneSampleResult[] {
  return design.instruments.flatMap((instrument) => {
    if (instrument.midpoint === undefined) return [];
    return counts.groups.flatMap((group) =>
      design.waves.flatMap(({id: wave}) =>
        scoredParts(instrument).map((subscale) => {
          const scale = scoreScale(instrument, subscale);
          const {table, missing} = counts.scores(group, wave, partKey(instrument.id, subscale));
          return {
            instrument: instrument.id,
            subscale,
            group,
            wave,
            midpoint: scale.midpoint!,
            scoring: scale.scoring,
            ...oneSampleTestOf(table, missing, scale.midpoint!, {scale})
          };
        })
      )
    );
  });
}
