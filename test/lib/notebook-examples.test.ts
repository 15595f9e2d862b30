// The notebook's examples run, with rows, on every study design they are offered for: one wave, two, three.
import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {readSource} from "../../loaders/ingest/read-source.js";
import {notebookExamples} from "../../src/lib/notebook-examples.js";

const STUDIES = {
  onewave: "test/fixtures/studies/onewave",
  "q-school": "data/studies/q-school",
  waves3: "test/fixtures/studies/waves3"
};
const TABLES = [
  "scores",
  "items",
  "distributions",
  "comparisons",
  "one_sample",
  "reliability",
  "item_reliability",
  "change"
];

let root: string;
const databases = new Map<string, {db: DuckDBConnection; waves: unknown[]}>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "evalbook-examples-"));
  for (const [id, dir] of Object.entries(STUDIES)) {
    const out = join(root, id);
    const {study} = await ingestStudy(dir, {out, key: "evalbook-notebook-examples", read: readSource});
    const db = await (await DuckDBInstance.create()).connect();
    for (const table of TABLES)
      await db.run(`CREATE VIEW ${table} AS SELECT * FROM '${join(out, `${table}.parquet`)}'`);
    databases.set(id, {db, waves: study.waves});
  }
}, 120_000);

afterAll(async () => {
  for (const {db} of databases.values()) db.closeSync();
  await rm(root, {recursive: true, force: true});
});

describe("notebookExamples(design, lang)", () => {
  for (const id of Object.keys(STUDIES))
    for (const published of [true, false])
      it(`${id}, ${published ? "published" : "local"}: every example returns rows, in each language`, async () => {
        const {db, waves} = databases.get(id)!;
        for (const lang of ["zh", "en"] as const)
          for (const example of notebookExamples({waves, published}, lang)) {
            const rows = (await db.runAndReadAll(example.sql)).getRowObjects();
            expect(rows.length, `${example.label.en} (${lang})`).toBeGreaterThan(0);
          }
      });

  it("offers paired comparisons and individual change only with two waves or more", () => {
    const labels = (waves: number, published: boolean) =>
      notebookExamples({waves: Array(waves).fill({}), published}, "en").map((e) => e.label.en);
    expect(labels(1, true)).toEqual([
      "Compared with the midpoint",
      "Reliability by subscale",
      "Item analysis"
    ]);
    expect(labels(2, true)[0]).toBe("Paired comparisons");
    expect(labels(1, false)).toEqual(["Means by subscale and wave", "Item means by wave", "Missing scores"]);
    expect(labels(3, false)).toContain("Largest individual changes");
  });
});
