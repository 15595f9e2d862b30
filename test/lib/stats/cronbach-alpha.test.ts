import {describe, it} from "vitest";
import {cronbachAlpha} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases} from "./r-fixtures.js";

type Inputs = {items: (number | null)[][]};

describe("cronbachAlpha(items)", () => {
  it.each(loadCases<Inputs>("cronbach-alpha"))(
    "matches alpha, Feldt's interval and item statistics from R (case %#)",
    ({items, expected}) => {
      expectMatchesR("alpha", cronbachAlpha(items), expected);
    }
  );
});
