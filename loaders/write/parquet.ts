// Typed rows → Parquet bytes (zstd), through native DuckDB so column types are exact and output is deterministic.
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {DuckDBAppender, DuckDBConnection} from "@duckdb/node-api";
import {ident, literal, withDuckDB} from "../duckdb.js";

export type ColumnType = "VARCHAR" | "DOUBLE" | "INTEGER" | "BOOLEAN";

/** A table to write: column name → type (in output order), and rows keyed by those names. */
export interface TableSpec {
  columns: Record<string, ColumnType>;
  rows: ReadonlyArray<Record<string, unknown>>;
}

function append(appender: DuckDBAppender, type: ColumnType, value: unknown): void {
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) {
    appender.appendNull();
  } else if (type === "VARCHAR") appender.appendVarchar(String(value));
  else if (type === "DOUBLE") appender.appendDouble(Number(value));
  else if (type === "INTEGER") appender.appendInteger(Number(value));
  else appender.appendBoolean(Boolean(value));
}

/** Loads `spec` into a new table `name` on `db`. */
export async function loadTable(db: DuckDBConnection, name: string, spec: TableSpec): Promise<void> {
  const columns = Object.entries(spec.columns);
  await db.run(`CREATE TABLE ${ident(name)} (${columns.map(([c, t]) => `${ident(c)} ${t}`).join(", ")})`);
  const appender = await db.createAppender(name);
  for (const row of spec.rows) {
    for (const [column, type] of columns) append(appender, type, row[column]);
    appender.endRow();
  }
  appender.closeSync();
}

/** Copies the result of `query` to a Parquet file at `path`. */
export async function copyToParquet(db: DuckDBConnection, query: string, path: string): Promise<void> {
  await db.run(`COPY (${query}) TO ${literal(path)} (FORMAT parquet, COMPRESSION zstd)`);
}

/** Writes `spec` as Parquet and returns the file's bytes. */
export async function writeParquet(spec: TableSpec): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "evalbook-"));
  try {
    const path = join(dir, "table.parquet");
    await withDuckDB(
      async (db) => {
        await loadTable(db, "t", spec);
        await copyToParquet(db, "SELECT * FROM t", path);
      },
      {threads: 1}
    );
    return await readFile(path);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}
