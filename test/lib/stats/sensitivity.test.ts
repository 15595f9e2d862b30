import {describe, expect, it} from "vitest";
import {minimumDetectableEffect, pairedPower} from "../../../src/lib/stats/sensitivity.js";
import {expectMatchesR, loadCases, type Value} from "./r-fixtures.js";

type Inputs = {n: number; power: number; alpha: number};

describe("minimumDetectableEffect(n, {power, alpha})", () => {
  it.each(loadCases<Inputs, {d: Value}>("sensitivity"))(
    "matches pwr.t.test(n, power, sig.level, type = 'paired')$d (case %#)",
    ({n, power, alpha, expected}) => {
      const d = minimumDetectableEffect(n, {power, alpha});
      expectMatchesR("sensitivity", {d}, expected);
    }
  );

  it("gives the d at which the power is the one asked for", () => {
    const d = minimumDetectableEffect(6);
    expect(pairedPower(6, d)).toBeCloseTo(0.8, 4);
    expect(d).toBeGreaterThan(1.4);
  });

  it("is NaN below two cases", () => {
    expect(minimumDetectableEffect(1)).toBeNaN();
  });
});
