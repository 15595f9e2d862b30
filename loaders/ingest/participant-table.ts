// Scores and responses from DuckDB into the columnar ParticipantTable the result tables read: one pass over the
// rows, values straight out of DuckDB's vectors, no object per row.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident} from "../duckdb.js";
import {waveColumns, type ParticipantTable} from "../../src/lib/results/index.js";

/**
 * Reads `columns` (SQL expressions giving numbers, named by their key) of `table` into a ParticipantTable.
 * `table` must be in participant order (`clean` is made so, and tables selected from it keep its order), which
 * numbers the participants without a sort or a join; with `participants` given, the table must hold exactly
 * those, in that order.
 */
export async function readParticipantTable(
  db: DuckDBConnection,
  table: string,
  columns: Record<string, string>,
  participants?: readonly string[]
): Promise<ParticipantTable> {
  const keys = Object.keys(columns);
  const count = await db.runAndReadAll(`SELECT count(DISTINCT participant)::INTEGER FROM ${ident(table)}`);
  const n = count.getColumns()[0][0] as number;
  const select = Object.values(columns).map((sql) => `, (${sql})::DOUBLE`);
  const result = await db.stream(`SELECT participant, wave, "group"${select.join("")} FROM ${ident(table)}`);
  const seen: string[] = [];
  const waves: ParticipantTable["waves"] = new Map();
  const targets = new Map<string, Float64Array[]>();
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const size = chunk.rowCount; // a native call: read once
    const [participant, wave, group] = [0, 1, 2].map((j) => chunk.getColumnVector(j));
    // Row by row: which participant and wave; then column by column, straight from the vectors.
    const rows = new Int32Array(size);
    const into: Float64Array[][] = [];
    for (let r = 0; r < size; r++) {
      const id = participant.getItem(r) as string;
      if (id !== seen[seen.length - 1]) {
        if (seen.length && id < seen[seen.length - 1])
          throw new Error(`${table} is not in participant order`);
        seen.push(id);
      }
      const w = wave.getItem(r) as string;
      if (!waves.has(w)) {
        const columnsAt = waveColumns(n, keys);
        waves.set(w, columnsAt);
        targets.set(w, [...columnsAt.values.values()]);
      }
      rows[r] = seen.length - 1;
      waves.get(w)!.groups[rows[r]] = group.getItem(r) as string;
      into.push(targets.get(w)!);
    }
    for (let j = 0; j < keys.length; j++) {
      const vector = chunk.getColumnVector(j + 3);
      for (let r = 0; r < size; r++) into[r][j][rows[r]] = (vector.getItem(r) as number | null) ?? NaN;
    }
  }
  if (participants && (seen.length !== participants.length || seen.some((p, i) => p !== participants[i]))) {
    throw new Error(`${table} does not hold the participants of clean, in order`);
  }
  return {participants: seen, waves};
}
