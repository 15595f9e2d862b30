// The ingest's result tables for the demo studies against R's (test/fixtures/r/demo-<study>.json, made by
// scripts/r/demo.R from the scores and responses the ingest wrote with the fixed key "evalbook-demo").
import {readFileSync} from "node:fs";
import {mkdtemp, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {readParquet, type ParquetTable} from "../../../src/lib/parquet.js";
import {expectMatchesR, type Value} from "../../lib/stats/r-fixtures.js";

const KEY = "evalbook-demo";
const STUDIES = ["p-street", "q-school", "z-village"];
/** Each table and the columns that identify a row of it. */
const TABLES: Record<string, string[]> = {
  comparisons: ["instrument", "subscale", "group", "wave_from", "wave_to"],
  one_sample: ["instrument", "subscale", "group", "wave"],
  between_groups: ["instrument", "subscale", "group_x", "group_y", "measure"],
  reliability: ["instrument", "subscale", "group", "wave"],
  item_reliability: ["instrument", "subscale", "group", "wave", "item"],
  change: ["instrument", "subscale", "wave_from", "wave_to", "participant", "group"]
};
/** Limits R finds with uniroot (the noncentral-t intervals of d). */
const ITERATIVE = ["dz_ci_low", "dz_ci_high", "d_ci_low", "d_ci_high"];

type Row = Record<string, Value>;

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "evalbook-demo-r-"));
});
afterAll(async () => {
  await rm(temp, {recursive: true, force: true});
});

describe.each(STUDIES)("ingestStudy(data/studies/%s) against R", (study) => {
  const expected = JSON.parse(
    readFileSync(new URL(`../../fixtures/r/demo-${study}.json`, import.meta.url), "utf8")
  ) as Record<string, Row[]>;
  const tables = new Map<string, ParquetTable>();

  beforeAll(async () => {
    const out = join(temp, study);
    await ingestStudy(join("data/studies", study), {out, key: KEY, read: readSource});
    for (const name of Object.keys(TABLES)) {
      const bytes = await readFile(join(out, `${name}.parquet`));
      tables.set(
        name,
        await readParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
      );
    }
  });

  it.each(Object.entries(TABLES))("writes %s with R's values", (name, keys) => {
    const {columns, rows} = tables.get(name)!;
    const want = expected[name];
    expect(rows.length, `${study} ${name}: rows`).toBe(want.length);
    const id = (row: Record<string, unknown>) => keys.map((k) => row[k]).join(" | ");
    const byId = new Map(rows.map((row) => [id(row), row]));
    for (const row of want) {
      const actual = byId.get(id(row));
      if (!actual) expect.fail(`${study} ${name}: no row ${id(row)}`);
      // Parquet's NULL is R's NA: compare both as NaN.
      const numbers = Object.fromEntries(
        Object.entries(actual).map(([k, v]) => [k, columns[k] === "number" && v === null ? NaN : v])
      );
      expectMatchesR(`demo ${name}`, numbers, row, ITERATIVE);
    }
    // Every numeric column of the table is one R computed.
    const numeric = Object.keys(columns).filter((k) => columns[k] === "number");
    if (want.length) expect(numeric.filter((k) => !(k in want[0]))).toEqual([]);
  });
});
