// Every source file → rows of one table `units` (participant × wave, item answers as text) plus `lines`,
// which ties each input row to its unit so every row can be accounted for.
import type {DuckDBConnection} from "@duckdb/node-api";
import {InputError} from "../errors.js";
import {ident, literal} from "../duckdb.js";
import type {Study, SurveySource} from "../study/schema.js";
import {findColumn, findItemColumn, headerMatches, normalizeHeader} from "./columns.js";
import {cell, type SourceTable} from "./source-table.js";
import {answerText} from "./values.js";
import {valuesOf, type AnswerCells} from "./answer-values.js";

/** Headers that hold the submission time, for keeping the latest of duplicate submissions. */
const SUBMITTED_HEADERS = [
  "提交答卷时间",
  "提交时间",
  "RecordedDate",
  "EndDate",
  "Timestamp",
  "结束答题时间"
];
const TIME_FORMATS = [
  "%Y/%m/%d %H:%M:%S",
  "%Y-%m-%d %H:%M:%S",
  "%Y/%m/%d %H:%M",
  "%Y-%m-%d %H:%M",
  "%m/%d/%Y %H:%M:%S",
  "%m/%d/%Y %H:%M",
  "%Y-%m-%dT%H:%M:%S"
];

export const allItems = (study: Study) => study.instruments.flatMap((i) => i.items);

/** The columns a source uses, by index. */
export interface SourceColumns {
  participant: number;
  group?: number;
  wave?: number;
  submitted?: number;
  /** item id → column index, for the items this file holds. */
  items: Map<string, number>;
  /** Long files: item id and value columns. */
  item?: number;
  value?: number;
}

/**
 * `units` holds each unit's head (source, row, ids, wave, group, submission time); its answers stay in the source's
 * own table, reached through the view `answers` (see {@link createAnswersView}): one copy of a million rows of text,
 * not three.
 */
export async function createUnitTables(db: DuckDBConnection): Promise<void> {
  await db.run(
    `CREATE TABLE units (_src INTEGER, _row INTEGER, pid VARCHAR, grp_raw VARCHAR, grp VARCHAR, wave_raw VARCHAR, wave VARCHAR, submitted TIMESTAMP)`
  );
  await db.run(`CREATE TABLE lines (_src INTEGER, _row INTEGER, unit_row INTEGER, reason VARCHAR)`);
}

/** The relation of source `index`'s answers, `(_src, _row, <item> VARCHAR, …)`, keyed like its units. */
const answersOf = (index: number) => ident(`answers${index}`);

/**
 * `answers(_src, _row, <item> VARCHAR, …)`: every source's answer texts (missing markers as NULL), one row a unit;
 * `unit_values`: their valid values (answer-values.ts).
 */
export async function createAnswersView(db: DuckDBConnection, sources: number): Promise<void> {
  const union = (of: (i: number) => string) =>
    Array.from({length: sources}, (_, i) => `SELECT * FROM ${of(i)}`).join(" UNION ALL ");
  await db.run(`CREATE VIEW answers AS ${union(answersOf)}`);
  await db.run(`CREATE VIEW unit_values AS ${union(valuesOf)}`);
}

/** Drops `answers`, `unit_values` and what they read from each source (the source tables themselves stay). */
export async function dropAnswers(db: DuckDBConnection, sources: SourceColumns[]): Promise<void> {
  await db.run("DROP VIEW unit_values; DROP VIEW answers");
  for (const [i, columns] of sources.entries()) {
    await db.run(`DROP VIEW ${valuesOf(i)}`);
    await db.run(`DROP ${columns.item === undefined ? "VIEW" : "TABLE"} ${answersOf(i)}`);
  }
}

/**
 * Where source `index`'s answers are converted from: a wide file's own cells in its table `raw` (each cell's text
 * made as its `answers` view makes it), a long file's pivoted answer texts.
 */
export function answerCells(
  study: Study,
  source: SurveySource,
  index: number,
  raw: string,
  columns: SourceColumns
): AnswerCells {
  if (columns.item !== undefined) {
    return {
      relation: answersOf(index),
      cells: new Map(allItems(study).map((item) => [item.id, ident(item.id)])),
      text: (cell) => cell
    };
  }
  return {
    relation: ident(raw),
    cells: new Map([...columns.items].map(([item, column]) => [item, cell(column)])),
    text: (expr) => answerText(expr, source.format)
  };
}

