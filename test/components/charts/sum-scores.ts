// A sum-scored subscale over three waves with drop-out (4 items on 0–3, so scores 0–12, midpoint 6): the shape
// that drew off the item-scale axis. Deterministic.
import * as d3 from "d3";
import type {Level, ScaleRange} from "../../../src/components/charts/common.js";
import type {ScoreRow} from "../../../src/lib/types.js";

export const sumWaves: Level[] = [
  {id: "t0", label: {zh: "基线", en: "Baseline"}},
  {id: "t1", label: {zh: "6 个月", en: "Month 6"}},
  {id: "t2", label: {zh: "12 个月", en: "Month 12"}}
];

export const sumGroups: Level[] = [
  {id: "intervention", label: {zh: "干预组", en: "Intervention"}},
  {id: "control", label: {zh: "对照组", en: "Control"}}
];

/** The score range of the sum of 4 items on 0–3, as scoreScale gives it. */
export const sumScale: ScaleRange = {min: 0, max: 12};

/** Sum scores of 8 people per group; the intervention group falls by about 2 points a wave; two drop out. */
export function sumScoreRows(): ScoreRow[] {
  const normal = d3.randomNormal.source(d3.randomLcg(0.42));
  return sumGroups.flatMap(({id: group}, g) =>
    d3.range(8).flatMap((i) => {
      const participant = `${group === "control" ? "C" : "I"}${i + 1}`;
      const start = normal(8, 1.5)();
      return sumWaves.flatMap(({id: wave}, w) => {
        if ((i === 7 && w > 0) || (i === 6 && w === 2)) return [];
        const score = Math.max(0, Math.min(12, Math.round(start - w * (g === 0 ? 2 : 0.3) + normal(0, 1)())));
        return [
          {participant, group, wave, instrument: "dep", subscale: "mood", score, answered: 4, items: 4}
        ];
      });
    })
  );
}
