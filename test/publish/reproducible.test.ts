import {createHash} from "node:crypto";
import {mkdir, mkdtemp, readdir, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {readSource} from "../../loaders/ingest/read-source.js";
import {studyDeclaredValues} from "../../loaders/publish/declared.js";
import {MANIFEST, studyEntry, writeManifest} from "../../loaders/publish/manifest.js";
import {scanFolder, scanner} from "../../loaders/publish/scan.js";
import {makeTerms} from "../../loaders/publish/terms.js";

const STUDIES = ["q-school", "z-village"];
let root = "";

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "evalbook-repro-"));
});

async function files(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  const hashes = await Promise.all(
    names.map(async (name) =>
      createHash("sha256")
        .update(await readFile(join(dir, name)))
        .digest("hex")
    )
  );
  return Object.fromEntries(names.map((name, i) => [name, hashes[i]!]));
}

describe("the ingest", () => {
  it.each(STUDIES)("writes byte-identical outputs for the same inputs and key (%s)", async (id) => {
    const run = (n: number) =>
      ingestStudy(`data/studies/${id}`, {out: join(root, `${id}-${n}`), key: "k", read: readSource});
    await run(1);
    await run(2);
    const [first, second] = [await files(join(root, `${id}-1`)), await files(join(root, `${id}-2`))];
    expect(Object.keys(first)).toContain("scores.parquet");
    expect(second).toEqual(first);
  });
});

describe("the manifest", () => {
  it("records input and table hashes, the ingest time and the rules, and holds no personal data", async () => {
    const dir = "data/studies/q-school";
    const {study, values} = await studyDeclaredValues(dir);
    // The values the build scans for: raw ids, names, phones and IPs of the raw exports.
    expect(values).toEqual(expect.arrayContaining(["20210301", "13820240000", "183.192.16.60(上海-上海)"]));
    const dist = join(root, "dist");
    await mkdir(join(dist, "_file", "studies", "q-school", "data"), {recursive: true});
    await writeFile(join(dist, "_file", "studies", "q-school", "data", "scores.abc.parquet"), "PAR1");
    const out = join(root, "q-school-1");
    const entry = await studyEntry(dir, study, join(out, "ingest-report.json"), dist);
    process.env.SOURCE_DATE_EPOCH = "1700000000";
    const manifest = await writeManifest(dist, [entry], {
      files: 2,
      declared_values: values.length,
      patterns: []
    });
    delete process.env.SOURCE_DATE_EPOCH;
    expect(manifest.built_at).toBe("2023-11-14T22:13:20.000Z");
    expect(manifest.studies[0]).toMatchObject({id: "q-school", publish: {min_cell: 3, excerpts: true}});
    // Export files by the neutral labels of the published report, numbered as study.yaml lists them.
    expect(manifest.studies[0]!.inputs.map((i) => i.path)).toEqual([
      "study.yaml",
      "文件 1",
      "文件 2",
      "文件 3"
    ]);
    const yaml = createHash("sha256")
      .update(await readFile(join(dir, "study.yaml")))
      .digest("hex");
    expect(manifest.studies[0]!.inputs[0]!.sha256).toBe(yaml);
    expect(manifest.studies[0]!.tables.map((t) => t.path)).toEqual([
      "_file/studies/q-school/data/scores.abc.parquet"
    ]);
    expect(Date.parse(manifest.studies[0]!.ingested_at)).toBeGreaterThan(Date.parse("2024-01-01"));
    expect(JSON.parse(await readFile(join(dist, MANIFEST), "utf8"))).toEqual(manifest);
    expect(await scanFolder(dist, scanner(makeTerms(values)))).toEqual([
      expect.objectContaining({kind: "unscannable"}) // the fake Parquet file, not the manifest
    ]);
  });
});
