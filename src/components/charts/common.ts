// What every Evalbook chart shares: options, fonts, colour-blind-safe colours, UI strings, CJK-aware text layout, and an in-SVG header.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {label, type Lang} from "../../lib/i18n.js";
import type {Label} from "../../lib/types.js";
import {FONT_FAMILY} from "./font.js";

export type {Lang};

export {FONT_FAMILY};

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];

/** Direction of change; blue/vermillion survive deuteranopia and protanopia, and grey reads as "no change". */
export const DIRECTION_COLORS = {improved: "#0072B2", unchanged: "#7F7F7F", worse: "#D55E00"} as const;
export type Direction = keyof typeof DIRECTION_COLORS;
export const DIRECTIONS = Object.keys(DIRECTION_COLORS) as Direction[];

const STRINGS = {
  midpoint: {zh: "理论中值", en: "Theoretical midpoint"},
  improved: {zh: "改善", en: "Improved"},
  unchanged: {zh: "无变化", en: "Unchanged"},
  worse: {zh: "变差", en: "Worse"},
  deteriorated: {zh: "恶化", en: "Deteriorated"},
  score: {zh: "得分", en: "Score"},
  individual: {zh: "个人得分", en: "Individual score"},
  mean: {zh: "均值", en: "Mean"},
  ciBars: {zh: "，误差线为 95% 置信区间", en: "; bars: 95% CI"},
  difference: {zh: "差值", en: "Difference"},
  meanDifference: {zh: "平均差值及 95% 置信区间", en: "Mean difference and 95% CI"},
  rci: {zh: "可靠变化指数（RCI）", en: "Reliable change index (RCI)"},
  percent: {zh: "百分比（%）", en: "Percent (%)"},
  segments: {zh: "片段数", en: "Passages"}, // the word the themes page and its tables use
  participants: {zh: "参与者人数", en: "Participants"},
  count: {zh: "共现次数", en: "Co-occurrences"}
} satisfies Record<string, Record<Lang, string>>;

/** A UI string in the chart's language. */
export function ui(key: keyof typeof STRINGS, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A category of the data (wave, group, item) with its display label; the array order is the display order. */
export interface Level {
  /** The value as it appears in the rows (`wave`, `group`, `item`). */
  id: string;
  /** Display label; the id is shown when missing. */
  label?: Label | string;
}

/** The theoretical range of a score or item. */
export interface ScaleRange {
  /** Lowest possible value, e.g. 1. */
  min: number;
  /** Highest possible value, e.g. 5. */
  max: number;
  /** Names of the scale points, e.g. `{1: "完全不同意", 5: "完全同意"}`; strings or bilingual labels. */
  labels?: Record<number, string | Label>;
}

/** Levels in the given order, or else in order of first appearance in the data. */
export function levelsOf(levels: readonly Level[] | undefined, values: Iterable<string>): Level[] {
  if (levels) return [...levels];
  return [...new Set(values)].map((id) => ({id}));
}

/** Like `levelsOf`, but only the levels present in the data (facets for absent groups would be empty panels). */
export function presentLevels(levels: readonly Level[] | undefined, values: Iterable<string>): Level[] {
  const present = new Set(values);
  return levelsOf(levels, present).filter((l) => present.has(l.id));
}

/** Maps level ids to display text in `lang`. */
export function levelNamer(levels: readonly Level[], lang: Lang): (id: string) => string {
  const names = new Map(levels.map((l) => [l.id, label(l.label, lang, l.id)]));
  return (id) => names.get(id) ?? id;
}

/** "得分（1–5）" / "Score (1–5)": the axis label with the scale's range. */
export function scaleAxisLabel(scale: ScaleRange | undefined, lang: Lang, name = ui("score", lang)): string {
  if (!scale) return name;
  return lang === "zh" ? `${name}（${scale.min}–${scale.max}）` : `${name} (${scale.min}–${scale.max})`;
}

/** The midpoint to draw: the given one, the scale's centre when undefined, none when null. */
export function resolveMidpoint(midpoint: number | null | undefined, scale?: ScaleRange): number | undefined {
  if (midpoint === null) return undefined;
  return midpoint ?? (scale ? (scale.min + scale.max) / 2 : undefined);
}

/** Options every chart takes. */
export interface ChartOptions {
  /** Outer width in pixels. Default 640. */
  width?: number;
  /** Height in pixels of the plot and its axes, without the title and legend rows above. Default: grows with the number of rows or facets. */
  height?: number;
  /** Language of UI strings and of bilingual labels (with fallback to the other). Default "zh". */
  lang?: Lang;
  /** Document to create elements in: pass a jsdom document in Node. Default: the global `document`. */
  document?: Document;
  /** Title drawn inside the SVG, so that exported files carry it. Default: none. */
  title?: Label | string;
  /** Base font size in pixels. Default 12. */
  fontSize?: number;
  /** Override the computed left margin (e.g. for long item labels). */
  marginLeft?: number;
  /** Override the computed right margin. */
  marginRight?: number;
  /** Override the computed bottom margin. */
  marginBottom?: number;
}

/** One entry of an in-SVG legend. */
export interface LegendEntry {
  label: string;
  color: string;
  /** How the swatch is drawn. Default "dot". */
  symbol?: "dot" | "line" | "square";
  /** SVG stroke-dasharray for line swatches. */
  dash?: string;
}

const CJK_WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** Estimated rendered width in pixels (generous, so labels are not clipped): CJK and full-width characters are 1em. */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const char of text)
    em += CJK_WIDE.test(char)
      ? 1
      : /[A-Z@%mw]/.test(char)
        ? 0.8
        : /[\sfijlrt.,;:'|!()]/.test(char)
          ? 0.35
          : 0.62;
  return em * fontSize;
}

