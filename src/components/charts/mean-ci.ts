// Group means with their 95% confidence intervals across waves, one colour per group.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {formatStat} from "../../lib/format.js";
import {
  PALETTE,
  indexScale,
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

/** A mean and its CI for one group at one wave, as the stats loader computes it. */
export interface MeanSummary {
  wave: string;
  group: string;
  mean: number;
  ci_low: number;
  ci_high: number;
  n: number;
}

export interface MeanCIOptions extends ChartOptions {
  /** Waves in display order with labels. Default: data order. */
  waves?: readonly Level[];
  /** Groups in display order with labels; each gets an Okabe–Ito colour. Default: data order. */
  groups?: readonly Level[];
  /** The score's theoretical range: y domain and axis label. Default: the data's extent. */
  scale?: ScaleRange;
  /** Reference line; default the scale's centre, `null` for none. */
  midpoint?: number | null;
}

/**
 * Mean ± 95% CI by wave: a dot and a capped vertical interval per group and wave, groups side by side and
 * joined across waves. The legend gives each group's n ("儿童组 (n = 6)", or a range when n varies by wave).
 * With one or two groups each mean is written beside its dot.
 */
export function MeanCI(summary: readonly MeanSummary[], options: MeanCIOptions = {}): SVGSVGElement {
  const {scale} = options;
  const r = resolve(options);
  const waves = levelsOf(
    options.waves,
    summary.map((d) => d.wave)
  );
  const groups = presentLevels(
    options.groups,
    summary.map((d) => d.group)
  );
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
  const waveIndex = new Map(waves.map((w, i) => [w.id, i]));
  const offset = (group: string) => (groupIndex.get(group)! - (groups.length - 1) / 2) * 0.14;
  const data = summary
    .filter((d) => waveIndex.has(d.wave) && groupIndex.has(d.group))
    .map((d) => ({...d, x: waveIndex.get(d.wave)! + offset(d.group)}));
  const color = (group: string) => PALETTE[groupIndex.get(group)! % PALETTE.length];
  const groupName = levelNamer(groups, r.lang);
  const midpoint = resolveMidpoint(options.midpoint, scale);
  const labelled = groups.length <= 2;
  const {height = 340, marginBottom = 30} = options;
  const domain = scale
    ? ([scale.min, scale.max] as const)
    : ([d3.min(data, (d) => d.ci_low), d3.max(data, (d) => d.ci_high)] as const);
  return render(
    r,
    {
      height,
      marginLeft: options.marginLeft ?? 50,
      marginRight: options.marginRight ?? 16 + midpointMargin(midpoint, r.lang, r.fontSize),
      marginBottom,
      x: indexScale(waves, r.lang),
      y: {
        domain: scale ? [scale.min, scale.max] : undefined,
        label: scaleAxisLabel(scale, r.lang, ui("mean", r.lang)) + ui("ciBars", r.lang),
        grid: true,
        nice: !scale
      },
      color: {domain: groups.map((g) => g.id), range: groups.map((g) => color(g.id))},
      marks: [
        midpointMarks(midpoint, r.lang),
        meanIntervalMarks(data),
        // With two groups side by side, the left group's values go on its left so the two never collide.
        labelled
          ? groups.map((g, i) =>
              labelsClearOfMidpoint(
                data.filter((d) => d.group === g.id),
                {
                  x: "x",
                  y: (d) => d.mean,
                  text: (d) => formatStat(d.mean, 2),
                  ...(groups.length === 2 && i === 0
                    ? {textAnchor: "end", dx: -9}
                    : {textAnchor: "start", dx: 9})
                },
                {
                  midpoint,
                  lines: 1,
                  fontSize: r.fontSize,
                  height,
                  marginBottom,
                  domain
                }
              )
            )
          : null
      ]
    },
    {
      legend: groups.map((g) => ({label: `${groupName(g.id)} (${nText(data, g.id)})`, color: color(g.id)}))
    }
  );
}

/**
 * Each group's means across waves: a dot per mean, its capped 95% CI, and a line joining the waves, coloured by
 * group (a `color` scale over group ids). Rows carry `x`, the wave's position; `fx` facets them.
 */
export function meanIntervalMarks(
  data: readonly (MeanSummary & {x: number})[],
  {fx}: {fx?: string} = {}
): Plot.Markish[] {
  return [
    Plot.line(data, {
      x: "x",
      y: "mean",
      z: "group",
      fx,
      stroke: "group",
      strokeOpacity: 0.5,
      strokeWidth: 1.5
    }),
    Plot.ruleX(data, {x: "x", y1: "ci_low", y2: "ci_high", fx, stroke: "group", strokeWidth: 2}),
    ["ci_low", "ci_high"].map((y) =>
      Plot.ruleY(data, {y, x1: (d) => d.x - 0.03, x2: (d) => d.x + 0.03, fx, stroke: "group", strokeWidth: 2})
    ),
    Plot.dot(data, {x: "x", y: "mean", fx, fill: "group", stroke: "white", r: 5})
  ];
}

/** "n = 6", or "n = 14–20" when n varies by wave. */
export function nText(data: readonly MeanSummary[], group: string): string {
  const [lo, hi] = d3.extent(
    data.filter((d) => d.group === group),
    (d) => d.n
  );
  return lo === hi ? `n = ${lo}` : `n = ${lo}–${hi}`;
}
