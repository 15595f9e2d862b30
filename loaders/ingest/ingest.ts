// The ingest of one study: read → validate → clean → score → write Parquet tables and the ingest report.
import {rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal, withDuckDB} from "../duckdb.js";
import {InputError, warningText} from "../errors.js";
import {loadStudy} from "../study/load.js";
import type {Study, SurveySource} from "../study/schema.js";
import {copyOnOneThread} from "../write/parquet.js";
import {CLEAN_KEYS, checkPseudonyms, cleanUnits, invalidValues} from "./clean.js";
import {publicStudy, readCodingSources, writeCoding} from "./coding.js";
import {pseudonymKey} from "./pseudonym.js";
import {writeResults} from "./results.js";
import type {IngestReport, SourceReport} from "./report.js";
import {computeScores, missingScores} from "./score.js";
import {cell, dropSourceTable, loadSourceTable, type SourceTable} from "./source-table.js";
import {headerForms, headerIn, normalizeHeader} from "./columns.js";
import {answerColumns, blankAnswers} from "./blank-answers.js";
import {countTexts, createValuesView, lookupTexts} from "./answer-values.js";
import {identicalWaves, sourcesWithoutRows} from "./checks.js";
import {checkSourceOverlap} from "./source-overlap.js";
import {
  addUnits,
  answerCells,
  allItems,
  createAnswersView,
  createUnitTables,
  dropAnswers,
  resolveColumns,
  type SourceColumns
} from "./units.js";
import {valueLabelWarnings} from "./value-labels.js";
import {defineValueMacros} from "./values.js";
import {VERSION} from "../version.js";
import {declaredValues, identifyingColumns} from "../publish/declared.js";
import {assertNoPersonalData} from "../publish/gate.js";
import {makeTerms, type Terms} from "../publish/terms.js";
import {publishPolicy} from "../publish/mode.js";
import {codebookValues} from "../publish/known.js";
import {publishedReport, publishedStudy} from "../publish/labels.js";
import {reduceForPublishing} from "../publish/reduce.js";
import type {StudySize, Text} from "../../src/lib/types.js";
import {studySize} from "./size.js";
import {partKey, scoredParts, scoreScale, type ScoreScale} from "../../src/lib/results/index.js";
import {assertSomeAnswers, checkUsedColumns} from "./doubtful-columns.js";
import {checkOutFolder, cleanLeftovers, makeSpill, makeStaging, swapIn} from "./out-folder.js";

export interface IngestOptions {
  /** Output folder: created, or (when empty or an earlier ingest wrote it) replaced atomically; see out-folder.ts. */
  out: string;
  /** Pseudonymisation key; `pseudonymKey()` when omitted. */
  key?: string;
  /** Reads one survey source; tests pass tables directly. */
  read: (path: string, source: SurveySource) => Promise<SourceTable>;
  /** Called as each stage ends, with its name; the benchmark times stages with it. */
  onStage?: (stage: string) => void;
}

export interface IngestResult {
  study: Study;
  report: IngestReport;
  out: string;
}

async function rows<T>(db: DuckDBConnection, sql: string): Promise<T[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as T[];
}