/**
 * Inserts line breaks so that no line is wider than `maxWidth`. Breaks between any two CJK characters (not
 * before closing punctuation) and at spaces in other text; Plot's own wrapping only knows spaces.
 */
export function wrapText(text: string, maxWidth: number, fontSize = 12): string {
  const tokens =
    text.match(/[\u1100-\uFFE6](?:[，。、；：？！）》」』】,.;:?!)]*)|[^\s\u1100-\uFFE6]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join("\n");
}

/** How much wider bold text is than {@link textWidth} measures (regular weight): about a tenth. */
export const BOLD = 1.1;

/**
 * Tick labels of a band axis that fit its margin: a label wider than `margin` (a phone's narrow chart caps the
 * margin) wraps onto more lines; `lines` is the most any label takes, for the rows to make room.
 */
export function fittedLabels(
  labels: readonly string[],
  margin: number,
  fontSize: number
): {format: (label: string) => string; lines: number} {
  const format = (label: string) => wrapText(label, margin - 14, fontSize);
  return {format, lines: Math.max(1, ...labels.map((l) => format(l).split("\n").length))};
}

/** Left margin that fits the widest of the labels, capped at a share of the width. */
export function marginFor(labels: readonly string[], fontSize: number, width: number, cap = 0.4): number {
  const widest = Math.max(0, ...labels.flatMap((l) => l.split("\n")).map((l) => textWidth(l, fontSize)));
  return Math.ceil(Math.min(width * cap, widest + 14));
}

interface Header {
  /** Pixels the header needs above the frame. */
  height: number;
  /** Appends the header to a rendered SVG. */
  draw(svg: SVGSVGElement): void;
}

/** Lays out the title and legend rows above the plot (wrapping legend entries that do not fit on one line). */
export function layoutHeader(
  {title, legend = []}: {title?: string; legend?: readonly LegendEntry[]},
  {width, fontSize, left = 8}: {width: number; fontSize: number; left?: number}
): Header {
  const titleSize = Math.round(fontSize * 1.25);
  const rowHeight = Math.round(fontSize * 1.6);
  const placed: {entry: LegendEntry; x: number; row: number}[] = [];
  let x = left;
  let row = 0;
  for (const entry of legend) {
    const w = 18 + textWidth(entry.label, fontSize) + 16;
    if (x > left && x + w > width - 8) ((x = left), row++);
    placed.push({entry, x, row});
    x += w;
  }
  // A title wider than the chart (a phone's narrow column) wraps onto more lines instead of being cut off.
  const titleLines = title ? wrapText(title, (width - left - 8) / BOLD, titleSize).split("\n") : [];
  const titleLine = Math.round(titleSize * 1.3);
  const titleHeight = titleLines.length ? titleSize + 10 + (titleLines.length - 1) * titleLine : 0;
  const legendHeight = legend.length ? (row + 1) * rowHeight : 0;
  return {
    height: titleHeight + legendHeight + (title || legend.length ? 6 : 0),
    draw(svg) {
      const doc = svg.ownerDocument;
      const g = el(doc, "g", {"aria-label": "header", "font-size": fontSize, "text-anchor": "start"});
      if (title) {
        const t = el(doc, "text", {x: left, y: titleSize + 2, "font-size": titleSize, "font-weight": "bold"});
        if (titleLines.length === 1) t.textContent = title;
        else
          titleLines.forEach((line, i) => {
            const span = el(doc, "tspan", i ? {x: left, dy: titleLine} : {});
            // A break between words keeps its space in the text (it is what a copy or a search of the SVG reads).
            const next = titleLines[i + 1];
            span.textContent =
              next && /[^\u1100-\uFFE6]$/.test(line) && /^[^\u1100-\uFFE6]/.test(next) ? `${line} ` : line;
            t.append(span);
          });
        g.append(t);
      }
      for (const {entry, x, row} of placed) {
        const cy = titleHeight + row * rowHeight + rowHeight / 2 + 2;
        g.append(swatch(doc, entry, x, cy));
        const t = el(doc, "text", {x: x + 18, y: cy, dy: "0.32em", fill: "currentColor"});
        t.textContent = entry.label;
        g.append(t);
      }
      svg.append(g);
    }
  };
}

