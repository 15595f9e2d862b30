// The values that identify a participant in the raw exports: participant ids and every personal-data column.
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, withDuckDB} from "../duckdb.js";
import {headerIn} from "../ingest/columns.js";
import {readSource} from "../ingest/read-source.js";
import {cell, loadSourceTable, type SourceTable} from "../ingest/source-table.js";
import {resolveColumns, type SourceColumns} from "../ingest/units.js";
import {loadStudy} from "../study/load.js";
import type {Study} from "../study/schema.js";

/** One raw export as loaded into DuckDB (`name(_row, c0, c1, …)`), with its resolved columns. */
export interface LoadedSource {
  name: string;
  table: SourceTable;
  columns: SourceColumns;
}

/** Columns of `table` that identify people: the participant id, `participants.pii`, and headers the reader marked as personal. */
export function identifyingColumns(study: Study, table: SourceTable, columns: SourceColumns): number[] {
  const declared = headerIn(study.participants.pii);
  const personal = table.columns.flatMap((column, i) =>
    column.role === "pii" || declared(column.header) ? [i] : []
  );
  return [...new Set([columns.participant, ...personal])].sort((a, b) => a - b);
}

/** Identifying columns read per query: one scan of the table each, a bounded plan however many columns. */
const COLUMNS_PER_QUERY = 128;

/**
 * The distinct non-empty values of every identifying column of every source, read from DuckDB (any file size).
 * Columns are read in batches, each one scan unnesting a list of cells per row: a query of one branch per column
 * planned 10,000 branches for an export with 10,000 personal columns (child_name_1 …), 18 GB, and a query per
 * column took 10,000 scans.
 */
export async function declaredValues(
  db: DuckDBConnection,
  study: Study,
  sources: LoadedSource[]
): Promise<string[]> {
  await db.run("CREATE OR REPLACE TEMP TABLE declared_values (v VARCHAR)");
  for (const {name, table, columns} of sources) {
    const identifying = identifyingColumns(study, table, columns);
    for (let from = 0; from < identifying.length; from += COLUMNS_PER_QUERY) {
      const cells = identifying.slice(from, from + COLUMNS_PER_QUERY).map(cell);
      await db.run(`INSERT INTO declared_values SELECT DISTINCT trim(v) AS t
        FROM (SELECT unnest([${cells.join(", ")}]) AS v FROM ${ident(name)}) WHERE t IS NOT NULL AND t <> ''`);
    }
  }
  const reader = await db.runAndReadAll("SELECT DISTINCT v FROM declared_values ORDER BY v");
  await db.run("DROP TABLE declared_values");
  return reader.getRowObjectsJson().map((row) => String(row.v));
}

/** The identifying values of the study in `dir`, read again from its raw exports (for scanning the built site). */
export async function studyDeclaredValues(dir: string): Promise<{study: Study; values: string[]}> {
  const study = await loadStudy(dir);
  const sources = study.sources.surveys;
  const tables: SourceTable[] = [];
  for (const source of sources) tables.push(await readSource(join(dir, source.file), source));
  const values = await withDuckDB(
    async (db) => {
      const loaded = tables.map((table, i) => ({
        name: `raw${i}`,
        table,
        columns: resolveColumns(study, sources[i]!, i, table)
      }));
      for (const {name, table} of loaded) await loadSourceTable(db, name, table);
      return declaredValues(db, study, loaded);
    },
    {threads: 1}
  );
  return {study, values};
}
