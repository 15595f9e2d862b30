// Each participant's change (to − from) as a dot against zero, with the group's mean difference and its 95% CI.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {formatCI, formatStat} from "../../lib/format.js";
import type {Comparison} from "../../lib/types.js";
import {
  DIRECTION_COLORS,
  DIRECTIONS,
  levelNamer,
  fittedLabels,
  marginFor,
  presentLevels,
  render,
  resolve,
  ui,
  type ChartOptions,
  type Level
} from "./common.js";
import {direction, type Pair} from "./pre-post-slopes.js";

/** The fields of a comparison this chart draws: the mean difference and its CI, per group. */
export type DifferenceSummary = Pick<Comparison, "group" | "mean_diff" | "diff_ci_low" | "diff_ci_high">;

export interface PairedDifferencesOptions extends ChartOptions {
  /** Groups in display order, one row of panels each. Default: data order. */
  groups?: readonly Level[];
  /** Mean difference and CI per group, straight from `comparisons.parquet`; without it only the mean is drawn. */
  comparisons?: readonly DifferenceSummary[];
  /** Whether a higher score is the better outcome; sets the colours. Default true. */
  higherIsBetter?: boolean;
  /** Axis label naming the two waves, e.g. "后测 − 前测"; default "差值" / "Difference". */
  label?: string;
}

/**
 * A dot per participant at to − from, sorted by change, coloured by direction; a zero line; the mean
 * difference as a black line with its 95% CI as a shaded band and written out ("M = 0.48 [0.17, 0.80]"). Participants are
 * listed by rank of change within their group.
 */
export function PairedDifferences(
  pairs: readonly Pair[],
  options: PairedDifferencesOptions = {}
): SVGSVGElement {
  const {higherIsBetter = true, comparisons = []} = options;
  const r = resolve(options);
  const groups = presentLevels(
    options.groups,
    pairs.map((d) => d.group)
  );
  const fy = groups.length > 1 ? "group" : undefined;
  const groupName = levelNamer(groups, r.lang);
  // Rank within group, not participant id, on y: facets share the y scale, and each group has its own people.
  const data = d3
    .groups(pairs, (d) => d.group)
    .flatMap(([, members]) =>
      d3
        .sort(members, (d) => d.to - d.from)
        .map((d, rank) => ({...d, rank, diff: d.to - d.from, direction: direction(d, {higherIsBetter})}))
    );
  const means = groups.map(({id: group}) => {
    const c = comparisons.find((c) => c.group === group);
    const mean =
      c?.mean_diff ??
      d3.mean(
        data.filter((d) => d.group === group),
        (d) => d.diff
      )!;
    return {group, mean, low: c?.diff_ci_low, high: c?.diff_ci_high};
  });
  const withCI = means.filter(
    (m): m is typeof m & {low: number; high: number} => m.low != null && m.high != null
  );
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
  const extent =
    d3.max([...data.map((d) => Math.abs(d.diff)), ...withCI.flatMap((m) => [-m.low, m.high])]) ?? 1;
  const participants = data.map((d) => d.participant);
  const marginLeft = options.marginLeft ?? marginFor(participants, r.fontSize, r.width, 0.25);
  const labels = fittedLabels(participants, marginLeft, r.fontSize);
  return render(
    r,
    {
      height: options.height ?? 70 + groups.length * (largest * (17 + (labels.lines - 1) * 14) + 40),
      marginLeft,
      marginTop: 30,
      marginRight:
        options.marginRight ??
        20 +
          (fy
            ? marginFor(
                groups.map((g) => groupName(g.id)),
                r.fontSize,
                r.width,
                0.2
              )
            : 0),
      marginBottom: options.marginBottom ?? 36,
      x: {
        domain: [-extent, extent],
        nice: true,
        label: options.label ?? ui("difference", r.lang),
        labelAnchor: "center",
        grid: true
      },
      y: {domain: d3.range(largest), axis: null, label: null},
      fy: {domain: groups.map((g) => g.id), tickFormat: groupName, label: null, axis: fy ? "right" : null},
      color: {domain: DIRECTIONS, range: DIRECTIONS.map((d) => DIRECTION_COLORS[d])},
      marks: [
        Plot.rectX(withCI, {x1: "low", x2: "high", fy, fill: "#000", fillOpacity: 0.08}),
        Plot.ruleX([0], {stroke: "currentColor"}),
        Plot.ruleX(means, {x: "mean", fy, stroke: "#000", strokeWidth: 1.5}),
        Plot.text(means, {
          x: "mean",
          fy,
          text: (m) => `M = ${formatStat(m.mean, 2)}${m.low == null ? "" : ` ${formatCI(m.low, m.high, 2)}`}`,
          frameAnchor: "top",
          lineAnchor: "bottom",
          dy: -3
        }),
        Plot.ruleY(data, {y: "rank", fy, x1: 0, x2: "diff", stroke: "direction", strokeOpacity: 0.5}),
        Plot.dot(data, {x: "diff", y: "rank", fy, fill: "direction", r: 4.5}),
        Plot.text(data, {
          y: "rank",
          fy,
          text: (d) => labels.format(d.participant),
          frameAnchor: "left",
          textAnchor: "end",
          dx: -8
        })
      ]
    },
    {
      legend: [
        ...DIRECTIONS.map((d) => ({label: ui(d, r.lang), color: DIRECTION_COLORS[d]})),
        ...(withCI.length
          ? [{label: ui("meanDifference", r.lang), color: "#bbb", symbol: "square" as const}]
          : [])
      ]
    }
  );
}
