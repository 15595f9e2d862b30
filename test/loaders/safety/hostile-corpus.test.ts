// The committed hostile corpus (scripts/make-hostile-corpus.ts) through the whole ingest: each case gives one clear
// line or a warning in the report, never a silent doubtful result, a stall, or a message that quotes personal data.
import {execFileSync} from "node:child_process";
import {cp, mkdir, mkdtemp, rm, symlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {ingestStudy, type IngestResult} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";

const CORPUS = "test/fixtures/hostile-corpus";
/** Values the corpus plants in every export. */
const PLANTED = ["王小明", "13812345678"];

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "evalbook-hostile-"));
});

async function ingest(dir: string): Promise<IngestResult | InputError> {
  const out = join(scratch, `out-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  try {
    return await ingestStudy(dir, {out, key: "hostile-corpus-key", read: readSource});
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error;
  } finally {
    expect(performance.now() - started).toBeLessThan(10_000);
  }
}

/** The one line a case must fail with: no line break, no stack, none of the planted values. */
async function failure(dir: string): Promise<string> {
  const result = await ingest(dir);
  expect(result).toBeInstanceOf(InputError);
  const message = (result as InputError).message;
  expect(message).not.toContain("\n");
  for (const value of PLANTED) expect(message).not.toContain(value);
  return message;
}

const warnings = (result: IngestResult | InputError) => {
  expect(result).not.toBeInstanceOf(InputError);
  return (result as IngestResult).report.warnings;
};

describe("ingestStudy on the hostile corpus", () => {
  it("ingests the baseline case without warnings about it", async () => {
    const result = await ingest(join(CORPUS, "ok"));
    expect(warnings(result)).toEqual([]);
    expect((result as IngestResult).report.matching).toMatchObject({participants: 6, complete: 6});
  });

  it.each([
    [
      "duplicate-item-header",
      /raw\/pre\.csv, column "q1": 2 columns \(4, 6\) are named "q1", and item q1 reads that name/
    ],
    [
      "duplicate-id-header",
      /raw\/pre\.csv, column "id": 2 columns \(1, 6\) are named "id", and participants\.id reads/
    ],
    ["two-items-one-column", /raw\/pre\.csv, column "q1": item q1 and item q2 both read this column/],
    ["mixed-encoding", /raw\/pre\.csv, row 3: this line is not UTF-8 text, though most of the file is/],
    ["gbk-study-yaml", /study\.yaml: is not UTF-8 text/],
    ["header-only", /raw\/pre\.csv: no survey file has any answers/],
    ["path-traversal", /study\.yaml, sources\.surveys\[1\]\.file: '\.\.\/.*' lies outside the study folder/],
    [
      "absolute-path",
      /study\.yaml, sources\.surveys\[1\]\.file: '\/etc\/passwd' lies outside the study folder/
    ],
    ["ragged-row", /raw\/pre\.csv, row 8: this row has a value in column 6/],
    ["yaml-nested-maps", /study\.yaml: nests lists or maps more than 40 columns deep/],
    ["yaml-nested-dashes", /study\.yaml: nests lists or maps more than 40 columns deep/]
  ])("%s: one line", async (name, expected) => {
    expect(await failure(join(CORPUS, name))).toMatch(expected);
  });

  it("bom-in-row: the mark is removed with a warning, and P003 stays one participant", async () => {
    const result = await ingest(join(CORPUS, "bom-in-row"));
    expect(warnings(result)).toEqual([
      {
        en: expect.stringMatching(/raw\/pre\.csv, row 4: this line starts with a byte-order mark/),
        zh: expect.stringMatching(/raw\/pre\.csv，第 4 行：此行以文件开头才有的字节顺序标记（BOM）开头/)
      }
    ]);
    expect((result as IngestResult).report.matching).toMatchObject({participants: 6, complete: 6});
  });

  it("one-header-only: a report check names the empty file", async () => {
    const result = await ingest(join(CORPUS, "one-header-only"));
    expect(warnings(result)).toEqual([
      {
        en: expect.stringMatching(
          /sources\.surveys\[1\]: raw\/post\.csv contributes no answers: the file has no data rows/
        ),
        zh: expect.stringMatching(/sources\.surveys\[1\]：raw\/post\.csv 没有提供任何答案：文件中没有数据行/)
      }
    ]);
  });
});

describe("ingestStudy on sources that are links or not files", () => {
  /** A copy of the baseline case whose post-test export is replaced by `make(path)`. */
  async function withPost(make: (path: string) => Promise<void>): Promise<string> {
    const dir = join(scratch, `study-${Math.random().toString(36).slice(2)}`);
    await cp(join(CORPUS, "ok"), dir, {recursive: true});
    await rm(join(dir, "raw/post.csv"));
    await make(join(dir, "raw/post.csv"));
    return dir;
  }

  it("refuses a link to a file outside the study, without reading it", async () => {
    const dir = await withPost((path) => symlink("/etc/passwd", path));
    const message = await failure(dir);
    expect(message).toMatch(
      /sources\.surveys\[1\]\.file: 'raw\/post\.csv' is a link to a file outside the study folder/
    );
    expect(message).not.toMatch(/root:/);
  });

  it("refuses a link to a device, and calls a pipe and a folder what they are", async () => {
    expect(await failure(await withPost((path) => symlink("/dev/zero", path)))).toMatch(
      /'raw\/post\.csv' is a link to a file outside the study folder/
    );
    const fifo = await withPost(async (path) => void execFileSync("mkfifo", [path]));
    expect(await failure(fifo)).toMatch(
      /'raw\/post\.csv' is not a regular file \(a device, pipe or socket\)/
    );
    expect(await failure(await withPost((path) => mkdir(path)))).toMatch(/'raw\/post\.csv' is a folder/);
  });

  it("follows a link that stays inside the study", async () => {
    const dir = await withPost((path) => symlink("pre.csv", path));
    expect(await ingest(dir)).not.toBeInstanceOf(InputError);
  });
});
