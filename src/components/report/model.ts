// The study report (chapter 4, "results") as blocks: design and data quality, methods, reliability, each
// instrument's results across waves, groups, individual change and interview themes. Tables, sentences, notes and
// charts come from the same functions as the other pages, with the same publishing rules.
import type {IngestReport} from "../../../loaders/ingest/report.js";
import {formatCI, formatStat, formatUnit} from "../../lib/format.js";
import {label, t, type Lang} from "../../lib/i18n.js";
import {neutralLabelIn} from "../../lib/neutral-labels.js";
import type {AgreementRow} from "../../lib/qual/agreement.js";
import type {QuoteRow} from "../../lib/qual/quotes.js";
import type {CodeTally} from "../../lib/qual/tally.js";
import {tableBlock, type FigureBlock, type ReportBlock, type TableBlock} from "../../lib/report/blocks.js";
import {methodsParagraph, sensitivityText} from "../../lib/report/methods.js";
import {reasonText} from "../../lib/exclusion-reason.js";
import {rt} from "../../lib/report/strings.js";
import type {ChangeCount} from "../../lib/results/change-counts.js";
import type {
  BetweenGroupsResult,
  OneSampleResult,
  PairedResult,
  ReliabilityResult
} from "../../lib/results/index.js";
import {individualRows, suppress, type PublishPolicy} from "../../lib/suppress.js";
import type {StudySize} from "../../lib/types.js";
import {meanSummaries} from "../chart-data.js";
import {MeanCI} from "../charts/mean-ci.js";
import {ThemeBars} from "../charts/theme-bars.js";
import {guardrailNotes} from "../notes.js";
import {designTable, instrumentsTable} from "../overview-tables.js";
import {hideSmallRows, isHidden} from "../publish.js";
import {roleName, waveNamer} from "../qual/labels.js";
import {
  betweenTable,
  changeCountsTable,
  oneSampleTable,
  pairedTable,
  paren,
  reliabilityTable,
  type TableContext
} from "../results-tables.js";
import {thesisSentence} from "../results-sentence.js";
import {groupLevels, hasGroups, levelName, studyParts, waveLevels, waveNames, type Study} from "../study.js";
import {ResultsTable, type ResultsColumn} from "../table.js";

/** Everything the report is built from: what the study's pages load, already decoded. */
export interface ReportData {
  study: Study & {size?: StudySize};
  /** The ingest report (`data/report.json`). */
  ingest: IngestReport;
  comparisons: readonly PairedResult[];
  oneSample: readonly OneSampleResult[];
  betweenGroups: readonly BetweenGroupsResult[];
  reliability: readonly ReliabilityResult[];
  /** `change_counts.parquet`: reliable-change categories per part × group. */
  changeCounts: readonly ChangeCount[];
  /** Overall code tallies (`code_tallies.parquet` rows with `by` "all"). */
  tallies: readonly CodeTally[];
  agreement: readonly AgreementRow[];
  /** Coded passages (from `segments.parquet`), excerpts null where the study withholds them. */
  quotes: readonly QuoteRow[];
  policy: PublishPolicy;
}

export interface ReportOptions {
  lang: Lang;
  /** Width of the charts in CSS pixels (a Word page's text column is about 600). Default 560. */
  chartWidth?: number;
  /** How many excerpts the qualitative section quotes at most. Default 4. */
  quotes?: number;
}

const key = (...parts: string[]) => parts.join("\u0000");