/** Resolves the columns of `source` in `table`; instruments the file does not mention are skipped. */
export function resolveColumns(
  study: Study,
  source: SurveySource,
  index: number,
  table: SourceTable
): SourceColumns {
  const where = (path: string) => ({file: table.file, path: `sources.surveys[${index}] → ${path}`});
  const {participants} = study;
  const participantColumn =
    source.format === "long" ? (source.columns?.participant ?? participants.id) : participants.id;
  const columns: SourceColumns = {
    participant: findColumn(table.headers, participantColumn, where("participants.id")),
    items: new Map()
  };
  if (!source.group && participants.group)
    columns.group = findColumn(table.headers, participants.group, where("participants.group"));
  const waveColumn = source.columns?.wave ?? participants.wave;
  if (!source.wave && waveColumn)
    columns.wave = findColumn(table.headers, waveColumn, where("participants.wave"));
  if (participants.submitted)
    columns.submitted = findColumn(table.headers, participants.submitted, where("participants.submitted"));
  else {
    const auto = table.headers.findIndex((h) => SUBMITTED_HEADERS.includes(normalizeHeader(h)));
    if (auto >= 0) columns.submitted = auto;
  }
  // A long file without an item column holds one row per participant × wave with the items as columns.
  const itemColumn = source.columns?.item ?? "item";
  if (
    source.format === "long" &&
    (source.columns?.item || table.headers.some((h) => headerMatches(h, itemColumn)))
  ) {
    columns.item = findColumn(table.headers, itemColumn, where("columns.item"));
    columns.value = findColumn(table.headers, source.columns?.value ?? "value", where("columns.value"));
    return columns;
  }
  for (const [i, instrument] of study.instruments.entries()) {
    const found = instrument.items.map((item, j) => {
      try {
        return findItemColumn(
          table.columns,
          item,
          where(`instruments[${i}].items[${j}]`),
          source.item_columns
        );
      } catch (error) {
        return error as InputError;
      }
    });
    const located = found.filter((f): f is number => typeof f === "number");
    if (!located.length) continue; // this file does not hold this instrument
    const missing = found.find((f) => f instanceof InputError);
    if (missing) throw missing;
    instrument.items.forEach((item, j) => columns.items.set(item.id, found[j] as number));
  }
  if (!columns.items.size) {
    throw new InputError(
      "none of the study's items was found in this file",
      {file: table.file},
      "check the file is the questionnaire export and that items map to its headers (column, number or position)"
    );
  }
  return columns;
}

/** SQL mapping a raw text to a declared id by id, value or label; NULL when unknown. */
function mapping(
  expr: string,
  choices: {id: string; value?: string | number; label?: {zh?: string; en?: string}}[]
): string {
  if (!choices.length) return `nullif(trim(${expr}), '')`;
  const whens = choices.flatMap((c) =>
    [c.id, c.value, c.label?.zh, c.label?.en]
      .filter((v) => v !== undefined)
      .map((v) => `WHEN ${literal(String(v))} THEN ${literal(c.id)}`)
  );
  return `CASE trim(${expr}) ${[...new Set(whens)].join(" ")} END`;
}

function submittedSql(columns: SourceColumns): string {
  if (columns.submitted === undefined) return "NULL::TIMESTAMP";
  return `try_strptime(trim(${cell(columns.submitted)}), [${TIME_FORMATS.map(literal).join(", ")}])`;
}

/**
 * Adds the units and lines of source `index` (loaded as table `raw`) to `units` and `lines`, and makes its answers
 * relation: a view of `raw` for a wide file, a table of the pivoted answers for a long one.
 */
