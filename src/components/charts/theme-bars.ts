// Qualitative tallies: coded segments (or participants) per code, codes grouped and coloured by theme.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {PALETTE, marginFor, render, resolve, ui, type ChartOptions} from "./common.js";

/** How often one code was applied, and to how many participants. */
export interface ThemeTally {
  theme: string;
  code: string;
  segments: number;
  participants: number;
}

export interface ThemeBarsOptions extends ChartOptions {
  /** What the bar length shows; the other count is written after it. Default "segments". */
  measure?: "segments" | "participants";
  /** Themes in display order. Default: by total of `measure`, largest first. */
  themes?: readonly string[];
}

/**
 * Horizontal bars, one per code, grouped by theme (themes in order, codes largest first within a theme) and
 * coloured by theme; each bar ends with both counts, e.g. "12（5 人）" or "12 (5 people)".
 */
export function ThemeBars(tallies: readonly ThemeTally[], options: ThemeBarsOptions = {}): SVGSVGElement {
  const {measure = "segments"} = options;
  const r = resolve(options);
  const total = d3.rollup(
    tallies,
    (v) => d3.sum(v, (d) => d[measure]),
    (d) => d.theme
  );
  const themes = options.themes ?? d3.sort(total.keys(), (t) => -total.get(t)!);
  const themeIndex = new Map(themes.map((t, i) => [t, i]));
  const data = d3
    .sort(
      tallies.filter((d) => themeIndex.has(d.theme)),
      (d) => themeIndex.get(d.theme)!,
      (d) => -d[measure]
    )
    .map((d) => ({...d, key: `${d.theme}\u0000${d.code}`}));
  const colors = themes.map((_, i) => PALETTE[i % PALETTE.length]);
  const max = d3.max(data, (d) => d[measure]) ?? 1;
  return render(
    r,
    {
      height: options.height ?? 60 + data.length * 24,
      marginLeft:
        options.marginLeft ??
        marginFor(
          data.map((d) => d.code),
          r.fontSize,
          r.width,
          0.35
        ),
      // Room for the longest count label ("12 (12 people)") after the longest bar.
      marginRight:
        options.marginRight ??
        Math.max(
          90,
          marginFor(
            data.map((d) => countText(d, measure, r.lang)),
            r.fontSize,
            r.width,
            0.3
          )
        ),
      marginBottom: options.marginBottom ?? 36,
      x: {domain: [0, max], label: ui(measure, r.lang), labelAnchor: "center", grid: true},
      y: {
        domain: data.map((d) => d.key),
        tickFormat: (k: string) => k.split("\u0000")[1],
        label: null,
        tickSize: 0,
        padding: 0.2
      },
      color: {domain: themes, range: colors},
      marks: [
        Plot.barX(data, {x: measure, y: "key", fill: "theme"}),
        Plot.text(data, {
          x: measure,
          y: "key",
          text: (d) => countText(d, measure, r.lang),
          textAnchor: "start",
          dx: 4
        }),
        Plot.ruleX([0])
      ]
    },
    {legend: themes.map((t, i) => ({label: t, color: colors[i], symbol: "square" as const}))}
  );
}

function countText(d: ThemeTally, measure: "segments" | "participants", lang: "zh" | "en"): string {
  if (measure === "segments")
    return lang === "zh"
      ? `${d.segments}（${d.participants} 人）`
      : `${d.segments} (${d.participants} people)`;
  return lang === "zh"
    ? `${d.participants} 人（${d.segments} 段）`
    : `${d.participants} (${d.segments} passages)`;
}
