// Typed rows → Parquet bytes (zstd), through native DuckDB so column types are exact and output is deterministic.
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {BOOLEAN, DOUBLE, DuckDBDataChunk, INTEGER, VARCHAR} from "@duckdb/node-api";
import type {DuckDBConnection, DuckDBInstance, DuckDBValue} from "@duckdb/node-api";
import {allEnded, ident, literal, withDuckDB} from "../duckdb.js";

export type ColumnType = "VARCHAR" | "DOUBLE" | "INTEGER" | "BOOLEAN";

/** A table to write: column name → type (in output order), and rows keyed by those names. */
export interface TableSpec {
  columns: Record<string, ColumnType>;
  rows: ReadonlyArray<Record<string, unknown>>;
}

/** A column to load: its name, type and values (null, undefined and non-finite numbers load as NULL). */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  values: ArrayLike<unknown>;
}

const DUCKDB_TYPES = {VARCHAR, DOUBLE, INTEGER, BOOLEAN};
const CONVERT: Record<ColumnType, (value: unknown) => DuckDBValue> = {
  VARCHAR: String,
  DOUBLE: Number,
  INTEGER: Number,
  BOOLEAN: Boolean
};

/**
 * Loads equally long `columns` into a new table `name`, a data chunk (2048 rows) at a time: numbers are copied
 * into the chunk's buffers in JS instead of one native call per value, which is what makes a million rows cheap.
 */
export async function loadColumns(
  db: DuckDBConnection,
  name: string,
  columns: readonly ColumnSpec[]
): Promise<void> {
  await db.run(
    `CREATE TABLE ${ident(name)} (${columns.map((c) => `${ident(c.name)} ${c.type}`).join(", ")})`
  );
  const appender = await db.createAppender(name);
  const types = columns.map((c) => DUCKDB_TYPES[c.type]);
  const rows = columns[0]?.values.length ?? 0;
  const size = Math.min(rows, 2048);
  for (let start = 0; start < rows; start += size) {
    const count = Math.min(size, rows - start);
    const chunk = DuckDBDataChunk.create(types, count);
    columns.forEach(({type, values}, j) => {
      const convert = CONVERT[type];
      const slice = new Array<DuckDBValue>(count);
      for (let i = 0; i < count; i++) {
        const value = values[start + i];
        slice[i] =
          value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))
            ? null
            : convert(value);
      }
      chunk.setColumnValues(j, slice);
    });
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

/** Loads `spec` into a new table `name` on `db`. */
export async function loadTable(db: DuckDBConnection, name: string, spec: TableSpec): Promise<void> {
  const columns = Object.entries(spec.columns).map(([column, type]) => ({
    name: column,
    type,
    values: spec.rows.map((row) => row[column])
  }));
  await loadColumns(db, name, columns);
}

/** Copies the result of `query` to a Parquet file at `path`. */
export async function copyToParquet(db: DuckDBConnection, query: string, path: string): Promise<void> {
  await db.run(`COPY (${query}) TO ${literal(path)} (FORMAT parquet, COMPRESSION zstd)`);
}

/** A Parquet file to write: the query, and where. */
export interface ParquetCopy {
  query: string;
  path: string;
}

/**
 * Writes tables of millions of rows with DuckDB on one thread: on more, a copy holds the batches that finish out of
 * order until their turn (~400 MB for 8 million scores). The `copies` run side by side, each on a connection of its
 * own to `instance` (the first on `db`), so the cores stay busy without that memory.
 */
export async function copyOnOneThread(
  db: DuckDBConnection,
  instance: DuckDBInstance,
  copies: readonly ParquetCopy[]
): Promise<void> {
  const threads = (await db.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]![0];
  const connections = [db, ...(await Promise.all(copies.slice(1).map(() => instance.connect())))];
  await db.run("SET threads = 1");
  try {
    await allEnded(copies.map(({query, path}, i) => copyToParquet(connections[i]!, query, path)));
  } finally {
    for (const connection of connections.slice(1)) connection.closeSync();
    await db.run(`SET threads = ${Number(threads)}`);
  }
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
