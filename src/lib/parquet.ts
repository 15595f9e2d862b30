// Parquet bytes → plain rows, in the browser and in Node (pure JS: DuckDB-WASM ships no Parquet reader offline).
import {parquetMetadata, parquetReadObjects, parquetScan, parquetSchema} from "hyparquet";
import {compressors} from "hyparquet-compressors";

export type ColumnKind = "string" | "number" | "boolean";

export interface ParquetTable {
  /** Column name → kind, in file order. */
  columns: Record<string, ColumnKind>;
  rows: Record<string, string | number | boolean | null>[];
}

function kindOf(type: string | undefined): ColumnKind {
  if (type === "BOOLEAN") return "boolean";
  if (type === "BYTE_ARRAY" || type === "FIXED_LEN_BYTE_ARRAY") return "string";
  return "number";
}

/** Decodes a whole Parquet file; INT64 values become numbers (our tables never need 64-bit integers). */
export async function readParquet(bytes: ArrayBuffer): Promise<ParquetTable> {
  const metadata = parquetMetadata(bytes);
  const columns = Object.fromEntries(
    parquetSchema(metadata).children.map((child) => [child.element.name, kindOf(child.element.type)])
  );
  const rows = await parquetReadObjects({file: bytes, metadata, compressors});
  for (const row of rows) {
    for (const key in row) if (typeof row[key] === "bigint") row[key] = Number(row[key]);
  }
  return {columns, rows};
}

/** A column's values, one row group at a time, from `rowStart` (0-based); INT64 values as numbers. */
export type ColumnRuns = AsyncIterable<{values: ArrayLike<unknown>; rowStart: number}>;

/**
 * A Parquet file read column by column, without building rows: `runs(name)` decodes that column afresh each
 * time it is iterated, so a million-row table is never in memory as objects.
 */
export async function parquetColumns(
  bytes: ArrayBuffer
): Promise<{names: string[]; runs: (name: string) => ColumnRuns}> {
  const metadata = parquetMetadata(bytes);
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const scan = await parquetScan({file: bytes, metadata, compressors});
  async function* runs(column: string) {
    for (const {rowStart, rowEnd} of scan.ranges) {
      const values = await scan.readColumn({column, rowStart, rowEnd});
      const plain = Array.prototype.some.call(values, (v) => typeof v === "bigint")
        ? Array.from(values as ArrayLike<unknown>, (v) => (typeof v === "bigint" ? Number(v) : v))
        : values;
      yield {values: plain, rowStart};
    }
  }
  return {names, runs};
}

/** Fetches and decodes a Parquet file. */
export async function fetchParquet(url: string): Promise<ParquetTable> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return readParquet(await response.arrayBuffer());
}
