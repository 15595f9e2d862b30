// The overview's two APA tables: n per group × wave with matched pairs, and the instruments' parts with items, range and α.
import {formatUnit} from "../lib/format.js";
import {label, t, tf, type Lang} from "../lib/i18n.js";
import {countText, suppress, type PublishPolicy} from "../lib/suppress.js";
import type {ReliabilityResult} from "../lib/results/index.js";
import type {StudySize} from "../lib/types.js";
import {groupLevels, hasGroups, studyParts, type Study} from "./study.js";
import {paren} from "./results-tables.js";
import {ResultsTable, type ResultsColumn} from "./table.js";

type Cells = Record<string, string | number>;

/** Who was measured when: participants with a score at each wave, and with scores at every wave, per group. */
export function designTable(
  study: Study,
  size: StudySize,
  {lang, policy}: {lang: Lang; policy?: PublishPolicy}
): HTMLTableElement {
  const levels = groupLevels(study, {withAll: hasGroups(study)});
  const rows = levels.map((g) => {
    const counts = size.design.find((d) => d.group === g.id);
    const row: Cells = {group: label(g.label, lang, g.id)};
    // null: hidden in the published study.json itself (a small count, or one that would give a small one away)
    const count = (n: number | null | undefined) => (n === null ? t("suppressedCell", lang) : (n ?? 0));
    for (const w of study.waves) row[w.id] = count(counts?.waves[w.id]);
    row.matched = count(counts?.matched);
    return row;
  });
  if (policy?.published) {
    // Counts of 1 to min_cell − 1 hidden; the "all" row is each column's total, so the groups' cells of a
    // column are one margin (a second one hidden when the total would give a small one away).
    const keys = [...study.waves.map((w) => w.id), "matched"];
    const groupRows = rows.filter((_, i) => levels[i]!.id !== "all");
    const cells = suppress(
      groupRows.flatMap((row, i) => keys.map((key) => ({i, key, n: row[key] as number}))),
      {count: "n", by: ["key"]},
      policy
    );
    for (const cell of cells) groupRows[cell.i]![cell.key as string] = cell.shown;
    rows.forEach((row, i) => {
      if (levels[i]!.id === "all") for (const key of keys) row[key] = countText(row[key] as number, policy);
    });
  }
  const columns: ResultsColumn<Cells>[] = [
    {key: "group", label: t("group", lang), align: "left"},
    ...study.waves.map((w) => ({
      key: w.id,
      label: `${label(w.label, lang, w.id)} n`,
      align: "right" as const
    })),
    // One wave: nothing to match.
    ...(study.waves.length > 1 ? [{key: "matched", label: t("matched", lang), align: "right" as const}] : [])
  ];
  return ResultsTable(rows, {columns, lang, caption: t("design", lang)});
}

/** Each scored part: instrument, items, scale range and scoring, midpoint, and α (all participants) at each wave. */
export function instrumentsTable(
  study: Study,
  reliability: readonly ReliabilityResult[],
  {lang}: {lang: Lang}
): HTMLTableElement {
  const rows = studyParts(study).map((p) => {
    const instrument = study.instruments.find((i) => i.id === p.instrument)!;
    const row: Cells = {
      instrument: label(p.instrumentTitle, lang, p.instrument),
      subscale: label(p.title, lang, p.subscale),
      items: p.items.length,
      scale: paren(
        `${p.score.min}–${p.score.max}`,
        t(instrument.scoring === "sum" ? "sum" : "mean", lang),
        lang
      ),
      midpoint: p.midpoint ?? "—"
    };
    for (const w of study.waves) {
      const r = reliability.find(
        (x) =>
          x.instrument === p.instrument && x.subscale === p.subscale && x.group === "all" && x.wave === w.id
      );
      row[`alpha_${w.id}`] = r ? formatUnit(r.alpha) : "—";
    }
    return row;
  });
  const columns: ResultsColumn<Cells>[] = [
    {key: "instrument", label: t("instrument", lang), align: "left"},
    {key: "subscale", label: t("subscale", lang), align: "left"},
    {key: "items", label: t("items", lang), align: "right"},
    {key: "scale", label: t("scaleRange", lang), align: "right"},
    {key: "midpoint", label: t("midpoint", lang), align: "right"},
    ...study.waves.map((w) => ({
      key: `alpha_${w.id}`,
      label: tf("alphaBy", lang, {wave: label(w.label, lang, w.id)}),
      align: "right" as const
    }))
  ];
  return ResultsTable(rows, {columns, lang, caption: t("instruments", lang)});
}
