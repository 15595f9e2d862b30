import {describe, it} from "vitest";
import {reliableChange} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases} from "./r-fixtures.js";

type Inputs = {
  pre: number;
  post: number;
  sd_pre: number;
  reliability: number;
  lower_is_better: boolean;
};

describe("reliableChange(pre, post, options)", () => {
  it.each(loadCases<Inputs>("reliable-change"))(
    "matches the Jacobson–Truax RCI computed in R (case %#)",
    ({pre, post, sd_pre, reliability, lower_is_better, expected}) => {
      const result = reliableChange(pre, post, {
        sdPre: sd_pre,
        reliability,
        lowerIsBetter: lower_is_better
      });
      expectMatchesR("reliableChange", result, expected);
    }
  );
});
