// The omnibus table from score rows, checked against R on real data: the CES-D over the HELP trial's five visits.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {omnibusResults, type Design, type OmnibusRow} from "../../../src/lib/results/index.js";
import type {ScoreRow} from "../../../src/lib/types.js";
import {expectMatchesR, type Value} from "../stats/r-fixtures.js";
import {design as twoWaves, scores as twoWaveScores} from "./fixtures.js";

type Stats = Record<string, Value>;
interface HelpGroup {
  group: string;
  friedman: Stats;
  rm_anova: Stats;
  pairwise: Stats[];
  waves: Stats[];
}
const help = JSON.parse(
  readFileSync(new URL("../../fixtures/r/omnibus-help.json", import.meta.url), "utf8")
) as {
  waves: string[];
  scores: Omit<ScoreRow, "instrument" | "subscale" | "answered" | "items">[];
  expected: HelpGroup[];
};

const design: Design = {
  waves: help.waves.map((id) => ({id})),
  groups: [{id: "arm0"}, {id: "arm1"}],
  instruments: [
    {
      id: "cesd",
      scale: {min: 0, max: 60},
      higher_is_better: false,
      subscales: [{id: "cesd"}],
      items: [],
      total: false
    }
  ],
  compare: {between_groups: false}
};
const rows = omnibusResults(
  help.scores.map((s) => ({...s, instrument: "cesd", subscale: "cesd", answered: 20, items: 20})),
  design
);
const of = (group: string, kind: OmnibusRow["kind"]) =>
  rows.filter((r) => r.group === group && r.kind === kind);

describe("omnibusResults(scores, design)", () => {
  it("gives, per group, one row per wave, one test row and one row per pair of waves", () => {
    expect([...new Set(rows.map((r) => r.group))]).toEqual(["all", "arm0", "arm1"]);
    for (const group of ["all", "arm0", "arm1"]) {
      expect(of(group, "wave").map((r) => r.wave)).toEqual(help.waves);
      expect(of(group, "test")).toHaveLength(1);
      expect(of(group, "pair").map((r) => `${r.wave_from}→${r.wave_to}`)).toHaveLength(10);
    }
    expect(rows.every((r) => r.k === 5 && r.instrument === "cesd" && r.subscale === "cesd")).toBe(true);
  });

  it.each(help.expected)("matches R on the HELP CES-D, group $group", (expected) => {
    const [test] = of(expected.group, "test");
    const {friedman, rm_anova: anova} = expected;
    expectMatchesR("help", test!, {
      n: friedman.n!,
      friedman_chisq: friedman.statistic!,
      friedman_df: friedman.df!,
      p_friedman: friedman.p!,
      kendall_w: friedman.kendall_w!,
      p_f: anova.p!,
      ...Object.fromEntries(Object.entries(anova).filter(([key]) => !["n", "k", "p"].includes(key)))
    });
    of(expected.group, "wave").forEach((row, w) => expectMatchesR("help wave", row, expected.waves[w]!));
    of(expected.group, "pair").forEach((row, j) => {
      const {from, to, ...stats} = expected.pairwise[j]!;
      expect([row.wave_from, row.wave_to]).toEqual([help.waves[from as number], help.waves[to as number]]);
      expectMatchesR("help pair", row, stats);
    });
  });

  it("says when sphericity is doubtful and notes the participants left out", () => {
    const [test] = of("all", "test");
    expect(test!.guardrails.map((g) => g.code)).toEqual(["missing", "sphericity"]);
    expect(test!.guardrails[1]!.message.zh).toMatch(/Greenhouse–Geisser/);
  });

  it("is empty for a study with fewer than three waves", () => {
    expect(omnibusResults(twoWaveScores(), twoWaves)).toEqual([]);
  });
});
