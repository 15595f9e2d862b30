import {describe, it} from "vitest";
import {oneSampleTest} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases} from "./r-fixtures.js";

type Inputs = {x: (number | null)[]; mu: number};

describe("oneSampleTest(x, mu)", () => {
  it.each(loadCases<Inputs>("one-sample-test"))(
    "matches R's t.test and wilcox.test(x, mu = mu) (case %#)",
    ({x, mu, expected}) => {
      expectMatchesR("oneSample", oneSampleTest(x, mu), expected, ["d_ci_low", "d_ci_high"]);
    }
  );
});
