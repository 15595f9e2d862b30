import {describe, expect, it} from "vitest";
import {
  cautions,
  pairedCount,
  sizeWord,
  studySummary,
  type PartSummary
} from "../../src/components/study-summary.js";
import type {PairedResult} from "../../src/lib/results/index.js";
import {loadStudy} from "../../loaders/study/load.js";
import type {Guardrail} from "../../src/lib/stats/index.js";

const shown = {published: false, min_cell: 1, excerpts: true};
const names = {pre: "前测", post: "后测"};
const size = {participants: 7, design: [{group: "all", waves: {pre: 7, post: 6}, matched: 6}]};

describe("sizeWord(d, lang)", () => {
  it("names Cohen's benchmarks, whatever the sign", () => {
    expect([0.1, -0.3, 0.6, -2.1].map((d) => sizeWord(d, "en"))).toEqual([
      "very small",
      "small",
      "medium",
      "large"
    ]);
    expect(sizeWord(0.8, "zh")).toBe("大");
  });
});

describe("pairedCount(comparison, options)", () => {
  const c = {n: 6, group: "all", wave_from: "pre", wave_to: "post"};
  it("says why the paired n is smaller than a wave's n", () => {
    expect(pairedCount(c, {lang: "zh", policy: shown, size, names})).toBe(
      "n = 6（两次都有得分的人；前测 7 人，后测 6 人）"
    );
    expect(
      pairedCount(c, {lang: "en", policy: shown, size, names: {pre: "Pre-test", post: "Post-test"}})
    ).toBe("n = 6 (people scored at both; 7 at Pre-test, 6 at Post-test)");
  });

  it("is the bare n when every wave has the same people", () => {
    const same = {participants: 6, design: [{group: "all", waves: {pre: 6, post: 6}, matched: 6}]};
    expect(pairedCount(c, {lang: "zh", policy: shown, size: same, names})).toBe("n = 6");
  });
});

describe("cautions(summaries, lang)", () => {
  const summary = (guardrails: Guardrail[]): PartSummary =>
    ({
      part: {},
      headlines: [{group: "all", direction: "up", text: "", stats: "", guardrails}]
    }) as unknown as PartSummary;
  const message = {zh: "", en: ""};
  it("says each kind of caution once, with the smallest n, and links to why", () => {
    const notes = cautions(
      [
        summary([
          {code: "small_n", value: 7, message},
          {code: "ties", value: 2, message}
        ]),
        summary([
          {code: "small_n", value: 6, message},
          {code: "zeros", value: 1, message}
        ])
      ],
      "en"
    );
    expect(notes.map((n) => n.text)).toEqual([
      "Small samples (as few as 6): p-values are shaky; read the effect sizes and their intervals.",
      "Some scores are tied or did not change: the Wilcoxon p is an approximation."
    ]);
    expect(notes.map((n) => n.href)).toEqual(["../../glossary.html#ci", "../../glossary.html#wilcoxon"]);
  });

  it("names the exact test's floor on p only where it could matter (n = 6: .031; n = 11: .00098)", () => {
    const floor = (p: number) =>
      cautions([summary([{code: "min_p", value: p, message}])], "zh").map((n) => n.text);
    expect(floor(0.03125)).toEqual(["人数太少时，Wilcoxon 精确检验的 p 不可能低于 0.031。"]);
    expect(floor(0.0009765625)).toEqual([]);
  });

  it("is empty without guardrails", () => {
    expect(cautions([summary([])], "zh")).toEqual([]);
  });
});

describe("studySummary(study, results, options)", () => {
  it("gives a sum score's range in the headline, not the answer scale's (4 items of 0–3 → 0–12)", async () => {
    const study = await loadStudy("test/fixtures/studies/waves3");
    const comparison = {
      instrument: "dep",
      subscale: "mood",
      group: "intervention",
      wave_from: "t0",
      wave_to: "t2",
      n: 20,
      mean_diff: -2.5,
      dz: -0.9,
      dz_ci_low: -1.4,
      dz_ci_high: -0.4,
      p_t: 0.001,
      guardrails: []
    } as unknown as PairedResult;
    const [mood] = studySummary(
      study,
      {comparisons: [comparison], oneSample: []},
      {lang: "en", policy: shown}
    );
    expect(mood!.headlines[0]!.text).toMatch(
      /^The average fell by 2\.50 points from Baseline to Month 12 \(scale 0–12\)/
    );
  });
});
