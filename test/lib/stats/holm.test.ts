import {describe, it} from "vitest";
import {holm} from "../../../src/lib/stats/index.js";
import {expectMatchesR, loadCases, type Value} from "./r-fixtures.js";

type Inputs = {p: (number | null)[]};

describe("holm(p)", () => {
  it.each(loadCases<Inputs, Value>("holm"))('matches p.adjust(p, "holm") (case %#)', ({p, expected}) => {
    const adjusted = holm(p.map((value) => value ?? NaN));
    expectMatchesR("holm", {adjusted}, {adjusted: expected});
  });
});
