import {describe, expect, it} from "vitest";
import {
  changeCounts,
  changeResults,
  publishedChangeCounts,
  type ReliabilityResult
} from "../../../src/lib/results/index.js";
import type {ScoreRow} from "../../../src/lib/types.js";
import {design, scores} from "./fixtures.js";

const one = {...design, groups: [], instruments: [{...design.instruments[0], reliability: 0.8}]};

/** Pre 1…10 and a post per participant, one group, s1 only. */
function rows(post: (pre: number) => number): ScoreRow[] {
  return Array.from({length: 10}, (_, i) => i + 1).flatMap((pre) =>
    (["pre", "post"] as const).map((wave) => ({
      participant: `p${String(pre).padStart(2, "0")}`,
      group: "all",
      wave,
      instrument: "x",
      subscale: "s1",
      score: wave === "pre" ? pre : post(pre),
      answered: 2,
      items: 2
    }))
  );
}

describe("changeResults(scores, reliability, design)", () => {
  it("classifies nobody when the reliability is 0 or below (α can be negative in tiny samples)", () => {
    const negative = {...one, instruments: [{...one.instruments[0], reliability: undefined}]};
    const alpha = [
      {instrument: "x", subscale: "s1", group: "all", wave: "pre", alpha: -0.5}
    ] as ReliabilityResult[];
    const results = changeResults(
      rows((pre) => pre + 4),
      alpha,
      negative
    ).filter((r) => r.subscale === "s1");
    expect(results.length).toBe(10);
    expect(results.every((r) => r.category === null && r.reliability === -0.5)).toBe(true);
  });

  it("sorts change into improved, unchanged and deteriorated by |RCI| > 1.96", () => {
    // SD(pre 1…10) = 3.03, r = .8: SEdiff = 1.92, so a change of ±4 is reliable and ±3 is not.
    const change = [4, 3, 0, -3, -4, 4, 0, 0, 0, 0];
    const results = changeResults(
      rows((pre) => pre + change[pre - 1]),
      [],
      one
    ).filter((r) => r.subscale === "s1");
    expect(results.map((r) => r.category)).toEqual([
      "improved",
      "unchanged",
      "unchanged",
      "unchanged",
      "deteriorated",
      "improved",
      "unchanged",
      "unchanged",
      "unchanged",
      "unchanged"
    ]);
    expect(results[0]).toMatchObject({reliability: 0.8, reliability_source: "study", change: 4});
    expect(results[0].sediff).toBeCloseTo(Math.sqrt(55 / 6) * Math.sqrt(2) * Math.sqrt(0.2), 12);
  });

  it("reverses the categories when lower is better", () => {
    const lower = {...one, instruments: [{...one.instruments[0], higher_is_better: false}]};
    const [first] = changeResults(
      rows((pre) => pre + 5),
      [],
      lower
    );
    expect(first.category).toBe("deteriorated");
  });

  it("takes α of the group at the first wave when study.yaml gives no reliability, and has no category without it", () => {
    const alpha = (group: string, value: number): ReliabilityResult => ({
      instrument: "x",
      subscale: "s1",
      group,
      wave: "pre",
      alpha: value,
      ci_low: NaN,
      ci_high: NaN,
      n: 6,
      k: 2,
      alpha_pairwise: value,
      n_pairwise: 6,
      guardrails: []
    });
    const results = changeResults(scores(), [alpha("a", 0.7), alpha("b", 0.9)], design);
    const s1 = results.filter((r) => r.subscale === "s1");
    expect(new Set(s1.map((r) => `${r.group} ${r.reliability} ${r.reliability_source}`))).toEqual(
      new Set(["a 0.7 alpha", "b 0.9 alpha"])
    );
    expect(s1).toHaveLength(11); // per group, not pooled: p12 has no post
    expect(results.filter((r) => r.subscale === "s2").every((r) => r.category === null)).toBe(true);
    expect(results.some((r) => r.participant === "p05" && r.subscale === "s2")).toBe(false);
  });
});

describe("changeCounts(rows)", () => {
  it("counts the classified participants per part × group", () => {
    const reliability = (["a", "b"] as const).flatMap((group) =>
      ["s1", "s2", "total"].map((subscale) => ({instrument: "x", subscale, group, wave: "pre", alpha: 0.8}))
    ) as ReliabilityResult[];
    const results = changeResults(scores(), reliability, design);
    const counts = changeCounts(results);
    for (const count of counts) {
      const these = results.filter(
        (r) => r.subscale === count.subscale && r.group === count.group && r.category !== null
      );
      expect(count.n).toBe(these.length);
      expect(count.improved! + count.unchanged! + count.deteriorated!).toBe(count.n);
      expect(count.improved).toBe(these.filter((r) => r.category === "improved").length);
      expect(count.reliability).toBe(0.8);
    }
    // p12 has no post; the fixture's scores have no total.
    expect(counts.map((c) => `${c.subscale} ${c.group} ${c.n}`)).toEqual([
      "s1 a 6",
      "s1 b 5",
      "s2 a 5",
      "s2 b 5"
    ]);
    // A study comparing several pairs of waves counts each pair apart.
    const later = results.map((r) => ({...r, wave_from: "post", wave_to: "follow-up"}));
    const both = changeCounts([...results, ...later]);
    expect(both).toHaveLength(2 * counts.length);
    expect(both.slice(counts.length).map((c) => [c.wave_from, c.wave_to, c.n])).toEqual(
      counts.map((c) => ["post", "follow-up", c.n])
    );
  });
});

describe("publishedChangeCounts(counts, policy)", () => {
  const row = {
    instrument: "x",
    subscale: "s1",
    group: "all",
    wave_from: "pre",
    wave_to: "post",
    reliability: 0.8,
    reliability_source: "alpha" as const
  };
  const policy = {published: true, min_cell: 5, excerpts: false};

  it("hides a small count and the next smallest, never a zero, and keeps the rest of a large row", () => {
    const counts = [{...row, n: 250_002, improved: 150_000, unchanged: 100_000, deteriorated: 2}];
    expect(publishedChangeCounts(counts, policy)).toEqual([
      {...counts[0], improved: 150_000, unchanged: null, deteriorated: null}
    ]);
    const zero = [{...row, n: 12, improved: 12, unchanged: 0, deteriorated: 0}];
    expect(publishedChangeCounts(zero, policy)).toEqual(zero);
  });

  it("hides every count and the reliability of a row of fewer than min_cell people, and nothing locally", () => {
    const counts = [{...row, n: 4, improved: 0, unchanged: 4, deteriorated: 0}];
    expect(publishedChangeCounts(counts, policy)).toEqual([
      {...counts[0], improved: null, unchanged: null, deteriorated: null, reliability: NaN}
    ]);
    expect(publishedChangeCounts(counts, {...policy, published: false})).toEqual(counts);
  });
});
