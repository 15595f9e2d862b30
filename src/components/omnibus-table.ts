// The APA table of the tests across all waves of a study with three or more: Friedman and repeated-measures ANOVA
// (with the Greenhouse–Geisser correction) on the participants with a score at every wave.
import {formatP, formatStat, formatUnit} from "../lib/format.js";
import {t, tf} from "../lib/i18n.js";
import type {Guardrail} from "../lib/stats/index.js";
import {levelName} from "./study.js";
import {column, groupColumn, msd, partColumn, suppressed, type TableContext} from "./results-tables.js";
import {ResultsTable, type ResultsColumn} from "./table.js";

/** One wave's summary of the complete cases. */
export interface OmnibusWave {
  wave: string;
  mean: number;
  sd: number;
  ci_low?: number;
  ci_high?: number;
}

/** A row of `omnibus.parquet`: one instrument part × group, over every wave. */
export interface OmnibusRow {
  instrument: string;
  subscale: string;
  group: string;
  /** Participants with a score at every wave. */
  n_complete: number;
  /** Per-wave summaries: a list, or that list as JSON (as Parquet stores it). */
  waves: string | readonly OmnibusWave[];
  friedman_chisq: number;
  friedman_df: number;
  friedman_p: number;
  rm_f: number;
  rm_df1: number;
  rm_df2: number;
  rm_p: number;
  gg_epsilon: number;
  gg_df1: number;
  gg_df2: number;
  gg_p: number;
  guardrails: string | readonly Guardrail[];
}

/** The per-wave summaries of a row, parsed when stored as JSON. */
export function omnibusWaves(row: Pick<OmnibusRow, "waves">): OmnibusWave[] {
  return typeof row.waves === "string" ? (JSON.parse(row.waves) as OmnibusWave[]) : [...row.waves];
}

const df = (x: number) => (Number.isInteger(x) ? String(x) : formatStat(x, 2));

/** n, M (SD) at each wave, Friedman χ²(df) and p, RM ANOVA F(df₁, df₂) and p, GG ε and p_GG; n is `n_complete`. */
export function omnibusTable(rows: readonly OmnibusRow[], c: TableContext): HTMLTableElement {
  const {lang} = c;
  const sized = rows.map((r) => ({...r, n: r.n_complete, perWave: omnibusWaves(r)}));
  type Sized = (typeof sized)[number];
  const waves = c.waves.filter((w) => sized.some((r) => r.perWave.some((x) => x.wave === w.id)));
  const columns: ResultsColumn<Sized>[] = [
    partColumn(c),
    ...groupColumn<Sized>(c),
    column("n", "n", lang, (v) => String(v)),
    ...waves.map((w): ResultsColumn<Sized> => ({
      key: "perWave",
      label: `${levelName(c.waves, w.id, lang)} ${t("msd", lang)}`,
      align: "right",
      format: (_, r) => {
        const x = r.perWave.find((p) => p.wave === w.id);
        return x ? msd(x.mean, x.sd) : "—";
      }
    })),
    column(
      "friedman_chisq",
      "friedman",
      lang,
      (_, r) => `${formatStat(r.friedman_chisq)} (${df(r.friedman_df)})`
    ),
    column("friedman_p", "p", lang, (p) => formatP(p as number)),
    column("rm_f", "rmAnova", lang, (_, r) => `${formatStat(r.rm_f)} (${df(r.rm_df1)}, ${df(r.rm_df2)})`),
    column("rm_p", "p", lang, (p) => formatP(p as number)),
    column("gg_epsilon", "ggEpsilon", lang, (v) => formatUnit(v as number)),
    column("gg_p", "pGG", lang, (p) => formatP(p as number))
  ];
  const shown = suppressed(sized, columns, c);
  return ResultsTable(shown.rows, {
    columns: shown.columns,
    lang,
    caption: tf("omnibusTable", lang, {n: c.number ?? 1}),
    notes: [t("omnibusNote", lang)]
  });
}
