// A survey export as the pipeline sees it: text cells with the row numbers the user sees.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident} from "../duckdb.js";

export interface SourceTable {
  file: string;
  headers: string[];
  rows: (string | null)[][];
  /** Row number in the file as the user sees it (header = 1), per row. */
  rowNumbers: number[];
  encoding?: string;
  /** Columns the reader recognised as personal data (IP address, phone …), by index. */
  piiColumns?: number[];
  /** Platform metadata columns (submission time, duration, source …), by index. */
  metadataColumns?: number[];
  /** Missing-answer markers the reader already turned into null, with counts. */
  missing?: Record<string, number>;
}

/** SQL name of column `index` of a raw table. */
export const cell = (index: number) => ident(`c${index}`);

/** Loads `table` into DuckDB as `name(_row INTEGER, c0 VARCHAR, c1 VARCHAR, …)`. */
export async function loadSourceTable(db: DuckDBConnection, name: string, table: SourceTable): Promise<void> {
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
