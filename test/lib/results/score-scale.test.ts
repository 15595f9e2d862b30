import {describe, expect, it} from "vitest";
import {oneSampleResults, scoreScale, type DesignInstrument} from "../../../src/lib/results/index.js";
import {design, scores} from "./fixtures.js";

const instrument = (options: Partial<DesignInstrument>): DesignInstrument => ({
  id: "dep",
  scale: {min: 0, max: 3},
  higher_is_better: false,
  subscales: [{id: "mood"}, {id: "somatic"}],
  items: ["mood", "mood", "mood", "mood", "somatic", "somatic"].map((subscale, i) => ({
    id: `d${i + 1}`,
    subscale,
    reverse: false
  })),
  total: {},
  ...options
});

describe("scoreScale(instrument, subscale)", () => {
  it("gives a mean score the item scale and the declared midpoint", () => {
    expect(scoreScale(instrument({scale: {min: 1, max: 5}, midpoint: 3}), "mood")).toMatchObject({
      min: 1,
      max: 5,
      midpoint: 3
    });
  });

  it("gives a sum score k × the item scale and k × the item midpoint, k counting the part's items", () => {
    const sum = instrument({midpoint: 1.5, scoring: "sum"});
    expect(scoreScale(sum, "mood")).toMatchObject({min: 0, max: 12, midpoint: 6});
    expect(scoreScale(sum, "somatic")).toMatchObject({min: 0, max: 6, midpoint: 3});
    expect(scoreScale(sum, "total")).toMatchObject({min: 0, max: 18, midpoint: 9});
  });

  it("has no midpoint when none is declared", () => {
    expect(
      scoreScale(instrument({scale: {min: 1, max: 4}, scoring: "sum"}), "mood").midpoint
    ).toBeUndefined();
  });
});

describe("oneSampleResults of sum scores", () => {
  it("tests each part against k × the item midpoint", () => {
    const sum = {...design, instruments: [{...design.instruments[0], scoring: "sum" as const}]};
    // Sums of the fixture's mean scores: 2 items in each subscale, 4 in the total.
    const k = (subscale: string) => (subscale === "total" ? 4 : 2);
    const sums = scores().map((s) => ({...s, score: s.score === null ? null : s.score * k(s.subscale)}));
    const rows = oneSampleResults(sums, sum);
    expect(new Set(rows.filter((r) => r.subscale !== "total").map((r) => r.midpoint))).toEqual(new Set([6]));
    expect(new Set(rows.filter((r) => r.subscale === "total").map((r) => r.midpoint))).toEqual(new Set([12]));
    // The same test as the mean scores' against 3: t does not change when scores and midpoint are scaled by k.
    const t = (rs: typeof rows) => rs.map((r) => r.t.toFixed(10));
    expect(t(rows)).toEqual(t(oneSampleResults(scores(), design)));
  });
});