/** The report's blocks in order; tables and figures numbered through the chapter. */
export function reportBlocks(
  data: ReportData,
  {lang, chartWidth = 560, quotes = 4}: ReportOptions
): ReportBlock[] {
  const {study, policy} = data;
  const parts = studyParts(study);
  const waves = waveLevels(study);
  const groups = groupLevels(study, {withAll: true});
  const names = waveNames(study, lang);
  const blocks: ReportBlock[] = [];
  let tables = 0;
  let figures = 0;
  const context = (extra: Partial<TableContext> = {}): TableContext => ({
    lang,
    parts,
    waves,
    groups,
    policy,
    number: ++tables,
    ...extra
  });
  const captioned = (table: HTMLTableElement, title: string): TableBlock => ({
    ...tableBlock(table),
    caption: rt("tableCaption", lang, {n: ++tables, title})
  });
  const figure = (id: string, title: string, draw: (doc: Document) => SVGSVGElement): FigureBlock => ({
    type: "figure",
    id,
    caption: rt("figureCaption", lang, {n: ++figures, title}),
    draw
  });
  const partName = (r: {instrument: string; subscale: string}) =>
    label(
      parts.find((p) => p.instrument === r.instrument && p.subscale === r.subscale)?.title,
      lang,
      r.subscale
    );
  const groupName = (id: string) => levelName(groups, id, lang);

  const colon = lang === "zh" ? "：" : ": ";
  blocks.push({
    type: "heading",
    level: 1,
    text: `${rt("chapter", lang)}${colon}${label(study.title, lang, study.id)}`
  });

  // Design and data quality.
  blocks.push({type: "heading", level: 2, text: rt("designSection", lang)});
  if (study.size) blocks.push(captioned(designTable(study, study.size, {lang, policy}), t("design", lang)));
  const {ingest} = data;
  blocks.push({
    type: "paragraph",
    text: rt("rowsSummary", lang, {
      read: ingest.totals.rows_read,
      kept: ingest.totals.rows_kept,
      excluded: ingest.totals.rows_excluded,
      participants: ingest.matching.participants,
      complete: ingest.matching.complete,
      invalid: ingest.invalid_values.count,
      duplicates: ingest.duplicates.length
    })
  });
  const excluded = ingest.sources.flatMap((s) => s.excluded.map((e) => ({...e, file: s.file})));
  if (excluded.length) {
    const columns: ResultsColumn<Record<string, string>>[] = [
      {key: "file", label: t("file", lang), align: "left"},
      {key: "row", label: t("row", lang), align: "right"},
      {key: "reason", label: t("reason", lang), align: "left"}
    ];
    const rows = excluded.map((e) => ({
      file: neutralLabelIn(e.file, lang),
      row: String(e.row),
      reason: reasonText(e.reason, lang)
    }));
    blocks.push({
      ...tableBlock(ResultsTable(rows, {columns, lang})),
      caption: rt("exclusionsCaption", lang, {n: ++tables})
    });
  }

  // Methods, with the sensitivity of every paired comparison shown.
  const shownPaired = hideSmallRows(data.comparisons, policy).filter((c) => !isHidden(c));
  const methods = methodsParagraph(
    {
      paired: shownPaired.length > 0,
      oneSample: data.oneSample.length > 0,
      between: study.compare.between_groups && data.betweenGroups.length > 0,
      reliability: data.reliability.length > 0,
      change: data.changeCounts.length > 0,
      agreement: data.agreement.length > 0,
      pairedNs: shownPaired.map((c) => c.n)
    },
    lang
  );
  blocks.push({type: "heading", level: 2, text: rt("methodsSection", lang)});
  blocks.push({type: "paragraph", kind: "methods", text: methods.text});

  // Instruments and reliability.
  blocks.push({type: "heading", level: 2, text: rt("reliabilitySection", lang)});
  blocks.push(captioned(instrumentsTable(study, data.reliability, {lang}), t("instruments", lang)));
  if (data.reliability.length)
    blocks.push(tableBlock(reliabilityTable(data.reliability, context({showGroup: hasGroups(study)}))));

  // Each instrument across waves: the paired table per pair of waves, then each part's figure and sentences.
  for (const instrument of study.instruments) {
    const title = label(instrument.title, lang, instrument.id);
    const rows = data.comparisons.filter((c) => c.instrument === instrument.id);
    const oneSample = data.oneSample.filter((r) => r.instrument === instrument.id);
    if (!rows.length && !oneSample.length) continue;
    blocks.push({type: "heading", level: 2, text: rt("resultsSection", lang, {instrument: title})});
    const pairs = [
      ...new Map(rows.map((c) => [key(c.wave_from, c.wave_to), [c.wave_from, c.wave_to]])).values()
    ];
    // One table per pair of waves and group (and per group below), so that each fits a printed page.
    const inGroup = (id: string) => (table: TableBlock) =>
      hasGroups(study) ? {...table, caption: paren(table.caption, groupName(id), lang)} : table;
    for (const [from, to] of pairs)
      for (const group of groups) {
        const family = rows.filter((c) => c.wave_from === from && c.wave_to === to && c.group === group.id);
        if (family.length) blocks.push(inGroup(group.id)(tableBlock(pairedTable(family, context()))));
      }
    const shown = hideSmallRows(rows, policy);
    for (const part of parts.filter((p) => p.instrument === instrument.id)) {
      const name = label(part.title, lang);
      blocks.push({type: "heading", level: 3, text: name});
      const groupIds = groups.map((g) => g.id);
      const means = meanSummaries(
        hideSmallRows(oneSample, policy).filter((r) => !isHidden(r)),
        part,
        groupIds
      );
      if (means.length)
        blocks.push(
          figure(`means-${part.instrument}-${part.subscale}`, rt("meansFigure", lang, {name}), (document) =>
            MeanCI(means, {
              width: chartWidth,
              lang,
              waves,
              groups,
              scale: part.score,
              midpoint: part.midpoint ?? null,
              document
            })
          )
        );
      for (const c of shown.filter((r) => r.subscale === part.subscale)) {
        const who = hasGroups(study) ? paren(name, groupName(c.group), lang) : name;
        if (isHidden(c)) {
          blocks.push({
            type: "paragraph",
            text: rt("hiddenResult", lang, {name, group: groupName(c.group), k: policy.min_cell})
          });
          continue;
        }
        blocks.push({
          type: "paragraph",
          kind: "sentence",
          text: thesisSentence(c, {lang, name: who, waveNames: names})
        });
        blocks.push({
          type: "paragraph",
          kind: "sensitivity",
          text: rt("sensitivity", lang, {n: c.n, d: sensitivityText(c.n), observed: formatStat(c.dz)})
        });
      }
    }
    const notes = guardrailNotes(
      shown.filter((c) => !isHidden(c)).map((c) => ({where: partName(c), guardrails: c.guardrails})),
      {everywhere: t("everywhere", lang), lang}
    );
    if (notes.length)
      blocks.push({type: "note", items: notes.map((n) => ({where: n.where, text: n.message[lang]}))});
    for (const group of groups.filter((g) => oneSample.some((r) => r.group === g.id)))
      blocks.push(
        inGroup(group.id)(
          tableBlock(
            oneSampleTable(
              oneSample.filter((r) => r.group === group.id),
              context()
            )
          )
        )
      );
  }

  // Between groups, where the study asks for it: one table per instrument and pair of groups.
  if (study.compare.between_groups && data.betweenGroups.length) {
    blocks.push({type: "heading", level: 2, text: rt("betweenSection", lang)});
    const sets = new Map<string, BetweenGroupsResult[]>();
    for (const r of data.betweenGroups) {
      const k = key(r.instrument, r.group_x, r.group_y);
      sets.set(k, [...(sets.get(k) ?? []), r]);
    }
    for (const set of sets.values()) blocks.push(tableBlock(betweenTable(set, context())));
  }

  // Individual change.
  if (data.changeCounts.length) {
    blocks.push({type: "heading", level: 2, text: rt("changeSection", lang)});
    blocks.push(tableBlock(changeCountsTable(data.changeCounts, context({showGroup: hasGroups(study)}))));
  }

  blocks.push(...qualitative(data, lang, {quotes, chartWidth, table: () => ++tables, figure}));

  if (methods.references.length) {
    blocks.push({type: "heading", level: 2, text: rt("referencesSection", lang)});
    for (const text of methods.references) blocks.push({type: "paragraph", kind: "reference", text});
  }
  return blocks;
}

