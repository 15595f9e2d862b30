import {describe, it} from "vitest";
import {cohensKappa} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases} from "./r-fixtures.js";

type Inputs = {a: (string | null)[]; b: (string | null)[]};

describe("cohensKappa(a, b)", () => {
  it.each(loadCases<Inputs>("cohens-kappa"))(
    "matches kappa and the vcd::Kappa standard error computed in R (case %#)",
    ({a, b, expected}) => {
      expectMatchesR("kappa", cohensKappa(a, b), expected);
    }
  );
});
