// A CSV above FAST_PATH_BYTES is read by DuckDB itself, its answer columns kept as an ENUM of their few texts
// (loaders/ingest/large-csv.ts): the outputs are the ones the readers give, byte for byte, on real datasets and
// on a demo study's Wenjuanxing CSV.
import {mkdtemp, readdir, readFile, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {describe, expect, it} from "vitest";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import type {SourceTable} from "../../../loaders/ingest/source-table.js";
import type {SurveySource} from "../../../loaders/study/schema.js";
import {sharedPath} from "../../shared.js";
import {realStudyYaml, studyFolder} from "./study-folder.js";

/** The readers' table of a CSV at `path`, handed to DuckDB's CSV reader as a large file would be. */
async function asLargeCsv(path: string, source: SurveySource): Promise<SourceTable> {
  const table = await readSource(path, source);
  return path.endsWith(".csv") ? {...table, rows: [], rowNumbers: [], csv: {path, delimiter: ","}} : table;
}

/** Every output file of an ingest of `dir` with `read` into `out`, by name. */
async function outputs(dir: string, read: typeof readSource, out: string): Promise<Map<string, Buffer>> {
  await ingestStudy(dir, {out, key: "evalbook-large-path", read});
  const files = (await readdir(out)).filter((f) => !f.startsWith("."));
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(out, f))] as const)));
}

describe("a large CSV read by DuckDB", () => {
  it.each([
    ["sses", "sses.csv"],
    ["bfi", "bfi.csv"],
    ["help", "HELPfull.csv"]
  ])(
    "gives the outputs the readers give on the real study %s",
    async (id, file) => {
      const dir = await studyFolder(id, realStudyYaml(id), {[file]: sharedPath("fixtures", "real", file)});
      try {
        const read = await outputs(dir, readSource, join(dir, "read"));
        const large = await outputs(dir, asLargeCsv, join(dir, "large"));
        expect([...large.keys()]).toEqual([...read.keys()]);
        for (const [name, bytes] of read) expect(large.get(name)?.equals(bytes), name).toBe(true);
      } finally {
        await rm(dirname(dir), {recursive: true, force: true});
      }
    },
    120_000
  );

  it("gives the outputs the readers give when an answer's text first appears deep in the file", async () => {
    const yaml = `id: late-text
title: {en: A text first seen late}
participants: {id: id}
waves: [{id: pre}]
instruments:
  - id: s
    scale: {min: 1, max: 5}
    subscales: [{id: x}]
    items: [{id: q1, column: q1, subscale: x}, {id: q2, column: q2, subscale: x}]
sources:
  surveys: [{file: answers.csv, format: wide, wave: pre}]
`;
    // 20,500 people answering 1–5; late ones, past the rows that guess the texts, type "6" (out of range), " 2" and
    // "二" (not numbers): the guess fails the cast, and the file is read for its texts after all.
    const rows = Array.from({length: 20_500}, (_, i) => {
      const late = i >= 20_400 ? ["6", " 2", "二"][i % 3] : String((i % 5) + 1);
      return `P${i},${(i * 7) % 5 || 5},${late}`;
    });
    const dir = await studyFolder("late-text", yaml, {
      "answers.csv": {text: ["id,q1,q2", ...rows].join("\n")}
    });
    try {
      const read = await outputs(dir, readSource, join(dir, "read"));
      const large = await outputs(dir, asLargeCsv, join(dir, "large"));
      for (const [name, bytes] of read) expect(large.get(name)?.equals(bytes), name).toBe(true);
      const report = JSON.parse(large.get("ingest-report.json")!.toString("utf8"));
      expect(report.invalid_values.count).toBe(67);
    } finally {
      await rm(dirname(dir), {recursive: true, force: true});
    }
  }, 60_000);

  // p-street's post-test: a UTF-8 Wenjuanxing export by text (q-school's CSV is GBK: the readers' alone);
  // z-village's post-test: a long file, a line per answer, pivoted before its texts are looked up.
  it.each([
    ["p-street", "a Wenjuanxing CSV of option labels"],
    ["z-village", "a long CSV of item and value columns"]
  ])(
    "gives the outputs the readers give on the demo study %s's large path (%s)",
    async (id) => {
      const dir = join("data", "studies", id);
      const out = await mkdtemp(join(tmpdir(), "evalbook-large-"));
      try {
        const read = await outputs(dir, readSource, join(out, "read"));
        const large = await outputs(dir, asLargeCsv, join(out, "large"));
        for (const [name, bytes] of read) expect(large.get(name)?.equals(bytes), name).toBe(true);
      } finally {
        await rm(out, {recursive: true, force: true});
      }
    },
    60_000
  );
});
