// A small two-group design and scores for the result-table tests.
import type {Design} from "../../../src/lib/results/index.js";
import type {ScoreRow} from "../../../src/lib/types.js";

export const design: Design = {
  waves: [{id: "pre"}, {id: "post"}],
  groups: [{id: "a"}, {id: "b"}],
  instruments: [
    {
      id: "x",
      scale: {min: 1, max: 5},
      midpoint: 3,
      higher_is_better: true,
      subscales: [{id: "s1"}, {id: "s2"}],
      items: [
        {id: "x1", subscale: "s1", reverse: false},
        {id: "x2", subscale: "s1", reverse: true},
        {id: "x3", subscale: "s2", reverse: false},
        {id: "x4", subscale: "s2", reverse: false}
      ],
      total: {}
    }
  ],
  compare: {between_groups: false}
};

/** Pre/post scores of participants p1…p12: p1–p6 in group a, p7–p12 in b; p12 has no post, p5 no post s2 score. */
export function scores(): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (let i = 1; i <= 12; i++) {
    const participant = `p${String(i).padStart(2, "0")}`;
    const group = i <= 6 ? "a" : "b";
    for (const wave of ["pre", "post"]) {
      if (i === 12 && wave === "post") continue;
      for (const [j, subscale] of ["s1", "s2", "total"].entries()) {
        const base = 2 + ((i * (j + 3)) % 5) / 4;
        const gain = wave === "post" ? (group === "a" ? 0.6 : 0.1) + (i % 3) / 10 : 0;
        const score = i === 5 && wave === "post" && subscale === "s2" ? null : base + gain;
        rows.push({participant, group, wave, instrument: "x", subscale, score, answered: 2, items: 2});
      }
    }
  }
  return rows;
}
