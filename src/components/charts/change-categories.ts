// Each participant's reliable change index against the ± threshold, coloured by the category it falls in.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {DIRECTION_COLORS, fittedLabels, marginFor, render, resolve, ui, type ChartOptions} from "./common.js";

/** One participant's change and its reliable change index (Jacobson & Truax), as the stats loader classifies it. */
export interface ChangeRow {
  participant: string;
  change: number;
  rci: number;
  category: "improved" | "unchanged" | "deteriorated";
}

const CATEGORIES = ["improved", "unchanged", "deteriorated"] as const;
const COLORS = [DIRECTION_COLORS.improved, DIRECTION_COLORS.unchanged, DIRECTION_COLORS.worse];

export interface ChangeCategoriesOptions extends ChartOptions {
  /** The RCI beyond which a change counts as reliable, drawn at ±threshold. Default 1.96 (p < .05, two-sided). */
  threshold?: number;
}

/**
 * A lollipop per participant at their RCI (sorted), dashed rules at ±threshold with the reliable-change zones
 * named, colours from the rows' own `category` (the loader decides, knowing which direction is better), and a
 * legend with the count in each category.
 */
export function ChangeCategories(
  rows: readonly ChangeRow[],
  options: ChangeCategoriesOptions = {}
): SVGSVGElement {
  const {threshold = 1.96} = options;
  const r = resolve(options);
  const data = d3.sort(rows, (d) => d.rci);
  const counts = d3.rollup(
    data,
    (v) => v.length,
    (d) => d.category
  );
  const extent = Math.max(threshold * 1.5, d3.max(data, (d) => Math.abs(d.rci)) ?? 0);
  const participants = data.map((d) => d.participant);
  const marginLeft = options.marginLeft ?? marginFor(participants, r.fontSize, r.width, 0.25);
  const labels = fittedLabels(participants, marginLeft, r.fontSize);
  return render(
    r,
    {
      height: options.height ?? 80 + data.length * (18 + (labels.lines - 1) * 14),
      marginTop: 30,
      marginLeft,
      marginRight: options.marginRight ?? 20,
      marginBottom: options.marginBottom ?? 36,
      x: {domain: [-extent, extent], nice: true, label: ui("rci", r.lang), labelAnchor: "center"},
      y: {domain: participants, label: null, tickSize: 0, tickFormat: labels.format},
      color: {domain: CATEGORIES, range: COLORS},
      marks: [
        Plot.ruleX([-threshold, threshold], {stroke: "#555", strokeDasharray: "4,3"}),
        Plot.text([-threshold, threshold], {
          x: (t) => t,
          text: (t) => `${t < 0 ? "−" : "+"}${threshold}`,
          frameAnchor: "top",
          lineAnchor: "bottom",
          dy: -3,
          fill: "#555"
        }),
        Plot.ruleX([0], {stroke: "currentColor"}),
        Plot.ruleY(data, {y: "participant", x1: 0, x2: "rci", stroke: "category", strokeOpacity: 0.5}),
        Plot.dot(data, {x: "rci", y: "participant", fill: "category", r: 4.5})
      ]
    },
    {
      legend: CATEGORIES.map((c, i) => ({
        label: `${ui(c === "deteriorated" ? "deteriorated" : c, r.lang)} (${counts.get(c) ?? 0})`,
        color: COLORS[i]
      }))
    }
  );
}
