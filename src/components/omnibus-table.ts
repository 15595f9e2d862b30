// The APA table of the tests across all waves of a study with three or more: Friedman and repeated-measures ANOVA
// (with the Greenhouse–Geisser correction) on the participants with a score at every wave.
import {formatP, formatStat, formatUnit} from "../lib/format.js";
import {t, tf} from "../lib/i18n.js";
import type {OmnibusRow} from "../lib/results/omnibus.js";
import {levelName} from "./study.js";
import {column, groupColumn, msd, partColumn, suppressed, type TableContext} from "./results-tables.js";
import {ResultsTable, type ResultsColumn} from "./table.js";

const df = (x: number) => (Number.isInteger(x) ? String(x) : formatStat(x, 2));

/**
 * One line per part × group: n (complete cases), M (SD) at each wave, Friedman χ²(df) and p, the RM ANOVA's
 * F(df₁, df₂) and p, Greenhouse–Geisser ε and p_GG. Statistics of fewer than `min_cell` people hidden when published.
 */
export function omnibusTable(rows: readonly OmnibusRow[], c: TableContext): HTMLTableElement {
  const {lang} = c;
  const same = (a: OmnibusRow, b: OmnibusRow) =>
    a.instrument === b.instrument && a.subscale === b.subscale && a.group === b.group;
  const tests = rows
    .filter((r) => r.kind === "test")
    .map((r) => ({...r, perWave: rows.filter((w) => w.kind === "wave" && same(w, r))}));
  type Test = (typeof tests)[number];
  const waves = c.waves.filter((w) => tests.some((r) => r.perWave.some((x) => x.wave === w.id)));
  const columns: ResultsColumn<Test>[] = [
    partColumn(c),
    ...groupColumn<Test>(c),
    column("n", "n", lang, (v) => String(v)),
    ...waves.map((w): ResultsColumn<Test> => ({
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
    column("p_friedman", "p", lang, (p) => formatP(p as number)),
    column("f", "rmAnova", lang, (_, r) => `${formatStat(r.f)} (${df(r.df1)}, ${df(r.df2)})`),
    column("p_f", "p", lang, (p) => formatP(p as number)),
    column("gg_epsilon", "ggEpsilon", lang, (v) => formatUnit(v as number)),
    column("p_gg", "pGG", lang, (p) => formatP(p as number))
  ];
  const shown = suppressed(tests, columns, c);
  return ResultsTable(shown.rows, {
    columns: shown.columns,
    lang,
    caption: tf("omnibusTable", lang, {n: c.number ?? 1}),
    notes: [t("omnibusNote", lang)]
  });
}
