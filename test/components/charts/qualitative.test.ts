import {describe} from "vitest";
import {CooccurrenceHeatmap} from "../../../src/components/charts/cooccurrence-heatmap.js";
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