async function sourceReports(
  db: DuckDBConnection,
  study: Study,
  tables: SourceTable[],
  columns: SourceColumns[],
  blanks: Record<string, number>[]
): Promise<SourceReport[]> {
  const reasons = await rows<{_src: number; _row: number; reason: string; participant: string | null}>(
    db,
    `SELECT l._src, l._row, coalesce(l.reason, u.reason) AS reason, CASE WHEN u.pid IS NOT NULL THEN u.participant END AS participant
     FROM lines l LEFT JOIN unit_status u ON l._src = u._src AND l.unit_row = u._row
     WHERE coalesce(l.reason, u.reason) IS NOT NULL ORDER BY l._src, l._row`
  );
  const counts = await rows<{_src: number; n: number}>(
    db,
    "SELECT _src, count(*)::INTEGER AS n FROM lines GROUP BY _src"
  );
  return study.sources.surveys.map((source, i) => {
    const table = tables[i];
    const excluded = reasons
      .filter((r) => r._src === i)
      .map((r) => ({row: r._row, reason: r.reason, ...(r.participant ? {participant: r.participant} : {})}));
    const c = columns[i];
    const used = new Set([c.participant, c.group, c.wave, c.item, c.value, ...c.items.values()]);
    const declared = headerIn(study.participants.pii);
    const unused = table.columns.flatMap((column, index) => (used.has(index) ? [] : [column]));
    const pii = unused
      .filter((column) => column.role === "pii" || declared(column.header))
      .map((column) => column.header);
    const personal = new Set(pii);
    const metadata = unused.filter((column) => column.role === "metadata" && !personal.has(column.header));
    const missing: Record<string, number> = {};
    for (const m of table.missing) missing[m.reason] = (missing[m.reason] ?? 0) + m.count;
    for (const [reason, n] of Object.entries(blanks[i])) missing[reason] = (missing[reason] ?? 0) + n;
    const read = counts.find((n) => n._src === i)?.n ?? 0;
    return {
      file: source.file,
      format: source.format,
      ...(table.encoding ? {encoding: table.encoding} : {}),
      ...(source.wave ? {wave: source.wave} : {}),
      rows_read: read,
      rows_kept: read - excluded.length,
      rows_excluded: excluded.length,
      excluded,
      pii_columns_dropped: pii,
      metadata_columns_ignored: metadata.map((column) => column.header),
      missing_answers: missing
    };
  });
}

async function duplicates(db: DuckDBConnection, files: string[]): Promise<IngestReport["duplicates"]> {
  const found = await rows<{
    participant: string;
    wave: string;
    kept_src: number;
    kept_row: number;
    srcs: number[];
    rws: number[];
  }>(
    db,
    `SELECT participant, wave, kept_src, kept_row, list(_src ORDER BY _src, _row) AS srcs, list(_row ORDER BY _src, _row) AS rws
     FROM unit_status WHERE rk > 1 AND pid IS NOT NULL AND wave IS NOT NULL AND grp IS NOT NULL
     GROUP BY participant, wave, kept_src, kept_row ORDER BY participant, wave`
  );
  return found.map((d) => ({
    participant: d.participant,
    wave: d.wave,
    kept: {file: files[d.kept_src], row: d.kept_row},
    dropped: d.srcs.map((s, i) => ({file: files[s], row: d.rws[i]}))
  }));
}

/** SQL: the position of `wave` among the study's waves. */
const waveOrder = (study: Study) =>
  `CASE wave ${study.waves.map((w, i) => `WHEN ${literal(w.id)} THEN ${i}`).join(" ")} END`;

async function matching(db: DuckDBConnection, study: Study): Promise<IngestReport["matching"]> {
  const waves = study.waves.map((w) => w.id);
  const [{participants}] = await rows<{participants: number}>(
    db,
    "SELECT count(DISTINCT participant)::INTEGER AS participants FROM clean"
  );
  // Only the incomplete reach JS: a million participants would not need to.
  const people = await rows<{participant: string; group: string; present: string[]}>(
    db,
    `SELECT participant, arg_min("group", ${waveOrder(study)}) AS "group", list(DISTINCT wave ORDER BY wave) AS present
     FROM clean
     GROUP BY participant HAVING count(DISTINCT wave) < ${waves.length} ORDER BY participant`
  );
  const incomplete = people.map((p) => ({
    ...p,
    present: waves.filter((w) => p.present.includes(w)),
    missing: waves.filter((w) => !p.present.includes(w))
  }));
  return {waves, participants, complete: participants - incomplete.length, incomplete};
}

