// One DuckDB-WASM database per page, created on first query, served from the site itself (no CDN).
import type * as duckdb from "@duckdb/duckdb-wasm";
import {fetchParquet, type ColumnKind, type ParquetTable} from "../lib/parquet.js";

/** A query result as plain objects; BIGINT columns arrive as numbers, not BigInt. */
export type Row = Record<string, unknown>;

export interface StudyDatabase {
  /** Runs one SQL statement and returns its rows. */
  query(text: string): Promise<Row[]>;
  /** Tagged template: values are bound as parameters, never spliced into the SQL text. */
  sql(strings: TemplateStringsArray, ...values: unknown[]): Promise<Row[]>;
  /** The underlying connection, for Arrow results or prepared statements. */
  connection(): Promise<duckdb.AsyncDuckDBConnection>;
}

let instance: Promise<duckdb.AsyncDuckDB> | undefined;

/**
 * Loads DuckDB-WASM on first use (a dynamic import keeps it out of the first paint), exception-handling
 * build only: every browser Evalbook supports has Wasm exceptions.
 */
function instantiate(): Promise<duckdb.AsyncDuckDB> {
  return (instance ??= (async () => {
    const {AsyncDuckDB, VoidLogger} = await import("@duckdb/duckdb-wasm");
    const worker = new Worker(import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"), {
      type: "module" // Framework bundles the worker as an ES module
    });
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    await db.instantiate(import.meta.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
    // Extensions would be fetched from DuckDB's servers, which our users' networks block: fail fast instead.
    const setup = await db.connect();
    await setup.query(
      "SET GLOBAL autoinstall_known_extensions = false; SET GLOBAL autoload_known_extensions = false"
    );
    await setup.close();
    return db;
  })());
}

function toPlain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Uint8Array || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof (value as {toJSON?: unknown}).toJSON === "function")
    return toPlain((value as {toJSON(): unknown}).toJSON());
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}

function toRows(table: {toArray(): Array<{toJSON(): Row}>}): Row[] {
  return table.toArray().map((row) => toPlain(row.toJSON()) as Row);
}

/** Parquet rows → an Arrow table with exact column types (all-null columns stay typed). */
async function toArrow({columns, rows}: ParquetTable) {
  const arrow = await import("apache-arrow");
  const types: Record<ColumnKind, () => import("apache-arrow").DataType> = {
    string: () => new arrow.Utf8(),
    number: () => new arrow.Float64(),
    boolean: () => new arrow.Bool()
  };
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([name, kind]) => {
      // Not vectorFromArray: its null test is compiled with new Function, which the published site's CSP forbids.
      const builder = arrow.makeBuilder({type: types[kind]()});
      builder.isValid = (value: unknown) => value !== null && value !== undefined;
      for (const row of rows) builder.append(row[name] ?? null);
      return [name, builder.finish().toVector()];
    })
  );
  return new arrow.Table(vectors);
}

/**
 * A lazy database over named Parquet files: nothing loads until the first query, then each table is
 * fetched once, decoded in JS and inserted as a table of the same name (DuckDB-WASM's own Parquet
 * reader is an extension fetched from the internet, which our users cannot reach). Pass URLs as `FileAttachment("x.parquet").href`:
 * a bare `FileAttachment("x.parquet")` makes Framework add its own Parquet reader from a CDN.
 */
export function studyDatabase(tables: Record<string, string>): StudyDatabase {
  let ready: Promise<duckdb.AsyncDuckDBConnection> | undefined;
  const connection = () =>
    (ready ??= (async () => {
      const db = await instantiate();
      const conn = await db.connect();
      const tablesLoaded = await Promise.all(Object.values(tables).map(fetchParquet));
      const names = Object.keys(tables);
      for (const [i, table] of tablesLoaded.entries()) {
        await conn.insertArrowTable(await toArrow(table), {name: names[i], create: true});
      }
      return conn;
    })());
  const query = async (text: string) => toRows(await (await connection()).query(text));
  return {
    connection,
    query,
    async sql(strings, ...values) {
      const conn = await connection();
      const statement = await conn.prepare(strings.join("?"));
      try {
        return toRows(await statement.query(...values));
      } finally {
        await statement.close();
      }
    }
  };
}