function swatch(
  doc: Document,
  {color, symbol = "dot", dash}: LegendEntry,
  x: number,
  cy: number
): SVGElement {
  if (symbol === "line")
    return el(doc, "line", {
      x1: x,
      x2: x + 14,
      y1: cy,
      y2: cy,
      stroke: color,
      "stroke-width": 2,
      ...(dash ? {"stroke-dasharray": dash} : {})
    });
  if (symbol === "square") return el(doc, "rect", {x, y: cy - 6, width: 12, height: 12, fill: color});
  return el(doc, "circle", {cx: x + 7, cy, r: 4.5, fill: color});
}

function el(doc: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const node = doc.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Resolved common options, with defaults applied. */
export interface Resolved {
  width: number;
  lang: Lang;
  fontSize: number;
  title: string | undefined;
  document: Document | undefined;
}

export function resolve({width = 640, lang = "zh", fontSize = 12, title, document}: ChartOptions): Resolved {
  return {width, lang, fontSize, title: title == null ? undefined : label(title, lang), document};
}

/** The narrowest plot frame, in pixels, drawn between a chart's margins. */
const MIN_FRAME = 40;

/**
 * The chart's outer width: the asked width, widened so the frame between the margins is at least `MIN_FRAME`.
 * A page measured mid-layout can ask for 0 px; with margins wider than the chart, Plot draws full-frame rects
 * with a negative width ("-20"), which the browser rejects.
 */
export function chartWidth(width: number, {marginLeft = 0, marginRight = 0}: Plot.PlotOptions): number {
  return Math.max(width, marginLeft + marginRight + MIN_FRAME);
}

/**
 * Renders a Plot chart with the shared look (font stack, font size) and adds the title and legend rows above
 * it. Always an SVG: titles and legends live inside it, so exports are complete.
 */
export function render(
  resolved: Resolved,
  plot: Plot.PlotOptions,
  header: {legend?: readonly LegendEntry[]} = {}
): SVGSVGElement {
  const r = {...resolved, width: chartWidth(resolved.width, plot)};
  const top = layoutHeader({title: r.title, legend: header.legend}, {width: r.width, fontSize: r.fontSize});
  const svg = Plot.plot({
    ...plot,
    width: r.width,
    document: r.document,
    style: {fontFamily: FONT_FAMILY, fontSize: `${r.fontSize}px`}
  }) as unknown as SVGSVGElement;
  svg.setAttribute("font-family", FONT_FAMILY);
  if (top.height) {
    // Shift Plot's drawing down rather than widen its top margin: Plot puts axis and facet labels in that margin.
    const body = svg.ownerDocument.createElementNS(svg.namespaceURI, "g");
    body.setAttribute("transform", `translate(0,${top.height})`);
    body.append(...[...svg.childNodes].filter((node) => (node as Element).localName !== "style"));
    svg.append(body);
    const height = Number(svg.getAttribute("height")) + top.height;
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${r.width} ${height}`);
    top.draw(svg);
  }
  return svg;
}

/**
 * Options for a linear x scale over ordered levels (index 0, 1, …), so marks can be offset within a level
 * (jitter, group dodge) while ticks still show the level names.
 */
export function indexScale(levels: readonly Level[], lang: Lang): Plot.ScaleOptions {
  const name = levelNamer(levels, lang);
  return {
    type: "linear",
    domain: [-0.5, levels.length - 0.5],
    ticks: levels.map((_, i) => i),
    tickFormat: (i: number) => name(levels[i]?.id ?? ""),
    tickSize: 0,
    label: null
  };
}

/**
 * A dashed midpoint rule, labelled ("理论中值 3") outside the frame at its end, once: in the facet `at` (the last
 * column or row) when the chart is faceted. Needs `midpointMargin` room.
 */
export function midpointMarks(
  midpoint: number | undefined,
  lang: Lang,
  {axis = "y", at}: {axis?: "x" | "y"; at?: {fx?: string; fy?: string}} = {}
): Plot.Markish[] {
  if (midpoint === undefined) return [];
  const style = {stroke: "#555", strokeDasharray: "4,3"};
  const label = [{text: midpointLabel(midpoint, lang), ...at}];
  const facets = {fx: at?.fx === undefined ? undefined : "fx", fy: at?.fy === undefined ? undefined : "fy"};
  return axis === "y"
    ? [
        Plot.ruleY([midpoint], style),
        Plot.text(label, {
          ...facets,
          text: "text",
          y: () => midpoint,
          frameAnchor: "right",
          textAnchor: "start",
          dx: 6,
          fill: "#555"
        })
      ]
    : [
        Plot.ruleX([midpoint], style),
        Plot.text(label, {
          ...facets,
          text: "text",
          x: () => midpoint,
          frameAnchor: "top",
          lineAnchor: "bottom",
          dy: -6,
          fill: "#555"
        })
      ];
}

/** Where a value label at `y` sits so the midpoint line misses it: centred when the line is at least `reach` away, else on the far side. */
export function labelAnchor(
  y: number,
  midpoint: number | undefined,
  reach: number
): "middle" | "top" | "bottom" {
  if (midpoint === undefined || Math.abs(y - midpoint) >= reach) return "middle";
  return y >= midpoint ? "bottom" : "top";
}

/** Where the label layout of `labelsClearOfMidpoint` finds the midpoint and the y scale. */
export interface MidpointClearance {
  midpoint: number | undefined;
  /** Lines of text in each label. */
  lines: number;
  fontSize: number;
  /** The chart's height and bottom margin (Plot's), in pixels. */
  height: number;
  marginBottom: number;
  /** The y domain's ends (the data's extent when no scale is given). */
  domain: readonly [number | undefined, number | undefined];
}

/**
 * Value labels beside their marks that the dashed midpoint line never runs through: a label whose half-height
 * would reach the line is drawn above its y (a value at or over the midpoint) or below it, not centred on it.
 */
export function labelsClearOfMidpoint<T>(
  rows: readonly T[],
  options: Omit<Plot.TextOptions, "y" | "lineAnchor"> & {y: (d: T) => number},
  {midpoint, lines, fontSize, height, marginBottom, domain: [lo = 0, hi = 1]}: MidpointClearance
): Plot.Markish[] {
  const pad = 3;
  // Plot's top margin is about 30 px here; taking it as such errs toward moving a label.
  const reach = ((lines * fontSize) / 2 + pad) * ((hi - lo || 1) / (height - marginBottom - 30));
  return (["middle", "top", "bottom"] as const).map((anchor) => {
    const subset = rows.filter((d) => labelAnchor(options.y(d), midpoint, reach) === anchor);
    const dy = (Number(options.dy) || 0) + {middle: 0, top: pad, bottom: -pad}[anchor];
    return subset.length ? Plot.text(subset, {...options, lineAnchor: anchor, dy}) : null;
  });
}

function midpointLabel(midpoint: number, lang: Lang): string {
  return `${ui("midpoint", lang).replace(" ", "\n")}\n${midpoint}`;
}

/** Right margin that fits the midpoint label (none when there is no midpoint). */
export function midpointMargin(midpoint: number | undefined, lang: Lang, fontSize: number): number {
  return midpoint === undefined ? 0 : marginFor([midpointLabel(midpoint, lang)], fontSize, Infinity);
}

/** A deterministic jitter in [-1, 1) for a key, from d3.randomLcg seeded by the key's hash (stable across renders and filters). */
export function jitter(key: string, seed = 0): number {
  let hash = seed | 0;
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  // Murmur3's finaliser: neighbouring ids ("A1", "A2") must seed far-apart LCG states, or their jitter is alike.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  hash ^= hash >>> 16;
  return d3.randomLcg((hash >>> 0) / 2 ** 32)() * 2 - 1;
}