/** The interview themes: code tallies (small ones suppressed on the published site), κ and a few quotes. */
function qualitative(
  data: ReportData,
  lang: Lang,
  {
    quotes,
    chartWidth,
    table,
    figure
  }: {
    quotes: number;
    chartWidth: number;
    table: () => number;
    figure: (id: string, title: string, draw: (doc: Document) => SVGSVGElement) => FigureBlock;
  }
): ReportBlock[] {
  const {policy, study} = data;
  if (!data.tallies.length) return [];
  const blocks: ReportBlock[] = [{type: "heading", level: 2, text: rt("qualSection", lang)}];
  const coding = data.ingest.coding;
  blocks.push({
    type: "paragraph",
    text: rt("themesSummary", lang, {
      passages: coding.passages,
      participants: coding.participants,
      codes: coding.codes
    })
  });
  // As on the themes page: a code applied to 1 to min_cell − 1 participants is not shown on the published site.
  const shown = suppress(
    data.tallies.map((r) => ({...r})),
    {count: "participants", hide: ["segments"]},
    policy
  ).filter((r): r is typeof r & CodeTally => !r.suppressed);
  const columns: ResultsColumn<CodeTally>[] = [
    {key: "theme", label: t("qTheme", lang), align: "left"},
    {key: "code", label: t("qCode", lang), align: "left"},
    {key: "segments", label: t("qPassages", lang), align: "right"},
    {key: "participants", label: t("qParticipants", lang), align: "right"}
  ];
  blocks.push({
    ...tableBlock(ResultsTable(shown, {columns, lang, notes: [t("qCodesNote", lang)]})),
    caption: rt("tableCaption", lang, {n: table(), title: rt("talliesTitle", lang)})
  });
  blocks.push(
    figure("themes", rt("themesFigure", lang), (document) =>
      ThemeBars(shown, {width: chartWidth, lang, document})
    )
  );
  if (data.agreement.length) {
    type Row = AgreementRow & {coders: string; kappaText: string};
    const rows: Row[] = data.agreement.map((r) => ({
      ...r,
      coders: `${r.coder_a} / ${r.coder_b}`,
      // As on the themes page: κ cannot leave [−1, 1], so neither does its asymptotic interval.
      kappaText: Number.isFinite(r.kappa)
        ? `${formatStat(r.kappa)} ${formatCI(Math.max(-1, r.ci_low), Math.min(1, r.ci_high))}`
        : "—"
    }));
    const agreementColumns: ResultsColumn<Row>[] = [
      {key: "code", label: t("qCode", lang), align: "left"},
      {key: "coders", label: t("qCoders", lang), align: "left"},
      {key: "n", label: t("qUnits", lang), align: "right"},
      {key: "po", label: t("qAgree", lang), align: "right", format: (v) => formatUnit(v as number)},
      {key: "kappaText", label: t("qKappaCI", lang), align: "right"}
    ];
    blocks.push({
      ...tableBlock(
        ResultsTable(rows, {columns: agreementColumns, lang, notes: [t("qAgreementNote", lang)]})
      ),
      caption: rt("tableCaption", lang, {n: table(), title: rt("agreementTitle", lang)})
    });
  } else blocks.push({type: "paragraph", text: t("qNoDoubleCoding", lang)});
  // A few quotes, one per theme first, where the study and this build allow excerpts; as on the quotes page, the
  // published site quotes passages about participants only for roles with at least min_cell such participants.
  const about = individualRows(
    data.quotes.filter((q) => q.participant !== null).map(({participant, role}) => ({participant, role})),
    {participant: "participant", by: ["role"]},
    policy
  );
  const kept = new Set(about.rows.map((r) => key(String(r.participant), String(r.role))));
  const withText = data.quotes.filter(
    (q) => q.excerpt && (q.participant === null || kept.has(key(q.participant, String(q.role))))
  );
  if (!policy.excerpts || !withText.length) {
    blocks.push({type: "paragraph", text: rt("quotesWithheld", lang)});
    return blocks;
  }
  const picked: QuoteRow[] = [];
  for (const theme of new Set(shown.map((r) => r.theme))) {
    const q = withText.find((x) => x.codes.some(([th]) => th === theme) && !picked.includes(x));
    if (q && picked.length < quotes) picked.push(q);
  }
  const waveName = waveNamer(study.waves, lang);
  blocks.push({type: "paragraph", text: rt("quotesIntro", lang)});
  for (const q of picked) {
    const codes = q.codes.map(([, code]) => code).join(lang === "zh" ? "、" : ", ");
    const source = [roleName(q.role, lang), waveName(q.wave), codes].join(lang === "zh" ? "，" : ", ");
    blocks.push({
      type: "paragraph",
      kind: "quote",
      text: lang === "zh" ? `“${q.excerpt}”（${source}）` : `“${q.excerpt}” (${source})`
    });
  }
  return blocks;
}
