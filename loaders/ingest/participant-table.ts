// Scores and responses from DuckDB into the columnar ParticipantTable the result tables read: one pass over the
// rows, values straight out of DuckDB's vectors, no object per row.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident} from "../duckdb.js";
import {waveColumns, type ParticipantTable} from "../../src/lib/results/index.js";

/** Participants of `table` (it has `participant`, `group`, `wave` columns), sorted: their order fixes every index. */
export async function createPeople(db: DuckDBConnection, table: string): Promise<string[]> {
  await db.run(
    `CREATE TEMP TABLE people AS
     SELECT participant, (row_number() OVER (ORDER BY participant) - 1)::INTEGER AS idx
     FROM (SELECT DISTINCT participant FROM ${ident(table)})`
  );
  const result = await db.stream("SELECT participant FROM people ORDER BY idx");
  const participants: string[] = [];
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const vector = chunk.getColumnVector(0);
    for (let i = 0; i < chunk.rowCount; i++) participants.push(vector.getItem(i) as string);
  }
  return participants;
}

/**
 * Reads `columns` (SQL expressions giving DOUBLE, named by their key) of `table` into a ParticipantTable over
 * `participants` (made by {@link createPeople}).
 */
export async function readParticipantTable(
  db: DuckDBConnection,
  participants: string[],
  table: string,
  columns: Record<string, string>
): Promise<ParticipantTable> {
  const keys = Object.keys(columns);
  const select = Object.values(columns).map((sql) => `(${sql})::DOUBLE`);
  const result = await db.stream(
    `SELECT p.idx, t.wave, t."group"${select.map((s) => ", " + s).join("")}
     FROM ${ident(table)} t JOIN people p USING (participant)`
  );
  const waves: ParticipantTable["waves"] = new Map();
  const targets = new Map<string, Float64Array[]>();
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const [idx, wave, group] = [0, 1, 2].map((j) => chunk.getColumnVector(j));
    // Row by row: where each row goes; then column by column, straight from the vectors.
    const rows = new Int32Array(chunk.rowCount);
    const into: Float64Array[][] = [];
    for (let r = 0; r < chunk.rowCount; r++) {
      const id = wave.getItem(r) as string;
      if (!waves.has(id)) {
        const columnsAt = waveColumns(participants.length, keys);
        waves.set(id, columnsAt);
        targets.set(id, [...columnsAt.values.values()]);
      }
      rows[r] = idx.getItem(r) as number;
      waves.get(id)!.groups[rows[r]] = group.getItem(r) as string;
      into.push(targets.get(id)!);
    }
    for (let j = 0; j < keys.length; j++) {
      const vector = chunk.getColumnVector(j + 3);
      for (let r = 0; r < chunk.rowCount; r++)
        into[r][j][rows[r]] = (vector.getItem(r) as number | null) ?? NaN;
    }
  }
  return {participants, waves};
}