/** Tables written for the pages; each is `SELECT`ed in a fixed order so output is byte-stable. */
function outputs(study: Study): Record<string, string> {
  const item = (column: string) =>
    `CASE ${column} ${allItems(study)
      .map((it, i) => `WHEN ${literal(it.id)} THEN ${i}`)
      .join(" ")} END`;
  const codebook = study.instruments.flatMap((instrument) =>
    instrument.items.map(
      (it, i) =>
        `(${literal(instrument.id)}, ${literal(it.id)}, ${literal(it.subscale)}, ${it.reverse}, ${i + 1}, ${literal(it.label?.zh ?? "")}, ${literal(it.label?.en ?? "")})`
    )
  );
  // Counts per answer suit whole-number scales; decimal answers (hours, VAS) have no options to count.
  const distributions = study.instruments
    .filter((instrument) => instrument.scale.whole)
    .map((instrument) => {
      const items = instrument.items.map((i) => ident(i.id));
      // A histogram per item and wave × group, unnested: ~3× cheaper than counting 60 million unpivoted answers.
      const histograms = items.map((item) => `histogram(${item}::INTEGER) AS ${item}`);
      return `SELECT ${literal(instrument.id)} AS instrument, item, wave, "group", value, n
            FROM (SELECT wave, "group", ${histograms.join(", ")} FROM clean GROUP BY wave, "group")
              UNPIVOT INCLUDE NULLS (h FOR item IN (${items.join(", ")})),
              LATERAL (SELECT unnest(map_keys(h)) AS value, unnest(map_values(h))::INTEGER AS n)`;
    });
  return {
    scores: "SELECT * FROM scores",
    responses: `SELECT * EXCLUDE (${CLEAN_KEYS.join(", ")}) FROM clean`,
    items: `SELECT * FROM (VALUES ${codebook.join(", ")}) AS t(instrument, item, subscale, reverse, position, label_zh, label_en)`,
    distributions: distributions.length
      ? `SELECT * FROM (${distributions.join(" UNION ALL ")}) ORDER BY ${item("item")}, wave, "group", value`
      : `SELECT NULL::VARCHAR AS instrument, NULL::VARCHAR AS item, NULL::VARCHAR AS wave, NULL::VARCHAR AS "group",
           NULL::INTEGER AS value, NULL::INTEGER AS n WHERE false`
  };
}

/**
 * DuckDB's memory for an ingest, past which it spills to disk: 1.2 GB keeps a million-row study under 1.5 GB of
 * memory in all (npm run bench:ingest; at 1 GB DuckDB loads a large CSV on one thread); `EVALBOOK_MEMORY` ("4GB")
 * gives a large machine more.
 */
const ingestMemory = () => process.env.EVALBOOK_MEMORY?.trim() || "1200MB";

/** One line for a study too large for {@link ingestMemory}, instead of DuckDB's message. */
const outOfMemory = (dir: string) =>
  new InputError(
    `the ingest needed more than its ${ingestMemory()} of memory`,
    {file: join(dir, "study.yaml")},
    "give it more with the environment variable EVALBOOK_MEMORY, e.g. EVALBOOK_MEMORY=4GB npm run dev"
  );

/** The columns of a source the ingest reads: its ids, wave, group, time and answers, and every identifying one. */
function usedColumns(study: Study, table: SourceTable, columns: SourceColumns): number[] {
  const {participant, group, wave, submitted, item, value, items} = columns;
  const own = [participant, group, wave, submitted, item, value, ...items.values()];
  const used = [...own.filter((c) => c !== undefined), ...identifyingColumns(study, table, columns)];
  return [...new Set(used)].sort((a, b) => a - b);
}

/** Ingests the study in `dir` and writes its tables and report to `options.out`. */
export async function ingestStudy(dir: string, options: IngestOptions): Promise<IngestResult> {
  const study = await loadStudy(dir);
  await checkOutFolder(options.out, dir, studyInputs(dir, study));
  await cleanLeftovers(options.out);
  const key = options.key ?? (await pseudonymKey());
  const stage = options.onStage ?? (() => {});
  const sources = study.sources.surveys;
  const tables: SourceTable[] = [];
  for (const source of sources) tables.push(await options.read(join(dir, source.file), source));
  assertSomeAnswers(tables);
  stage("read");
  const columns = sources.map((source, i) => resolveColumns(study, source, i, tables[i]));
  checkSourceOverlap(study, tables, columns, join(dir, "study.yaml"));
  columns.forEach((c, i) => checkUsedColumns(tables[i], c));
  // Interview documents and cases named after a participant map to them (loaders/qual/map-documents.ts).
  const ids = new Set(
    tables.flatMap((table, i) => table.rows.flatMap((row) => row[columns[i]!.participant]?.trim() || []))
  );
  const coding = await readCodingSources(dir, study, key, {participants: ids});
  const staging = await makeStaging(options.out, study.id);
  const spill = await makeSpill(options.out);
  // A failed run leaves no outputs behind: they have not been through the personal-data scan.
  const report = await stagedOutputs({staging, spill, dir, study, key, tables, columns, coding, stage})
    .catch(async (error) => {
      await rm(staging, {recursive: true, force: true});
      throw /Out of Memory Error/.test(String(error)) ? outOfMemory(dir) : error;
    })
    .finally(() => rm(spill, {recursive: true, force: true}));
  await swapIn(staging, options.out);
  stage("report: files");
  return {study, report, out: options.out};
}

