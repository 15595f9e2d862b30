import {describe, it} from "vitest";
import {twoSampleTest} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases} from "./r-fixtures.js";

type Inputs = {x: (number | null)[]; y: (number | null)[]};

describe("twoSampleTest(x, y)", () => {
  it.each(loadCases<Inputs>("two-sample-test"))(
    "matches R's Welch t.test and wilcox.test(x, y) (case %#)",
    ({x, y, expected}) => {
      expectMatchesR("twoSample", twoSampleTest(x, y), expected);
    }
  );
});
