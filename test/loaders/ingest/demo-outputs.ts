// A demo study ingested into a temporary folder, its result tables read back as rows, and a computed result row as
// the Parquet file holds it: what the tests comparing the ingest's tables with the browser's recomputation share.
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {loadStudy} from "../../../loaders/study/load.js";
import type {Study} from "../../../loaders/study/schema.js";
import {readParquet} from "../../../src/lib/parquet.js";

/** Ingests `data/studies/<id>` (a fixed key) and runs `check` on its outputs' folder; the folder is removed after. */
export async function withDemoOutputs(id: string, check: (out: string, study: Study) => Promise<void>) {
  const temp = await mkdtemp(join(tmpdir(), `evalbook-${id}-`));
  try {
    const dir = join("data/studies", id);
    await ingestStudy(dir, {out: join(temp, id), key: "evalbook-demo", read: readSource});
    await check(join(temp, id), await loadStudy(dir));
  } finally {
    await rm(temp, {recursive: true, force: true});
  }
}

/** The rows of `<dir>/<name>.parquet`. */
export async function rows(dir: string, name: string): Promise<Record<string, unknown>[]> {
  const bytes = await readFile(join(dir, `${name}.parquet`));
  return (await readParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))).rows;
}

/** A result row as the Parquet file holds it: guardrails as JSON, NaN as null. */
export const written = (row: object) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      Array.isArray(v) ? JSON.stringify(v) : typeof v === "number" && Number.isNaN(v) ? null : v
    ])
  );
