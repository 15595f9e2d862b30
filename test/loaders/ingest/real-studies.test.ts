// Real public datasets (../shared/fixtures/real) ingested from study.yaml files written from docs/study-yaml.md
// (test/fixtures/real-studies/<id>), against R (scripts/r/real.R → test/fixtures/r/real-<id>.json, -scores.csv).
import {readFileSync} from "node:fs";
import {readFile, rm} from "node:fs/promises";
import {dirname, join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {ingestStudy, type IngestResult} from "../../../loaders/ingest/ingest.js";
import {pseudonym} from "../../../loaders/ingest/pseudonym.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {readParquet} from "../../../src/lib/parquet.js";
import {expectMatchesR, type Value} from "../../lib/stats/r-fixtures.js";
import {sharedPath} from "../../shared.js";
import {realStudyYaml, studyFolder} from "./study-folder.js";

const KEY = "evalbook-real";
type Row = Record<string, Value>;

const STUDIES = {sses: "sses.csv", bfi: "bfi.csv", help: "HELPfull.csv"} as const;

async function table(out: string, name: string): Promise<Record<string, unknown>[]> {
  const bytes = await readFile(join(out, `${name}.parquet`));
  return (await readParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))).rows;
}

function rScores(id: string): {id: string; wave: string; subscale: string; score: number}[] {
  const text = readFileSync(new URL(`../../fixtures/r/real-${id}-scores.csv`, import.meta.url), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [pid, wave, subscale, score] = line.split(",").map((cell) => cell.replace(/^"|"$/g, ""));
      return {id: pid, wave, subscale, score: score === "" ? NaN : Number(score)};
    });
}

describe.each(Object.entries(STUDIES))("ingestStudy(real study %s) against R", (id, file) => {
  const expected = JSON.parse(
    readFileSync(new URL(`../../fixtures/r/real-${id}.json`, import.meta.url), "utf8")
  ) as Record<"paired" | "one_sample" | "alpha", Row[]>;
  let result: IngestResult;
  const tables: Record<string, Record<string, unknown>[]> = {};

  beforeAll(async () => {
    const dir = await studyFolder(id, realStudyYaml(id), {[file]: sharedPath("fixtures", "real", file)});
    result = await ingestStudy(dir, {out: join(dir, "out"), key: KEY, read: readSource});
    for (const name of ["scores", "comparisons", "one_sample", "reliability"])
      tables[name] = await table(result.out, name);
  }, 120_000);
  afterAll(async () => {
    if (result) await rm(dirname(dirname(result.out)), {recursive: true, force: true});
  });

  it("accounts for every row and warns of nothing", () => {
    const {totals, checks, warnings} = result.report;
    expect(totals.rows_excluded).toBe(0);
    expect(checks).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("scores every participant at every wave as R does", () => {
    const want = rScores(id);
    const got = new Map(
      tables.scores.map((r) => [`${r.participant} ${r.wave} ${r.subscale}`, r.score as number | null])
    );
    expect(got.size).toBe(want.length);
    for (const row of want) {
      const key = `${pseudonym(KEY, id, row.id)} ${row.wave} ${row.subscale}`;
      expect(got.has(key), key).toBe(true);
      expectMatchesR(`real ${id} score ${key}`, {score: got.get(key) ?? NaN}, {score: row.score});
    }
  });

  /** The row of `table` with `want`'s values in `keys`, compared with `fields(want)`. */
  function expectRow(table: string, want: Row, keys: string[], fields: Row = want): void {
    const got = tables[table].find((r) => keys.every((k) => r[k] === want[k]));
    expect(got, `${table}: ${JSON.stringify(want)}`).toBeDefined();
    expectMatchesR(`real ${id} ${table}`, got!, fields);
  }

  it("gives R's paired t tests", () => {
    for (const want of expected.paired)
      expectRow("comparisons", want, ["subscale", "group", "wave_from", "wave_to"]);
    expect(tables.comparisons).toHaveLength(expected.paired.length);
  });

  it("tests each wave against the midpoint on the score's own scale, as R does", () => {
    for (const want of expected.one_sample) expectRow("one_sample", want, ["subscale", "group", "wave"]);
    expect(tables.one_sample).toHaveLength(expected.one_sample.length);
  });

  it("gives psych::alpha's α, pairwise (its default) and listwise, with the n behind each", () => {
    for (const want of expected.alpha) {
      expectRow("reliability", want, ["subscale", "group", "wave"], {
        alpha: want.alpha_listwise,
        n: want.n_listwise,
        alpha_pairwise: want.alpha_pairwise,
        n_pairwise: want.n_pairwise
      });
    }
  });
});
