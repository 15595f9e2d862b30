// Deterministic, real-shaped study data for chart snapshots: a six-child group (Q school) and 40 parents and children.
import * as d3 from "d3";
import type {Level, ScaleRange} from "../../../src/components/charts/common.js";
import type {ItemRow, ScoreRow} from "../../../src/lib/types.js";

export const waves: Level[] = [
  {id: "pre", label: {zh: "前测", en: "Pre-test"}},
  {id: "post", label: {zh: "后测", en: "Post-test"}}
];

export const groups: Level[] = [
  {id: "children", label: {zh: "儿童组", en: "Children"}},
  {id: "parents", label: {zh: "家长组", en: "Parents"}}
];

export const scale: ScaleRange = {
  min: 1,
  max: 5,
  labels: {
    1: {zh: "完全不符合", en: "Strongly disagree"},
    2: {zh: "比较不符合", en: "Disagree"},
    3: {zh: "不确定", en: "Neutral"},
    4: {zh: "比较符合", en: "Agree"},
    5: {zh: "完全符合", en: "Strongly agree"}
  }
};

export const items: Level[] = [
  {id: "a1", label: {zh: "我相信自己能够学好各门功课", en: "I believe I can do well in every subject"}},
  {id: "a2", label: {zh: "遇到难题时我会坚持到底", en: "I keep going when a problem is hard"}},
  {id: "a3", label: {zh: "上课时我能专心听讲", en: "I can pay attention in class"}},
  {id: "a4", label: {en: "I finish my homework on time"}}
];

/** Participant ids: A1…A6 for the children's group, then P01…P40 style ids for larger groups. */
function ids(n: number, prefix: string): string[] {
  return d3.range(n).map((i) => `${prefix}${String(i + 1).padStart(n > 9 ? 2 : 1, "0")}`);
}

/** Item answers that rise by about one scale point from pre to post, with a few missing answers. */
export function itemRows(n: number, seed: number): ItemRow[] {
  const random = d3.randomLcg(seed);
  const rows: ItemRow[] = [];
  for (const participant of ids(n, "A")) {
    const base = 1.5 + random() * 2;
    for (const [w, wave] of waves.entries()) {
      for (const item of items) {
        const missing = random() < 0.04;
        const raw = Math.max(1, Math.min(5, Math.round(base + w * 1.1 + (random() - 0.5) * 1.6)));
        rows.push({
          participant,
          group: "children",
          wave: wave.id,
          instrument: "ase",
          subscale: "ability",
          item: item.id,
          raw: missing ? null : raw,
          value: missing ? null : raw
        });
      }
    }
  }
  return rows;
}

/** Subscale scores (mean of items, 1–5) at pre and post for each group; one post score missing. */
export function scoreRows(n: number, seed: number, groupIds: string[] = ["children"]): ScoreRow[] {
  const random = d3.randomLcg(seed);
  const normal = d3.randomNormal.source(random);
  const rows: ScoreRow[] = [];
  for (const group of groupIds) {
    for (const [k, participant] of ids(n, group === "children" ? "A" : "P").entries()) {
      const pre = clamp(normal(2.6, 0.5)());
      const post = clamp(pre + normal(0.5, 0.45)());
      for (const [wave, score] of [
        ["pre", pre],
        ["post", post]
      ] as const) {
        const missing = wave === "post" && k === n - 1 && n > 6;
        rows.push({
          participant,
          group,
          wave,
          instrument: "ase",
          subscale: "ability",
          score: missing ? null : score,
          answered: missing ? 0 : 8,
          items: 8
        });
      }
    }
  }
  return rows;
}

function clamp(x: number): number {
  return Math.round(Math.max(1, Math.min(5, x)) * 8) / 8;
}

/** Paired pre → post scores, as the stats loader hands them to the slope and difference charts. */
export function pairs(rows: ScoreRow[]): {participant: string; group: string; from: number; to: number}[] {
  const byParticipant = d3.group(rows, (d) => d.participant);
  return [...byParticipant].flatMap(([participant, rs]) => {
    const from = rs.find((d) => d.wave === "pre")?.score;
    const to = rs.find((d) => d.wave === "post")?.score;
    return from != null && to != null ? [{participant, group: rs[0].group, from, to}] : [];
  });
}

/** Means and t-based 95% CIs by group and wave, as the stats loader summarises scores (t quantiles hard-coded). */
export function summary(rows: ScoreRow[]) {
  const t975: Record<number, number> = {
    5: 2.570582,
    6: 2.446912,
    7: 2.364624,
    19: 2.093024,
    18: 2.100922,
    39: 2.022691,
    38: 2.024394
  };
  return d3
    .flatRollup(
      rows.filter((d) => d.score != null),
      (v) => {
        const n = v.length;
        const mean = d3.mean(v, (d) => d.score)!;
        const half = (t975[n - 1] * d3.deviation(v, (d) => d.score)!) / Math.sqrt(n);
        return {mean, ci_low: mean - half, ci_high: mean + half, n};
      },
      (d) => d.group,
      (d) => d.wave
    )
    .map(([group, wave, s]) => ({group, wave, ...s}));
}
