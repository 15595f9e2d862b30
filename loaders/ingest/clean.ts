// units → clean: exclusions with reasons, duplicate submissions (latest kept), pseudonyms, invalid answers set missing.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import type {Study} from "../study/schema.js";
import type {IngestReport, InvalidValue} from "./report.js";
import {invalidAnswerText} from "./report.js";
import {pseudonymSql} from "./pseudonym.js";
import {statusMacro} from "./values.js";

/** How many invalid answers the report lists one by one (all are counted). */
const LISTED_INVALID = 500;

/**
 * Builds `unit_status` (each unit's exclusion reason) and `clean` (kept units' valid answers from `unit_values`,
 * pseudonymised; then {@link CLEAN_KEYS}), a view of `clean_rows`.
 */
export async function cleanUnits(
  db: DuckDBConnection,
  study: Study,
  key: string,
  files: string[]
): Promise<void> {
  const fileName = `[${files.map(literal).join(", ")}][_src + 1]`;
  await db.run(
    `CREATE TABLE unit_status AS
     WITH ranked AS (
       SELECT *, row_number() OVER (PARTITION BY pid, wave ORDER BY submitted DESC NULLS LAST, _src DESC, _row DESC) AS rk,
              first_value(_src) OVER w AS kept_src, first_value(_row) OVER w AS kept_row
       FROM units
       WINDOW w AS (PARTITION BY pid, wave ORDER BY submitted DESC NULLS LAST, _src DESC, _row DESC)
     )
     SELECT *, ${pseudonymSql(key, study.id, "pid")} AS participant, CASE
         WHEN pid IS NULL THEN 'no participant id'
         WHEN wave IS NULL THEN 'wave ''' || coalesce(wave_raw, '') || ''' is not declared in study.yaml'
         WHEN grp IS NULL THEN 'group ''' || coalesce(grp_raw, '') || ''' is not declared in study.yaml'
         WHEN rk > 1 THEN 'duplicate submission (kept ' || ${fileName.replace("_src", "kept_src")} || ' row ' || kept_row || ')'
       END AS reason
     FROM ranked`
  );
  const items = study.instruments.flatMap((instrument) =>
    instrument.items.map((item) => ({column: ident(item.id), type: storedType(instrument)}))
  );
  const waveOrder = `CASE wave ${study.waves.map((w, i) => `WHEN ${literal(w.id)} THEN ${i}`).join(" ")} END`;
  await db.run(
    `CREATE TABLE ${CLEAN_ROWS} AS
     SELECT participant, grp AS "group", wave, ${items.map(({column, type}) => `${column}::${type} AS ${column}`).join(", ")},
            _src, _row, _invalid
     FROM unit_status JOIN unit_values USING (_src, _row) WHERE reason IS NULL
     ORDER BY participant, ${waveOrder}`
  );
  await db.run(
    `CREATE VIEW clean AS
     SELECT participant, "group", wave, ${items.map(({column}) => `${column}::DOUBLE AS ${column}`).join(", ")},
            _src, _row, _invalid
     FROM ${CLEAN_ROWS}`
  );
}

/** The table behind `clean`: the answers as stored, small integers on whole scales (for exact integer sums). */
export const CLEAN_ROWS = "clean_rows";

/**
 * How `clean_rows` stores an instrument's valid answers: a whole scale's in the narrowest integer type that holds
 * them (a million rows × 60 answers: 60 MB, not 480), read back as the same DOUBLEs through `clean`.
 */
function storedType({scale}: Study["instruments"][number]): string {
  const bound = Math.max(Math.abs(scale.min), Math.abs(scale.max));
  if (!scale.whole || !(bound < 2 ** 31)) return "DOUBLE";
  return bound < 2 ** 7 ? "TINYINT" : bound < 2 ** 15 ? "SMALLINT" : "INTEGER";
}

/** Drops `clean` and the rows behind it. */
export async function dropClean(db: DuckDBConnection): Promise<void> {
  await db.run(`DROP VIEW clean; DROP TABLE ${CLEAN_ROWS}`);
}

/** `clean`'s own columns: where each unit came from, and how many of its answers were invalid. */
export const CLEAN_KEYS = ["_src", "_row", "_invalid"];

/** Pseudonyms must stay distinct: a collision would merge two people. */
export async function checkPseudonyms(db: DuckDBConnection): Promise<void> {
  const reader = await db.runAndReadAll(
    "SELECT count(DISTINCT pid)::INT AS ids, count(DISTINCT participant)::INT AS pseudonyms FROM unit_status WHERE pid IS NOT NULL"
  );
  const [{ids, pseudonyms}] = reader.getRowObjectsJson() as {ids: number; pseudonyms: number}[];
  if (ids !== pseudonyms) throw new Error(`pseudonym collision: ${ids} ids gave ${pseudonyms} pseudonyms`);
}

/** Invalid answers in kept units: counted, and the first ones listed with file, row and column. */
export async function invalidValues(
  db: DuckDBConnection,
  study: Study,
  files: string[],
  columnOf: (src: number, item: string) => string
): Promise<IngestReport["invalid_values"]> {
  const [[total]] = (
    await db.runAndReadAll(`SELECT coalesce(sum(_invalid), 0)::INTEGER FROM clean`)
  ).getRows() as [[number]];
  // Each flagged unit holds at least one, so the first units hold the first listed: only their answers are read,
  // through a filter of constants that reaches below the `answers` view (a join would convert every row's answers).
  const first = (
    await db.runAndReadAll(
      `SELECT _src, _row FROM clean WHERE _invalid > 0 ORDER BY _src, _row LIMIT ${LISTED_INVALID}`
    )
  ).getRows() as [number, number][];
  const sources = [...new Set(first.map(([src]) => src))];
  const units = sources.map(
    (src) =>
      `(_src = ${src} AND _row IN (${first.flatMap(([s, row]) => (s === src ? [row] : [])).join(", ")}))`
  );
  await db.run(`CREATE TEMP TABLE flagged AS SELECT * FROM answers WHERE ${units.join(" OR ") || "false"}`);
  const parts = study.instruments.map((instrument) => {
    const items = instrument.items.map((i) => ident(i.id)).join(", ");
    return `SELECT _src, _row, item, answer, ${statusMacro(instrument.id)}(answer) AS status
            FROM (UNPIVOT (SELECT _src, _row, ${items} FROM flagged) ON ${items} INTO NAME item VALUE answer)
            WHERE ${statusMacro(instrument.id)}(answer) IN ('not_a_number', 'not_a_whole_number', 'out_of_range')`;
  });
  await db.run(`CREATE TEMP TABLE invalid AS ${parts.join(" UNION ALL ")}`);
  const rows = (
    await db.runAndReadAll(
      `SELECT _src, _row, item, answer, status FROM invalid ORDER BY _src, _row, item LIMIT ${LISTED_INVALID}`
    )
  ).getRowObjectsJson() as {
    _src: number;
    _row: number;
    item: string;
    answer: string;
    status: InvalidValue["reason"];
  }[];
  await db.run("DROP TABLE invalid; DROP TABLE flagged");
  return {
    count: total,
    listed: rows.map((r) => ({
      file: files[r._src],
      row: r._row,
      column: columnOf(r._src, r.item),
      item: r.item,
      value: invalidAnswerText(r.answer),
      reason: r.status
    }))
  };
}
