// Parquet bytes → plain rows, in the browser and in Node (pure JS: DuckDB-WASM ships no Parquet reader offline).
import {parquetMetadata, parquetReadObjects, parquetSchema} from "hyparquet";
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

/** Fetches and decodes a Parquet file. */
export async function fetchParquet(url: string): Promise<ParquetTable> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return readParquet(await response.arrayBuffer());
}
