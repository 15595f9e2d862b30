// How often two codes were applied to the same segment, as a matrix of shaded, labelled cells.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {marginFor, render, resolve, textWidth, ui, type ChartOptions} from "./common.js";

/** Degrees the column labels rise from the horizontal. */
const ROTATE = 40;

/** One pair of codes and how many segments carry both. */
export interface CooccurrenceCell {
  a: string;
  b: string;
  count: number;
}

export interface CooccurrenceHeatmapOptions extends ChartOptions {
  /** Codes in display order (rows and columns). Default: by total co-occurrence, largest first. */
  codes?: readonly string[];
  /** Mirror each cell (a, b) to (b, a) when the data hold only one half of the matrix. Default true. */
  symmetric?: boolean;
  /** Pairs whose count is hidden (published site), drawn as grey cells with this text, e.g. "< 3". */
  hidden?: readonly {a: string; b: string}[];
  /** The text of a hidden cell, and its legend label. Default "< 3" and "hidden". */
  hiddenText?: string;
  hiddenLabel?: string;
}

/**
 * A code × code matrix: cells shaded by count on a single-hue (blue) scale, which stays ordered in greyscale and
 * for colour-blind readers, each with its count written in; zero and missing pairs are left blank.
 */
export function CooccurrenceHeatmap(
  cells: readonly CooccurrenceCell[],
  options: CooccurrenceHeatmapOptions = {}
): SVGSVGElement {
  const {symmetric = true} = options;
  const r = resolve(options);
  const seen = new Set(cells.map((c) => `${c.a}\u0000${c.b}`));
  const data = [
    ...cells,
    ...(symmetric
      ? cells
          .filter((c) => c.a !== c.b && !seen.has(`${c.b}\u0000${c.a}`))
          .map((c) => ({a: c.b, b: c.a, count: c.count}))
      : [])
  ].filter((c) => c.count > 0);
  const totals = d3.rollup(
    data,
    (v) => d3.sum(v, (c) => c.count),
    (c) => c.a
  );
  const hiddenPairs = options.hidden ?? [];
  const hidden = [
    ...hiddenPairs,
    ...(symmetric ? hiddenPairs.filter((c) => c.a !== c.b).map((c) => ({a: c.b, b: c.a})) : [])
  ];
  const codes =
    options.codes ??
    d3.sort(new Set([...data, ...hidden].flatMap((c) => [c.a, c.b])), (c) => -(totals.get(c) ?? 0));
  const margin = marginFor([...codes], r.fontSize, r.width, 0.3);
  // The top labels rise to the right at ROTATE: a label reaches past its cell, so on a narrow chart (a phone) the
  // cells shrink until the furthest reach stays inside the chart.
  const reach = codes.map((code) => textWidth(code, r.fontSize) * Math.cos((ROTATE * Math.PI) / 180));
  const fit = Math.min(...reach.map((x, i) => (r.width - 4 - margin - x) / (i + 0.5)));
  const size = Math.min(44, Math.max(18, Math.min(fit, (r.width - margin - 20) / Math.max(1, codes.length))));
  const max = d3.max(data, (c) => c.count) ?? 1;
  // The legend's range: from 1, or from the smallest count shown when small ones are hidden; "4", not "4–4".
  const low = hidden.length ? (d3.min(data, (c) => c.count) ?? max) : 1;
  return render(
    r,
    {
      height: options.height ?? margin + 20 + codes.length * size,
      marginLeft: options.marginLeft ?? margin,
      marginTop: margin * 0.75,
      marginRight: options.marginRight ?? Math.max(10, r.width - margin - codes.length * size),
      marginBottom: options.marginBottom ?? 10,
      x: {domain: codes, axis: "top", tickRotate: -ROTATE, label: null, tickSize: 0},
      y: {domain: codes, label: null, tickSize: 0},
      color: {type: "linear", domain: [0, max], scheme: "blues"},
      marks: [
        Plot.cell(data, {x: "a", y: "b", fill: "count", inset: 0.5}),
        [false, true].map((dark) =>
          Plot.text(
            data.filter((c) => c.count > max * 0.6 === dark),
            {x: "a", y: "b", text: "count", fill: dark ? "white" : "black", fontSize: r.fontSize - 1}
          )
        ),
        Plot.cell(hidden, {x: "a", y: "b", fill: "#E6E6E6", inset: 0.5}),
        Plot.text(hidden, {
          x: "a",
          y: "b",
          text: () => options.hiddenText ?? "< 3",
          fill: "#555",
          fontSize: r.fontSize - 2
        }),
        Plot.frame({stroke: "#ccc"})
      ]
    },
    {
      legend: [
        {
          label: `${ui("count", r.lang)}${r.lang === "zh" ? "：" : ": "}${low === max ? max : `${low}–${max}`}`,
          color: d3.interpolateBlues(0.8),
          symbol: "square" as const
        },
        ...(hidden.length
          ? [{label: options.hiddenLabel ?? "hidden", color: "#E6E6E6", symbol: "square" as const}]
          : [])
      ]
    }
  );
}
