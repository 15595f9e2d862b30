// A slopegraph of each participant's score from one wave to the next, coloured (and dashed) by direction of change.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {label} from "../../lib/i18n.js";
import {
  DIRECTION_COLORS,
  DIRECTIONS,
  levelNamer,
  midpointMargin,
  midpointMarks,
  presentLevels,
  render,
  resolve,
  resolveMidpoint,
  scaleAxisLabel,
  ui,
  type ChartOptions,
  type Direction,
  type Level,
  type ScaleRange
} from "./common.js";
import type {Label} from "../../lib/types.js";

/** One participant's scores at two waves. */
export interface Pair {
  participant: string;
  group: string;
  from: number;
  to: number;
}

/** Line dash per direction, so the chart still reads when printed in greyscale. */
export const DIRECTION_DASH: Record<Direction, string | undefined> = {
  improved: undefined,
  unchanged: "2,3",
  worse: "6,3"
};

export interface PrePostSlopesOptions extends ChartOptions {
  /** The score's theoretical range: y domain and axis label. Default: the data's extent. */
  scale?: ScaleRange;
  /** Reference line; default the scale's centre, `null` for none. */
  midpoint?: number | null;
  /** Label of the first wave, e.g. `{zh: "前测", en: "Pre-test"}`. Default "from". */
  fromLabel?: Label | string;
  /** Label of the second wave. Default "to". */
  toLabel?: Label | string;
  /** Groups in display order, one panel each. Default: data order. */
  groups?: readonly Level[];
  /** Whether a higher score is the better outcome (false for, e.g., a distress scale). Default true. */
  higherIsBetter?: boolean;
  /** Changes no larger than this (in score units) count as unchanged. Default 0. */
  tolerance?: number;
  /** Participant labels at the right end: always, never, or "auto" (when a panel has at most 12 people). Default "auto". */
  labels?: boolean | "auto";
}

/** improved / unchanged / worse, given which way is better and how small a change is no change. */
export function direction(pair: Pair, {higherIsBetter = true, tolerance = 0} = {}): Direction {
  const change = (pair.to - pair.from) * (higherIsBetter ? 1 : -1);
  return change > tolerance ? "improved" : change < -tolerance ? "worse" : "unchanged";
}

/**
 * One line per participant from `from` to `to`: blue solid when improved, grey dotted when unchanged, vermillion
 * dashed when worse, with a legend giving the count of each; the theoretical midpoint as a labelled dashed rule.
 */
export function PrePostSlopes(pairs: readonly Pair[], options: PrePostSlopesOptions = {}): SVGSVGElement {
  const {scale, higherIsBetter = true, tolerance = 0, labels = "auto"} = options;
  const r = resolve(options);
  const groups = presentLevels(
    options.groups,
    pairs.map((d) => d.group)
  );
  const fx = groups.length > 1 ? "group" : undefined;
  const data = pairs.map((d) => ({...d, direction: direction(d, {higherIsBetter, tolerance})}));
  const counts = d3.rollup(
    data,
    (v) => v.length,
    (d) => d.direction
  );
  const midpoint = resolveMidpoint(options.midpoint, scale);
  const waveName = (w: string) => label(w === "from" ? options.fromLabel : options.toLabel, r.lang, w);
  const height = options.height ?? 360;
  const marginTop = 30;
  const marginBottom = options.marginBottom ?? 30;
  const largest =
    d3.max(
      d3
        .rollup(
          data,
          (v) => v.length,
          (d) => d.group
        )
        .values()
    ) ?? 0;
  const showLabels = labels === "auto" ? largest <= 12 : labels;
  const domain = scale
    ? [scale.min, scale.max]
    : (d3.extent(data.flatMap((d) => [d.from, d.to])) as [number, number]);
  return render(
    r,
    {
      height,
      marginTop,
      marginLeft: options.marginLeft ?? 50,
      marginRight: options.marginRight ?? 16 + midpointMargin(midpoint, r.lang, r.fontSize),
      marginBottom,
      x: {
        type: "point",
        domain: ["from", "to"],
        tickFormat: waveName,
        padding: 0.45,
        label: null,
        tickSize: 0
      },
      y: {domain, label: scaleAxisLabel(scale, r.lang), grid: true, nice: !scale},
      fx: {domain: groups.map((g) => g.id), tickFormat: levelNamer(groups, r.lang), label: null},
      color: {domain: DIRECTIONS, range: DIRECTIONS.map((d) => DIRECTION_COLORS[d])},
      marks: [
        midpointMarks(midpoint, r.lang, {at: fx && {fx: groups[groups.length - 1].id}}),
        DIRECTIONS.map((dir) =>
          Plot.link(
            data.filter((d) => d.direction === dir),
            {
              x1: () => "from",
              x2: () => "to",
              y1: "from",
              y2: "to",
              fx,
              stroke: "direction",
              strokeWidth: 2,
              strokeOpacity: data.length > 20 ? 0.7 : 1,
              strokeDasharray: DIRECTION_DASH[dir]
            }
          )
        ),
        Plot.dot(data, {x: () => "from", y: "from", fx, fill: "direction", r: 3.5}),
        Plot.dot(data, {x: () => "to", y: "to", fx, fill: "direction", r: 3.5}),
        showLabels
          ? Plot.text(
              spreadLabels(data, {domain, height: height - marginTop - marginBottom, fontSize: r.fontSize}),
              {x: () => "to", y: "y", fx, text: "text", textAnchor: "start", dx: 8}
            )
          : null
      ]
    },
    {
      legend: DIRECTIONS.map((d) => ({
        label: `${ui(d, r.lang)} (${counts.get(d) ?? 0})`,
        color: DIRECTION_COLORS[d],
        symbol: "line" as const,
        dash: DIRECTION_DASH[d]
      }))
    }
  );
}

/**
 * Right-end labels: participants ending on the same score share one label ("A1, A4"); labels closer than a
 * line height are pushed apart (upwards first, then back down from the top of the domain).
 */
export function spreadLabels(
  pairs: readonly Pair[],
  {domain, height, fontSize}: {domain: readonly number[]; height: number; fontSize: number}
): {group: string; y: number; text: string}[] {
  const gap = ((domain[1] - domain[0]) * (fontSize + 1)) / Math.max(1, height);
  return d3
    .groups(pairs, (d) => d.group)
    .flatMap(([group, members]) => {
      const labels = d3
        .groups(members, (d) => d.to)
        .map(([to, ms]) => ({group, y: to, text: ms.map((m) => m.participant).join(", ")}))
        .sort((a, b) => a.y - b.y);
      for (let i = 1; i < labels.length; ++i) labels[i].y = Math.max(labels[i].y, labels[i - 1].y + gap);
      const top = labels.length ? labels[labels.length - 1] : undefined;
      if (top && top.y > domain[1]) {
        top.y = domain[1];
        for (let i = labels.length - 2; i >= 0; --i)
          labels[i].y = Math.min(labels[i].y, labels[i + 1].y - gap);
      }
      return labels;
    });
}
