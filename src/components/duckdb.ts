// One DuckDB-WASM database per page, created on first query, served from the site itself (no CDN).
import type * as duckdb from "@duckdb/duckdb-wasm";
import {fetchParquet, type ColumnKind, type ParquetTable} from "../lib/parquet.js";

/** A query result as plain objects; BIGINT columns arrive as numbers, not BigInt. */
export type Row = Record<string, unknown>;

/** A result with each column's Arrow type as DuckDB gave it ("Int64", "Float64", "Decimal[18e2]", "Utf8", …). */
export interface TypedResult {
  rows: Row[];
  types: Record<string, string>;
}

export interface StudyDatabase {
  /** Runs one SQL statement and returns its rows. */
  query(text: string): Promise<Row[]>;
  /** Runs one SQL statement and returns its rows with the column types, so numbers print as the query made them. */
  typedQuery(text: string): Promise<TypedResult>;
  /** Tagged template: values are bound as parameters, never spliced into the SQL text. */
  sql(strings: TemplateStringsArray, ...values: unknown[]): Promise<Row[]>;
  /** The underlying connection with every table loaded, for Arrow results or prepared statements. */
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

function toTyped(table: {
  toArray(): Array<{toJSON(): Row}>;
  schema: {fields: {name: string; type: {toString(): string}}[]};
}): TypedResult {
  return {
    rows: toRows(table),
    types: Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]))
  };
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

/** The tables of `names` that `text` mentions as a word (`scores`, not `scores_x`): the ones a statement needs. */
export function tablesNamed(text: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(^|[^A-Za-z0-9_])${name}($|[^A-Za-z0-9_])`, "i").test(text));
}

/**
 * A lazy database over named Parquet files: nothing loads until the first query, then each table is fetched
 * once, when a statement first names it, decoded in JS and inserted as a table of the same name (DuckDB-WASM's
 * own Parquet reader is an extension fetched from the internet, which our users cannot reach). A query of the
 * summary tables never waits for a city-wide study's per-participant ones. Pass URLs as
 * `FileAttachment("x.parquet").href`: a bare `FileAttachment("x.parquet")` makes Framework add its own Parquet
 * reader from a CDN.
 */
export function studyDatabase(tables: Record<string, string>): StudyDatabase {
  const names = Object.keys(tables);
  let opened: Promise<duckdb.AsyncDuckDBConnection> | undefined;
  const open = () => (opened ??= instantiate().then((db) => db.connect()));
  const loaded = new Map<string, Promise<void>>();
  /** The connection with `wanted` tables loaded. */
  const withTables = async (wanted: readonly string[]) => {
    const conn = await open();
    const load = (name: string) => {
      if (!loaded.has(name)) {
        loaded.set(
          name,
          fetchParquet(tables[name])
            .then(async (table) => {
              await conn.insertArrowTable(await toArrow(table), {name, create: true});
            })
            .catch((error: unknown) => {
              loaded.delete(name); // a failed fetch is tried again by the next statement naming the table
              throw error;
            })
        );
      }
      return loaded.get(name)!;
    };
    await Promise.all(wanted.map(load));
    return conn;
  };
  const run = async (text: string) => (await withTables(tablesNamed(text, names))).query(text);
  return {
    connection: () => withTables(names),
    query: async (text) => toRows(await run(text)),
    typedQuery: async (text) => toTyped(await run(text)),
    async sql(strings, ...values) {
      const conn = await withTables(tablesNamed(strings.join(" "), names));
      const statement = await conn.prepare(strings.join("?"));
      try {
        return toRows(await statement.query(...values));
      } finally {
        await statement.close();
      }
    }
  };
}
