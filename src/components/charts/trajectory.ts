// Scores across every wave: each group's mean ± 95% CI per wave over the faint lines of its participants.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {formatStat} from "../../lib/format.js";
import {
  PALETTE,
  indexScale,
  labelsClearOfMidpoint,
  levelNamer,
  levelsOf,
  marginFor,
  midpointMargin,
  midpointMarks,
  presentLevels,
  render,
  resolve,
  resolveMidpoint,
  scaleAxisLabel,
  ui,
  type ChartOptions,
  type Level,
  type ScaleRange
} from "./common.js";
import {meanIntervalMarks, nText, type MeanSummary} from "./mean-ci.js";

/** One participant's score at one wave (a point of their line). */
export interface TrajectoryPoint {
  participant: string;
  group: string;
  wave: string;
  score: number | null;
}

export interface TrajectoryOptions extends ChartOptions {
  /** Participants' scores, drawn as faint lines; empty (the default) where individual data may not be shown. */
  individuals?: readonly TrajectoryPoint[];
  /** Waves in display order with labels. Default: data order. */
  waves?: readonly Level[];
  /** Groups in display order, one panel and colour each. Default: data order. */
  groups?: readonly Level[];
  /** The score's theoretical range: y domain and axis label. Default: the data's extent. */
  scale?: ScaleRange;
  /** Reference line; default the scale's centre, `null` for none. */
  midpoint?: number | null;
}

/**
 * One panel per group (a single panel for one): each participant's scores joined across the waves they answered
 * (a drop-out's line stops), and the group's mean with its 95% CI at each wave, labelled with the mean and n.
 */
export function Trajectory(summary: readonly MeanSummary[], options: TrajectoryOptions = {}): SVGSVGElement {
  const {scale, individuals = []} = options;
  const r = resolve(options);
  const waves = levelsOf(
    options.waves,
    summary.map((d) => d.wave)
  );
  const groups = presentLevels(
    options.groups,
    summary.map((d) => d.group)
  );
  const waveIndex = new Map(waves.map((w, i) => [w.id, i]));
  const shown = new Set(groups.map((g) => g.id));
  const means = summary
    .filter((d) => waveIndex.has(d.wave) && shown.has(d.group))
    .map((d) => ({...d, x: waveIndex.get(d.wave)!}));
  const lines = individuals
    .filter((d) => d.score != null && waveIndex.has(d.wave) && shown.has(d.group))
    .map((d) => ({...d, x: waveIndex.get(d.wave)!}));
  const fx = groups.length > 1 ? "group" : undefined;
  const midpoint = resolveMidpoint(options.midpoint, scale);
  const groupName = levelNamer(groups, r.lang);
  // A group keeps its colour when another is filtered out: its place among all the groups picks it.
  const order = levelsOf(
    options.groups,
    groups.map((g) => g.id)
  ).map((g) => g.id);
  const color = (id: string) => PALETTE[order.indexOf(id) % PALETTE.length];
  const label = (d: MeanSummary) => `${formatStat(d.mean, 2)}\nn = ${d.n}`;
  const {height = 360, marginBottom = 30} = options;
  const domain = scale
    ? ([scale.min, scale.max] as const)
    : d3.extent([...means.flatMap((d) => [d.ci_low, d.ci_high]), ...lines.map((d) => d.score!)]);
  return render(
    r,
    {
      height,
      marginLeft: options.marginLeft ?? 60,
      // The last wave's labels ("12.35", "n = 2709") run into the right margin, as does the midpoint's.
      marginRight:
        options.marginRight ??
        Math.max(
          20 + midpointMargin(midpoint, r.lang, r.fontSize),
          marginFor(means.map(label), r.fontSize, Infinity)
        ),
      marginBottom,
      x: indexScale(waves, r.lang),
      y: {
        domain: scale ? [scale.min, scale.max] : undefined,
        label: scaleAxisLabel(scale, r.lang) + ui("ciBars", r.lang),
        // Beside the axis, not above it: the group panels' names are above.
        labelAnchor: "center",
        grid: true,
        nice: !scale
      },
      fx: {domain: groups.map((g) => g.id), tickFormat: groupName, label: null, padding: 0.08},
      color: {domain: groups.map((g) => g.id), range: groups.map((g) => color(g.id))},
      marks: [
        midpointMarks(midpoint, r.lang, {at: fx && {fx: groups[groups.length - 1].id}}),
        Plot.line(lines, {
          x: "x",
          y: "score",
          z: "participant",
          fx,
          stroke: "#888",
          strokeOpacity: lines.length > 300 ? 0.15 : 0.35,
          strokeWidth: 1
        }),
        meanIntervalMarks(means, {fx}),
        labelsClearOfMidpoint(
          means,
          {x: "x", y: (d) => d.mean, fx, text: label, textAnchor: "start", dx: 9},
          {midpoint, lines: 2, fontSize: r.fontSize, height, marginBottom, domain}
        )
      ]
    },
    {
      legend: [
        ...groups.map((g) => ({label: `${groupName(g.id)} (${nText(means, g.id)})`, color: color(g.id)})),
        ...(lines.length ? [{label: ui("individual", r.lang), color: "#888", symbol: "line" as const}] : [])
      ]
    }
  );
}
