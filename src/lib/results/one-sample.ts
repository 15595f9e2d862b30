// Each wave's scores against the instrument's theoretical midpoint (seed 000: "lower than the theoretical median").
import {oneSampleTest, type OneSampleTest} from "../stats/index.js";
import type {ScoreRow} from "../types.js";
import {groupsOf, scoredParts, scoresBy, type Design} from "./design.js";

export type OneSampleResult = OneSampleTest & {
  instrument: string;
  subscale: string;
  group: string;
  wave: string;
  midpoint: number;
};

export function oneSampleResults(scores: readonly ScoreRow[], design: Design): OneSampleResult[] {
  return design.instruments.flatMap((instrument) => {
    const midpoint = instrument.midpoint;
    if (midpoint === undefined) return [];
    return groupsOf(design, scores).flatMap((group) =>
      design.waves.flatMap(({id: wave}) =>
        scoredParts(instrument).map((subscale) => ({
          instrument: instrument.id,
          subscale,
          group,
          wave,
          midpoint,
          ...oneSampleTest([...scoresBy(scores, group, instrument.id, subscale, wave).values()], midpoint, {
            scale: instrument.scale
          })
        }))
      )
    );
  });
}