/** What {@link stagedOutputs} writes from: the study, its read sources and codings, and where to write. */
interface Staged {
  staging: string;
  /** Where DuckDB spills past {@link ingestMemory}. */
  spill: string;
  dir: string;
  study: Study;
  key: string;
  tables: SourceTable[];
  columns: SourceColumns[];
  coding: Awaited<ReturnType<typeof readCodingSources>>;
  stage: (name: string) => void;
}

/** Writes every output into `staging`, scanned for personal data; returns the report. */
async function stagedOutputs({
  staging,
  spill,
  dir,
  study,
  key,
  tables,
  columns,
  coding,
  stage
}: Staged): Promise<IngestReport> {
  const sources = study.sources.surveys;
  const files = sources.map((source) => source.file);
  let terms: Terms = makeTerms([]);
  let size: StudySize | undefined;
  let labels = new Map<string, string>();
  let headers: string[] = [];
  const report = await withDuckDB(
    async (db, instance) => {
      for (const instrument of study.instruments) await defineValueMacros(db, instrument);
      await createUnitTables(db);
      const blanks: Record<string, number>[] = [];
      for (const [i, source] of sources.entries()) {
        await loadSourceTable(db, `raw${i}`, tables[i], {
          answers: answerColumns(columns[i]),
          used: usedColumns(study, tables[i], columns[i])
        });
        stage("load");
        await addUnits(db, study, source, i, `raw${i}`, columns[i]);
        // One pass over the answer cells counts the blanks and finds the texts to look up (a long file's: its pivot's).
        await countTexts(db, "texts", ident(`raw${i}`), answerColumns(columns[i]).map(cell));
        blanks.push(await blankAnswers(db, "texts", tables[i], columns[i]));
        const answers = answerCells(study, source, i, `raw${i}`, columns[i]);
        if (columns[i].item !== undefined) {
          await db.run("DROP TABLE texts");
          await countTexts(db, "texts", answers.relation, [...answers.cells.values()]);
        }
        await createValuesView(db, study, i, answers, await lookupTexts(db, "texts"));
        await db.run("DROP TABLE texts");
        stage("units");
      }
      await createAnswersView(db, sources.length);
      headers = tables.flatMap((table) => table.headers);
      const loaded = tables.map((table, i) => ({name: `raw${i}`, table, columns: columns[i]}));
      // Published: the interview codings' ids too (one matching no questionnaire is no survey id); the local report
      // names such an id for the researcher to fix.
      const codingIds = publishPolicy(study).published ? [...coding.idsOf.values()].map((id) => id.raw) : [];
      const declared = await declaredValues(db, study, loaded);
      // DuckDB ranks the units on its threads while JS makes the search terms (500,000 ids: ~0.7 s).
      const cleaning = cleanUnits(db, study, key, files);
      try {
        terms = makeTerms([...declared, ...codingIds], study.publish.allow, codebookValues(study));
      } finally {
        await cleaning;
      }
      await db.run("DROP TABLE units"); // unit_status holds all of it
      await checkPseudonyms(db);
      const columnOf = (src: number, item: string) =>
        tables[src].headers[columns[src].items.get(item) ?? columns[src].value ?? 0];
      const invalid = await invalidValues(db, study, files, columnOf);
      // The last reader of the answers: a million rows of text each go before the scores are made.
      await dropAnswers(db, columns);
      for (const {name, table} of loaded) await dropSourceTable(db, name, table);
      stage("clean");
      // The report's accounts of rows first: then unit_status and lines, as long as the input, go before the scores.
      const perSource = await sourceReports(db, study, tables, columns, blanks);
      const checks = [...sourcesWithoutRows(perSource), ...(await identicalWaves(db, study))];
      const duplicated = await duplicates(db, files);
      await db.run("DROP TABLE unit_status; DROP TABLE lines");
      stage("report: sources");
      await computeScores(db, study);
      stage("scores");
      const {scores, ...others} = outputs(study);
      const file = (name: string) => join(staging, `${name}.parquet`);
      // Side by side on a thread each, as the large writes below: on every thread, the answers' copy held its
      // out-of-order batches (a million rows 63 columns wide), the ingest's memory peak.
      await copyOnOneThread(
        db,
        instance,
        Object.entries(others).map(([name, query]) => ({query, path: file(name)}))
      );
      stage("write responses, items and distributions");
      const codingReport = await writeCoding(db, coding, staging);
      stage("coding");
      const totals = perSource.reduce(
        (t, s) => ({
          rows_read: t.rows_read + s.rows_read,
          rows_kept: t.rows_kept + s.rows_kept,
          rows_excluded: t.rows_excluded + s.rows_excluded
        }),
        {rows_read: 0, rows_kept: 0, rows_excluded: 0}
      );
      const result = {
        study: study.id,
        evalbook_version: VERSION,
        totals,
        sources: perSource,
        invalid_values: invalid,
        duplicates: duplicated,
        matching: await matching(db, study),
        scores_missing: await missingScores(db, study),
        warnings: [
          ...tables.flatMap((t) => t.warnings),
          ...piiWarnings(study, tables),
          ...valueLabelWarnings(study, tables, columns),
          ...checks.map((check) => warningText(check.message, {path: check.path}))
        ],
        checks,
        coding: codingReport
      } satisfies IngestReport;
      stage("report: checks");
      const change = await writeResults(db, study, staging, stage);
      // 8 million score rows beside 4 million change rows, each on one thread: about as long.
      await copyOnOneThread(db, instance, [{query: scores, path: file("scores")}, change]);
      stage("write scores and change");
      const counted = await studySize(db, study, result.matching.participants);
      ({size, labels} = await reduceForPublishing(db, staging, publishPolicy(study), counted, study));
      stage("publish: suppress");
      return result;
    },
    // Every core: output stays byte-identical to a single-threaded run, because each written table has a total
    // ORDER BY or keeps the order of one that has (DuckDB preserves insertion order), and no SQL sums doubles.
    {memoryLimit: ingestMemory(), spill}
  );
  // Published: coders, documents and export files by their neutral labels here too, and no quoted raw value.
  const known = new Set([...codebookValues(study), ...headers]);
  await writeFile(
    join(staging, "ingest-report.json"),
    JSON.stringify(
      publishPolicy(study).published ? publishedReport(report, labels, known) : report,
      null,
      2
    ) + "\n"
  );
  // The pages read the study's size first: above INDIVIDUAL_LIMIT they never fetch the per-participant tables.
  await writeFile(
    join(staging, "study.json"),
    JSON.stringify(
      publishedStudy({...publicStudy(study, key), score_scales: scoreScales(study)}, labels, size),
      null,
      2
    ) + "\n"
  );
  // Nothing leaves the staging folder while it holds a phone number, an id number or a declared personal value.
  await assertNoPersonalData(staging, terms, {file: dir}, "personal data would be written to the outputs");
  return report;
}

/** Each scored part's scale (`instrument/subscale` → bounds, midpoint, scoring), for charts and sentences. */
function scoreScales(study: Study): Record<string, ScoreScale> {
  return Object.fromEntries(
    study.instruments.flatMap((instrument) =>
      scoredParts(instrument).map((subscale) => [
        partKey(instrument.id, subscale),
        scoreScale(instrument, subscale)
      ])
    )
  );
}
/** The files of the study the ingest reads: its output folder must neither hold them nor lie among them. */
const studyInputs = (dir: string, study: Study) => [
  join(dir, "study.yaml"),
  ...[...study.sources.surveys, ...study.sources.coding].map((source) => join(dir, source.file))
];

/** Declared PII columns that no file has: probably a typo, and then the column would not be dropped by name. */
function piiWarnings(study: Study, tables: SourceTable[]): Text[] {
  const forms = new Set(tables.flatMap((t) => t.headers.flatMap(headerForms)));
  return study.participants.pii
    .filter((name) => !forms.has(normalizeHeader(name)))
    .map((h) => ({
      en: `participants.pii lists "${h}", which no survey file has; check the spelling`,
      zh: `participants.pii 列出的“${h}”不在任何问卷文件中；请检查拼写`
    }));
}
