import {describe, it} from "vitest";
import {pairedComparison} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases} from "./r-fixtures.js";

type Inputs = {from: (number | null)[]; to: (number | null)[]};

describe("pairedComparison(from, to)", () => {
  it.each(loadCases<Inputs>("paired-comparison"))(
    "matches R's t.test and wilcox.test(to, from, paired = TRUE) (case %#)",
    ({from, to, expected}) => {
      expectMatchesR("paired", pairedComparison(from, to), expected, ["dz_ci_low", "dz_ci_high"]);
    }
  );
});
