// Every participant's subscale score as a dot, by wave and group, with the group mean and the scale's midpoint.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {formatStat} from "../../lib/format.js";
import type {ScoreRow} from "../../lib/types.js";
import {
  indexScale,
  jitter,
  labelsClearOfMidpoint,
  levelNamer,
  levelsOf,
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

export interface ScoreStripOptions extends ChartOptions {
  /** Waves in display order, e.g. `[{id: "pre", label: {zh: "前测", en: "Pre-test"}}, …]`. Default: data order. */
  waves?: readonly Level[];
  /** Groups in display order, one column of panels each, e.g. children's and parents' groups. Default: data order. */
  groups?: readonly Level[];
  /** The score's theoretical range, for the y domain and axis label. Default: the data's extent. */
  scale?: ScaleRange;
  /** Reference line; default the scale's centre ((min + max) / 2), `null` for none. */
  midpoint?: number | null;
  /** Half-width of the jitter, in waves (0.5 would reach the next wave). Default 0.18. */
  spread?: number;
  /** Seed for the jitter, to shake apart dots that happen to overlap. Default 0. */
  seed?: number;
}

/**
 * A strip plot of one subscale: a dot per participant and wave, jittered sideways by a seeded d3.randomLcg
 * (the same offset for a participant at every wave), a mean tick with "M = …" and n per wave, one panel per group.
 * Rows with a null score are left out (and so not counted in n).
 */
export function ScoreStrip(scoreRows: readonly ScoreRow[], options: ScoreStripOptions = {}): SVGSVGElement {
  const {scale, spread = 0.18, seed = 0} = options;
  const r = resolve(options);
  assertOneSubscale(scoreRows);
  const rows = scoreRows.filter((d): d is ScoreRow & {score: number} => d.score != null);
  const waves = levelsOf(
    options.waves,
    rows.map((d) => d.wave)
  );
  const groups = presentLevels(
    options.groups,
    rows.map((d) => d.group)
  );
  const waveIndex = new Map(waves.map((w, i) => [w.id, i]));
  const dots = rows
    .filter((d) => waveIndex.has(d.wave))
    .map((d) => ({...d, x: waveIndex.get(d.wave)! + spread * jitter(d.participant, seed)}));
  const means = d3
    .flatRollup(
      dots,
      (v) => ({mean: d3.mean(v, (d) => d.score)!, n: v.length}),
      (d) => d.group,
      (d) => d.wave
    )
    .map(([group, wave, {mean, n}]) => ({group, wave, x: waveIndex.get(wave)!, mean, n}));
  const midpoint = resolveMidpoint(options.midpoint, scale);
  const fx = groups.length > 1 ? "group" : undefined;
  const {height = 360, marginBottom = 30} = options;
  const domain = scale ? ([scale.min, scale.max] as const) : d3.extent(dots, (d) => d.score);
  return render(
    r,
    {
      height,
      marginLeft: options.marginLeft ?? 50,
      marginRight: options.marginRight ?? 20 + midpointMargin(midpoint, r.lang, r.fontSize),
      marginBottom,
      x: indexScale(waves, r.lang),
      y: {
        domain: scale ? [scale.min, scale.max] : undefined,
        label: scaleAxisLabel(scale, r.lang),
        grid: true,
        nice: !scale
      },
      fx: {
        domain: groups.map((g) => g.id),
        tickFormat: levelNamer(groups, r.lang),
        label: null,
        padding: 0.08
      },
      marks: [
        midpointMarks(midpoint, r.lang, {at: fx && {fx: groups[groups.length - 1].id}}),
        Plot.line(means, {x: "x", y: "mean", fx, z: "group", stroke: "#000", strokeOpacity: 0.35}),
        Plot.dot(dots, {
          x: "x",
          y: "score",
          fx,
          r: dots.length > 60 ? 3.5 : 4.5,
          fill: "#0072B2",
          fillOpacity: 0.7,
          stroke: "white",
          strokeWidth: 0.75
        }),
        Plot.ruleY(means, {
          y: "mean",
          x1: (d) => d.x - 0.25,
          x2: (d) => d.x + 0.25,
          fx,
          stroke: "#000",
          strokeWidth: 2.5
        }),
        labelsClearOfMidpoint(
          means,
          {
            x: (d) => d.x + 0.27,
            y: (d) => d.mean,
            fx,
            text: (d) => `M = ${formatStat(d.mean, 2)}\nn = ${d.n}`,
            textAnchor: "start",
            fill: "#000"
          },
          {midpoint, lines: 2, fontSize: r.fontSize, height, marginBottom, domain}
        )
      ]
    },
    {
      legend: [
        {label: ui("individual", r.lang), color: "#0072B2"},
        {label: ui("mean", r.lang), color: "#000", symbol: "line"},
        ...(midpoint === undefined
          ? []
          : [{label: ui("midpoint", r.lang), color: "#555", symbol: "line" as const, dash: "4,3"}])
      ]
    }
  );
}

/** Mixing subscales in one strip would silently average across them: a caller's bug, so fail loudly. */
export function assertOneSubscale(rows: readonly Pick<ScoreRow, "instrument" | "subscale">[]): void {
  const keys = new Set(rows.map((d) => `${d.instrument}/${d.subscale}`));
  if (keys.size > 1) throw new Error(`expected the rows of one subscale, got ${[...keys].join(", ")}`);
}
