import {describe, expect, it} from "vitest";
import {CooccurrenceHeatmap} from "../../../src/components/charts/cooccurrence-heatmap.js";
import {textWidth} from "../../../src/components/charts/common.js";
import {ThemeBars} from "../../../src/components/charts/theme-bars.js";
import {document} from "../dom.js";
import {snapshotTests} from "./snapshot.js";

const talliesZh = [
  {theme: "亲子沟通", code: "主动联系父母", segments: 9, participants: 5},
  {theme: "亲子沟通", code: "沟通内容更丰富", segments: 6, participants: 4},
  {theme: "亲子沟通", code: "语气更温和", segments: 4, participants: 3},
  {theme: "对外出务工的认知", code: "理解父母外出", segments: 7, participants: 6},
  {theme: "对外出务工的认知", code: "减少埋怨", segments: 3, participants: 2},
  {theme: "小组体验", code: "喜欢小组活动", segments: 11, participants: 6}
];

const talliesEn = [
  {theme: "Confidence", code: "Speaks up in class", segments: 14, participants: 9},
  {theme: "Confidence", code: "Tries hard problems", segments: 8, participants: 6},
  {theme: "Peer support", code: "Helps classmates", segments: 10, participants: 7},
  {theme: "Peer support", code: "Asks peers for help", segments: 5, participants: 4},
  {theme: "Study habits", code: "Plans homework", segments: 6, participants: 5}
];

export function themeBarsN6Zh() {
  return ThemeBars(talliesZh, {lang: "zh", title: "访谈主题与编码", document});
}

export function themeBarsParticipantsEn() {
  return ThemeBars(talliesEn, {lang: "en", measure: "participants", width: 800, document});
}

export function cooccurrenceHeatmapZh() {
  const cells = [
    {a: "主动联系父母", b: "沟通内容更丰富", count: 4},
    {a: "主动联系父母", b: "理解父母外出", count: 3},
    {a: "沟通内容更丰富", b: "语气更温和", count: 2},
    {a: "理解父母外出", b: "减少埋怨", count: 5},
    {a: "喜欢小组活动", b: "主动联系父母", count: 1},
    {a: "喜欢小组活动", b: "减少埋怨", count: 0}
  ];
  return CooccurrenceHeatmap(cells, {lang: "zh", title: "编码共现", document});
}

describe("ThemeBars(tallies, options) and CooccurrenceHeatmap(cells, options)", () => {
  snapshotTests({themeBarsN6Zh, themeBarsParticipantsEn, cooccurrenceHeatmapZh});
});

describe("CooccurrenceHeatmap on a phone (358 px)", () => {
  it("keeps every rising column label inside the chart: the cells shrink to make room", () => {
    const codes = [
      "减少埋怨",
      "语气更温和",
      "主动联系父母",
      "理解父母外出",
      "沟通内容更丰富",
      "喜欢小组活动"
    ];
    const cells = codes.slice(1).map((b, i) => ({a: codes[i]!, b, count: i + 1}));
    const width = 358;
    const svg = CooccurrenceHeatmap(cells, {lang: "zh", codes, width, document});
    const labels = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')];
    expect(labels.map((t) => t.textContent)).toEqual(codes);
    for (const label of labels) {
      const group = label.parentElement?.closest("[transform]")?.getAttribute("transform") ?? "";
      const own = label.getAttribute("transform") ?? "";
      const x = [...`${group} ${own}`.matchAll(/translate\(([-\d.]+)/g)].reduce(
        (sum, m) => sum + Number(m[1]),
        0
      );
      const reach = textWidth(label.textContent!, 12) * Math.cos((40 * Math.PI) / 180);
      expect(x + reach, label.textContent!).toBeLessThanOrEqual(width);
    }
  });
});

describe("CooccurrenceHeatmap's legend", () => {
  it("gives the range of the counts shown, or the one count when they are all the same", () => {
    const legend = (svg: SVGSVGElement) => [...svg.querySelectorAll("text")].map((t) => t.textContent);
    const hidden = [{a: "A", b: "C"}];
    const same = CooccurrenceHeatmap([{a: "A", b: "B", count: 4}], {lang: "en", hidden, document});
    expect(legend(same)).toContain("Co-occurrences: 4");
    const range = CooccurrenceHeatmap(
      [
        {a: "A", b: "B", count: 4},
        {a: "B", b: "C", count: 6}
      ],
      {lang: "en", hidden, document}
    );
    expect(legend(range)).toContain("Co-occurrences: 4–6");
  });
});