export async function addUnits(
  db: DuckDBConnection,
  study: Study,
  source: SurveySource,
  index: number,
  raw: string,
  columns: SourceColumns
): Promise<void> {
  const groupRaw = source.group
    ? literal(source.group)
    : columns.group !== undefined
      ? cell(columns.group)
      : "'all'";
  const group = source.group
    ? literal(source.group)
    : columns.group !== undefined
      ? mapping(cell(columns.group), study.groups)
      : "'all'";
  const waveRaw = source.wave ? literal(source.wave) : cell(columns.wave!);
  const wave = source.wave ? literal(source.wave) : mapping(cell(columns.wave!), study.waves);
  const pid = `nullif(trim(${cell(columns.participant)}), '')`;
  const head = `${index}, _row, ${pid}, ${groupRaw}, ${group}, ${waveRaw}, ${wave}, ${submittedSql(columns)}`;
  const items = allItems(study);
  if (columns.item === undefined) {
    const texts = items.map(
      (item) =>
        `${columns.items.has(item.id) ? answerText(cell(columns.items.get(item.id)!), source.format) : "NULL::VARCHAR"} AS ${ident(item.id)}`
    );
    await db.run(`INSERT INTO units SELECT ${head} FROM ${ident(raw)}`);
    await db.run(`INSERT INTO lines SELECT ${index}, _row, _row, NULL FROM ${ident(raw)}`);
    await db.run(
      `CREATE VIEW ${answersOf(index)} AS SELECT ${index} AS _src, _row, ${texts.join(", ")} FROM ${ident(raw)}`
    );
    return;
  }
  // Long files: one line per answer; a unit is a participant × wave, its row the first of its lines.
  const known = items.map((item) => literal(item.id)).join(", ");
  await db.run(
    `CREATE TEMP TABLE long_lines AS
     SELECT _row, ${pid} AS pid, ${groupRaw} AS grp_raw, ${group} AS grp, ${waveRaw} AS wave_raw, ${wave} AS wave,
            ${submittedSql(columns)} AS submitted, trim(${cell(columns.item!)}) AS item,
            ${answerText(cell(columns.value!), source.format)} AS answer
     FROM ${ident(raw)}`
  );
  await db.run(
    `CREATE TEMP TABLE long_ranked AS
     SELECT *, CASE
         WHEN pid IS NULL THEN 'no participant id'
         WHEN item IS NULL OR NOT list_contains([${known}], item) THEN 'unknown item ''' || coalesce(item, '') || ''''
       END AS line_reason,
       row_number() OVER (PARTITION BY pid, wave_raw, item ORDER BY _row DESC) AS rk
     FROM long_lines`
  );
  await db.run(
    `CREATE TEMP TABLE long_units AS
     SELECT pid, wave_raw, min(_row) AS unit_row FROM long_ranked WHERE line_reason IS NULL GROUP BY pid, wave_raw`
  );
  await db.run(
    `INSERT INTO lines
     SELECT ${index}, l._row, coalesce(u.unit_row, l._row),
            coalesce(l.line_reason, CASE WHEN l.rk > 1 THEN 'repeated answer to item ' || l.item || ' (kept a later row)' END)
     FROM long_ranked l LEFT JOIN long_units u ON l.pid = u.pid AND l.wave_raw IS NOT DISTINCT FROM u.wave_raw`
  );
  const pivot = items
    .map((item) => `max(answer) FILTER (WHERE item = ${literal(item.id)} AND rk = 1) AS ${ident(item.id)}`)
    .join(", ");
  const unitLines = `FROM long_ranked l JOIN long_units u ON l.pid = u.pid AND l.wave_raw IS NOT DISTINCT FROM u.wave_raw
     WHERE l.line_reason IS NULL`;
  await db.run(
    `INSERT INTO units
     SELECT ${index}, u.unit_row, l.pid, any_value(l.grp_raw), any_value(l.grp), l.wave_raw, any_value(l.wave), max(l.submitted)
     ${unitLines} GROUP BY u.unit_row, l.pid, l.wave_raw`
  );
  await db.run(
    `CREATE TABLE ${answersOf(index)} AS SELECT ${index} AS _src, u.unit_row AS _row, ${pivot}
     ${unitLines} GROUP BY u.unit_row`
  );
  await db.run("DROP TABLE long_lines; DROP TABLE long_ranked; DROP TABLE long_units");
}
