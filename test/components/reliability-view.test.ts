import {describe, expect, it} from "vitest";
import {reliabilityView} from "../../src/components/reliability-view.js";
import type {ItemReliability, ReliabilityResult} from "../../src/lib/results/reliability.js";
import type {Guardrail} from "../../src/lib/stats/index.js";

const caution: Guardrail = {code: "small_n", message: {zh: "样本很小。", en: "A small sample."}};

function alpha(subscale: string, wave: string, n: number, group = "all"): ReliabilityResult {
  const guardrails = n < 10 ? [caution] : [];
  return {
    instrument: "ase",
    subscale,
    group,
    wave,
    alpha: 0.8,
    ci_low: 0.6,
    ci_high: 0.9,
    n,
    k: 4,
    alpha_pairwise: 0.8,
    n_pairwise: n,
    guardrails
  };
}

function item(subscale: string, wave: string, id: string, group = "all"): ItemReliability {
  return {instrument: "ase", subscale, group, wave, item: id, item_total: 0.5, alpha_if_deleted: 0.7};
}

const parts = [
  {instrument: "ase", subscale: "ability", title: {zh: "学习能力", en: "Ability"}},
  {instrument: "ase", subscale: "total", title: {zh: "总分", en: "Total"}}
];
const results = {
  reliability: [
    alpha("ability", "pre", 2),
    alpha("ability", "post", 6),
    alpha("total", "post", 40),
    alpha("ability", "pre", 30, "parents")
  ],
  itemReliability: [
    item("ability", "pre", "a1"),
    item("ability", "post", "a1"),
    item("total", "post", "a1"),
    item("ability", "pre", "a1", "parents")
  ]
};
const options = {
  part: parts[0]!,
  group: "all",
  parts,
  waveNames: {pre: "前测", post: "后测"},
  lang: "zh" as const,
  everywhere: "所有行"
};

describe("reliabilityView(results, options)", () => {
  it("shows the group's α, the part's items, and the notes of each α with where they apply", () => {
    const view = reliabilityView(results, {
      ...options,
      policy: {published: false, min_cell: 3, excerpts: true}
    });
    expect(view.scales.map((r) => `${r.subscale} ${r.wave}`)).toEqual([
      "ability pre",
      "ability post",
      "total post"
    ]);
    expect(view.items.map((r) => `${r.subscale} ${r.wave}`)).toEqual(["ability pre", "ability post"]);
    expect(view.notes).toEqual([{message: caution.message, where: "学习能力 · 前测、学习能力 · 后测"}]);
    expect(view.caution).toBe("alphaCautionSmall");
  });

  it("in the published site drops the items and notes of a wave whose α rests on fewer than min_cell people", () => {
    const view = reliabilityView(results, {
      ...options,
      policy: {published: true, min_cell: 3, excerpts: false}
    });
    expect(view.published.map((r) => [r.wave, r.alpha, r.k])).toEqual([
      ["pre", null, 4],
      ["post", 0.8, 4],
      ["post", 0.8, 4]
    ]);
    expect(view.items.map((r) => `${r.subscale} ${r.wave}`)).toEqual(["ability post"]);
    expect(view.notes).toEqual([{message: caution.message, where: "学习能力 · 后测"}]);
  });

  it("cautions about a small sample only when some α rests on fewer than 30 people", () => {
    const view = reliabilityView(results, {
      ...options,
      group: "parents",
      policy: {published: false, min_cell: 3, excerpts: true}
    });
    expect(view.caution).toBe("alphaCaution");
    expect(view.notes).toEqual([]);
  });
});
