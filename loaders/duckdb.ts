// Native DuckDB for loaders: one in-memory database per call, closed when the work is done.
import {DuckDBConnection, DuckDBInstance} from "@duckdb/node-api";

/**
 * Waits for every one of `work` (queries on connections of one database, closed once they end), then throws the
 * first failure: `Promise.all` would throw at once and let a connection close under a query still running.
 */
export async function allEnded<T>(work: readonly Promise<T>[]): Promise<T[]> {
  const ended = await Promise.allSettled(work);
  const failed = ended.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return ended.map((result) => (result as PromiseFulfilledResult<T>).value);
}

/**
 * Runs `work` with a fresh in-memory connection (and its database, for more connections); single-threaded writes
 * keep Parquet output byte-stable. With `memoryLimit` (DuckDB's syntax: "1GB") DuckDB spills what does not fit into
 * `spill`, a folder of the caller's.
 */
export async function withDuckDB<T>(
  work: (db: DuckDBConnection, instance: DuckDBInstance) => Promise<T>,
  {threads, memoryLimit, spill}: {threads?: number; memoryLimit?: string; spill?: string} = {}
): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:", {
    ...(threads ? {threads: String(threads)} : {}),
    ...(memoryLimit ? {memory_limit: memoryLimit} : {}),
    // Never DuckDB's default (.tmp in the working folder): spilled tables hold raw answers and ids.
    ...(spill ? {temp_directory: spill} : {})
  });
  const connection = await instance.connect();
  try {
    return await work(connection, instance);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Quotes an identifier for SQL (`"a""b"`). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for SQL (`'a''b'`). */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A number as a SQL DOUBLE: its shortest round-trip text cast back (the same double, -0 kept); NULL for null and,
 * as tables load them (write/parquet.ts), for NaN and ±Infinity.
 */
export function doubleLiteral(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "NULL::DOUBLE";
  return `${literal(Object.is(value, -0) ? "-0" : String(value))}::DOUBLE`;
}
