// Diverging stacked bars of Likert answers per item × wave, the neutral category centred on zero.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {HIDDEN_ANSWER} from "../../lib/hidden-answers.js";
import {label} from "../../lib/i18n.js";
import type {ItemRow} from "../../lib/types.js";
import {
  BOLD,
  levelNamer,
  levelsOf,
  marginFor,
  render,
  resolve,
  ui,
  wrapText,
  type ChartOptions,
  type Level,
  type ScaleRange
} from "./common.js";

export interface LikertBarsOptions extends ChartOptions {
  /** Items in display order with their wording, e.g. `[{id: "q1", label: {zh: "我能学好数学"}}]`. Default: items in data order, labelled by id. */
  items?: readonly Level[];
  /** The answer scale; `labels` name the categories in the legend. Required: percentages need every category. */
  scale: ScaleRange;
  /** Waves in display order with labels, e.g. `[{id: "pre", label: {zh: "前测"}}]`. Default: waves in data order. */
  waves?: readonly Level[];
  /** Which answer to count: `raw` (as asked, matching the item wording) or `value` (after reverse keying). Default "raw". */
  valueKey?: "raw" | "value";
  /** Smallest segment, in percent, that gets a percentage label (numbers inside bars are percentages). Default 8. */
  minLabel?: number;
  /**
   * Legend label of answers whose category is hidden (small-cell suppression in the published site): rows whose
   * answer is {@link HIDDEN_ANSWER} are counted in n and drawn as one light segment at the right end, unlabelled.
   */
  hiddenLabel?: string;
}

const HIDDEN_COLOR = "#EFEFEF";

/** One bar segment: the share of one answer category for one item at one wave. */
interface Segment {
  item: string;
  wave: string;
  category: number;
  percent: number;
  x1: number;
  x2: number;
}

/**
 * Diverging stacked bars: for each item (row facet) and wave (bar), the percentage of valid answers in each
 * category, disagreement to the left of zero and agreement to the right, the neutral category split across zero.
 * Each bar ends with its number of valid answers, since with n = 6 one person is 17%.
 */
export function LikertBars(itemRows: readonly ItemRow[], options: LikertBarsOptions): SVGSVGElement {
  const {scale, valueKey = "raw", minLabel = 8} = options;
  const r = resolve(options);
  const items = levelsOf(
    options.items,
    itemRows.map((d) => d.item)
  );
  const waves = levelsOf(
    options.waves,
    itemRows.map((d) => d.wave)
  );
  const answers = d3.range(scale.min, scale.max + 1);
  const hidden = itemRows.some((d) => d[valueKey] === HIDDEN_ANSWER);
  const categories = hidden ? [...answers, HIDDEN_ANSWER] : answers;
  const colors = [...likertColors(answers.length), ...(hidden ? [HIDDEN_COLOR] : [])];
  const colorOf = (category: number) => colors[categories.indexOf(category)]!;
  const {segments, totals} = likertSegments(itemRows, {items, waves, categories, valueKey});
  const extent = Math.max(50, ...segments.map((s) => Math.max(-s.x1, s.x2)));
  const itemName = levelNamer(items, r.lang);
  const waveName = levelNamer(waves, r.lang);
  const marginLeft =
    options.marginLeft ??
    marginFor(
      waves.map((w) => waveName(w.id)),
      r.fontSize,
      r.width,
      0.25
    );
  // Room for the widest "n = …" at the bars' right end (a survey of thousands writes "n = 2709").
  const marginRight =
    options.marginRight ??
    marginFor(
      totals.map((t) => `n = ${t.n}`),
      r.fontSize,
      r.width
    );
  // Item wording goes on its own line above the item's bars, across the full width, so long items stay readable.
  const headings = items.map((i) => ({
    item: i.id,
    text: wrapText(itemName(i.id), (r.width - 16) / BOLD, r.fontSize)
  }));
  const lines = Math.max(1, ...headings.map((h) => h.text.split("\n").length));
  const row = 22;
  const headingHeight = lines * r.fontSize * 1.2 + 6;
  const gap = headingHeight + 8;
  const step = gap + waves.length * row;
  return render(
    r,
    {
      height: options.height ?? 20 + headingHeight + items.length * step - gap + 40,
      marginLeft,
      marginRight,
      marginBottom: options.marginBottom ?? 40,
      x: {
        domain: [-extent, extent],
        tickFormat: (d: number) => `${Math.abs(d)}%`,
        label: ui("percent", r.lang),
        labelAnchor: "center",
        nice: true
      },
      y: {domain: waves.map((w) => w.id), tickFormat: waveName, tickSize: 0, label: null, padding: 0.15},
      fy: {
        domain: items.map((i) => i.id),
        axis: null,
        label: null,
        paddingInner: gap / step,
        paddingOuter: 0
      },
      facet: {marginTop: headingHeight},
      color: {domain: categories, range: colors, type: "ordinal"},
      marks: [
        Plot.text(headings, {
          fy: "item",
          text: "text",
          frameAnchor: "top-left",
          textAnchor: "start",
          lineAnchor: "bottom",
          dx: 8 - marginLeft,
          dy: -4,
          fontWeight: "bold"
        }),
        Plot.barX(segments, {
          x1: "x1",
          x2: "x2",
          y: "wave",
          fy: "item",
          fill: "category",
          stroke: "white",
          strokeWidth: 0.5
        }),
        ["white", "black"].map((fill) =>
          Plot.text(
            segments.filter(
              (s) =>
                s.category !== HIDDEN_ANSWER &&
                s.percent >= minLabel &&
                textColor(colorOf(s.category)) === fill
            ),
            {
              x: (s: Segment) => (s.x1 + s.x2) / 2,
              y: "wave",
              fy: "item",
              text: (s: Segment) => `${Math.round(s.percent)}`,
              fill,
              fontSize: r.fontSize - 2
            }
          )
        ),
        Plot.text(totals, {
          y: "wave",
          fy: "item",
          text: (t: {n: number}) => `n = ${t.n}`,
          frameAnchor: "right",
          textAnchor: "start",
          dx: 6,
          fill: "#555"
        }),
        Plot.ruleX([0], {stroke: "currentColor", strokeOpacity: 0.6})
      ]
    },
    {
      legend: categories.map((c, k) => ({
        label:
          c === HIDDEN_ANSWER ? (options.hiddenLabel ?? "—") : label(scale.labels?.[c], r.lang, String(c)),
        color: colors[k],
        symbol: "square" as const
      }))
    }
  );
}

