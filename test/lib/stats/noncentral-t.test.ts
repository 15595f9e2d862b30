import {describe, expect, it} from "vitest";
import {noncentralTCdf, noncentralityInterval} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases, type Value} from "./r-fixtures.js";

type Inputs = {t: number; df: number; ncp: number};

describe("noncentralTCdf(t, df, ncp)", () => {
  it.each(loadCases<Inputs, Value>("noncentral-t"))(
    "matches pt(t, df, ncp) (case %#)",
    ({t, df, ncp, expected}) => {
      const p = noncentralTCdf(t, df, ncp);
      expectMatchesR("noncentralT", {p}, {p: expected});
    }
  );
});

describe("noncentralityInterval(t, df, confLevel)", () => {
  it("puts t at the 97.5% and 2.5% quantiles of its limits", () => {
    const [low, high] = noncentralityInterval(2.3, 11, 0.95);
    expect(noncentralTCdf(2.3, 11, low)).toBeCloseTo(0.975, 12);
    expect(noncentralTCdf(2.3, 11, high)).toBeCloseTo(0.025, 12);
  });

  it("is NaN for an undefined t", () => {
    expect(noncentralityInterval(NaN, 5, 0.95)).toEqual([NaN, NaN]);
  });
});
