// A survey export as the pipeline sees it, and how it gets into DuckDB: row by row, or (large UTF-8 CSV) by DuckDB's own reader.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident} from "../duckdb.js";
import type {SurveyTable} from "../read/survey-table.js";
import {csvRows, csvTexts, loadLargeCsv} from "./large-csv.js";

/**
 * A read export. `csv` marks a large UTF-8 CSV that DuckDB reads itself (then `rows` is empty and row numbers
 * count records: header = 1).
 */
export type SourceTable = SurveyTable & {csv?: {path: string; delimiter: string}};

/** SQL name of column `index` of a raw table. */
export const cell = (index: number) => ident(`c${index}`);

/**
 * Loads `table` into DuckDB as `name(_row INTEGER, c0 VARCHAR, c1 VARCHAR, …)`. A large CSV (large-csv.ts) keeps
 * only the `used` columns (by index; all without), its `answers` columns perhaps as an ENUM of their texts.
 */
export async function loadSourceTable(
  db: DuckDBConnection,
  name: string,
  table: SourceTable,
  {answers = [], used}: {answers?: readonly number[]; used?: readonly number[]} = {}
): Promise<void> {
  if (table.csv) {
    await loadLargeCsv(db, name, {
      file: table.file,
      ...table.csv,
      width: table.headers.length,
      answers,
      used
    });
    return;
  }
  const columns = table.headers.map((_, i) => `${cell(i)} VARCHAR`);
  await db.run(`CREATE TABLE ${ident(name)} (_row INTEGER${columns.map((c) => ", " + c).join("")})`);
  const appender = await db.createAppender(name);
  for (const [r, row] of table.rows.entries()) {
    appender.appendInteger(table.rowNumbers[r]);
    for (let c = 0; c < table.headers.length; c++) {
      const value = row[c];
      if (value === null || value === undefined) appender.appendNull();
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** Drops what {@link loadSourceTable} made for `table` as `name`. */
export async function dropSourceTable(db: DuckDBConnection, name: string, table: SourceTable): Promise<void> {
  await db.run(
    table.csv
      ? `DROP VIEW ${ident(name)}; DROP TABLE ${csvRows(name)}; DROP TYPE IF EXISTS ${csvTexts(name)}`
      : `DROP TABLE ${ident(name)}`
  );
}