/** Percentages per item × wave × category and their diverging positions; totals carry n and the right end. */
export function likertSegments(
  rows: readonly ItemRow[],
  {
    items,
    waves,
    categories,
    valueKey
  }: {items: Level[]; waves: Level[]; categories: number[]; valueKey: "raw" | "value"}
): {segments: Segment[]; totals: {item: string; wave: string; n: number; x2: number}[]} {
  const counts = d3.rollup(
    rows.filter((d) => d[valueKey] != null),
    (v) => v.length,
    (d) => d.item,
    (d) => d.wave,
    (d) => Math.round(d[valueKey] as number)
  );
  // Hidden answers (HIDDEN_ANSWER, last) sit at the right end and do not move the centre.
  const scaled = categories.filter((c) => c !== HIDDEN_ANSWER);
  const centre = (scaled[0] + scaled[scaled.length - 1]) / 2;
  const segments: Segment[] = [];
  const totals: {item: string; wave: string; n: number; x2: number}[] = [];
  for (const {id: item} of items) {
    for (const {id: wave} of waves) {
      const byCategory = counts.get(item)?.get(wave);
      const n = d3.sum(categories, (c) => byCategory?.get(c) ?? 0);
      if (!n) continue;
      const percent = (c: number) => ((byCategory?.get(c) ?? 0) / n) * 100;
      let x = -d3.sum(scaled, (c) => (c < centre ? percent(c) : c === centre ? percent(c) / 2 : 0));
      for (const category of categories) {
        const p = percent(category);
        if (p > 0) segments.push({item, wave, category, percent: p, x1: x, x2: x + p});
        x += p;
      }
      totals.push({item, wave, n, x2: x});
    }
  }
  return {segments, totals};
}

/** ColorBrewer RdBu (colour-blind safe), low answers red, high blue, a visible grey for the neutral middle. */
function likertColors(k: number): string[] {
  if (k < 3) return [d3.schemeRdBu[3][0], d3.schemeRdBu[3][2]].slice(0, k);
  const colors = k <= 11 ? [...d3.schemeRdBu[k]] : d3.quantize(d3.interpolateRdBu, k);
  if (k % 2) colors[(k - 1) / 2] = "#D9D9D9";
  return colors;
}

function textColor(fill: string): string {
  return d3.lab(fill).l < 60 ? "white" : "black";
}
