// The ingest's reliability tables, from item sums in DuckDB, against the browser's recomputation from the
// written responses: the same exact integer sums, so the same numbers to the last bit.
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {loadStudy} from "../../../loaders/study/load.js";
import {reliabilityResults, type ResponseRow} from "../../../src/lib/results/index.js";
import {readParquet} from "../../../src/lib/parquet.js";

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "evalbook-pattern-sums-"));
});
afterAll(async () => {
  await rm(temp, {recursive: true, force: true});
});

async function rows(dir: string, name: string): Promise<Record<string, unknown>[]> {
  const bytes = await readFile(join(dir, `${name}.parquet`));
  return (await readParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))).rows;
}

/** A result row as the Parquet file holds it: guardrails as JSON, NaN as null. */
const written = (row: object) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      Array.isArray(v) ? JSON.stringify(v) : typeof v === "number" && Number.isNaN(v) ? null : v
    ])
  );

describe.each(["p-street", "q-school", "z-village"])("readPatternSums on data/studies/%s", (id) => {
  it("gives the reliability tables reliabilityResults computes from responses.parquet, bit for bit", async () => {
    const out = join(temp, id);
    const dir = join("data/studies", id);
    await ingestStudy(dir, {out, key: "evalbook-demo", read: readSource});
    const responses = (await rows(out, "responses")) as ResponseRow[];
    const {scales, items} = reliabilityResults(responses, await loadStudy(dir));
    expect(await rows(out, "reliability")).toEqual(scales.map(written));
    expect(await rows(out, "item_reliability")).toEqual(items.map(written));
  }, 60_000);
});
