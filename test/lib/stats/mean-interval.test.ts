import {describe, expect, it} from "vitest";
import {meanInterval} from "../../../src/lib/stats/mean-interval.js";
import {oneSampleTest} from "../../../src/lib/stats/one-sample-test.js";

describe("meanInterval(x)", () => {
  it("gives t.test(x)$conf.int, the interval the R-checked one-sample test reports", () => {
    // R: t.test(c(3.2, 3.8, 4.1, 2.9, 3.6, NA))$conf.int → 2.928415 4.111585
    const x = [3.2, 3.8, 4.1, 2.9, 3.6, null];
    const interval = meanInterval(x);
    const test = oneSampleTest(x, 3);
    expect(interval.n).toBe(5);
    expect(interval.mean).toBeCloseTo(3.52, 12);
    expect(interval.ci_low).toBeCloseTo(test.ci_low, 12);
    expect(interval.ci_high).toBeCloseTo(test.ci_high, 12);
    expect(interval.ci_low).toBeCloseTo(2.928415, 6);
    expect(interval.ci_high).toBeCloseTo(4.111585, 6);
  });

  it("has no interval below two values", () => {
    expect(meanInterval([12])).toMatchObject({n: 1, mean: 12});
    expect(meanInterval([12]).ci_low).toBeNaN();
    expect(meanInterval([]).mean).toBeNaN();
  });
});
