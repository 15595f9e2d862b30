// Bad inputs through the whole ingest: one readable InputError naming the file and what to fix, never a crash.
import {execFile} from "node:child_process";
import {join} from "node:path";
import {promisify} from "node:util";
import iconv from "iconv-lite";
import {describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {EXPORT, STUDY_YAML, studyFolder} from "../bad-input.js";

async function ingest(files: Record<string, string | Buffer>) {
  const dir = await studyFolder(files);
  return ingestStudy(dir, {out: join(dir, "out"), key: "k", read: readSource});
}

async function problem(files: Record<string, string | Buffer>): Promise<string> {
  const error = await ingest(files).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe("ingestStudy on bad input", () => {
  it("ingests the valid baseline", async () => {
    const {report} = await ingest({});
    expect(report.totals).toEqual({rows_read: 4, rows_kept: 4, rows_excluded: 0});
  });

  it("names a column study.yaml asks for that the export lacks, listing the headers it has", async () => {
    const message = await problem({"study.yaml": STUDY_YAML.replace("id: 学号", "id: 学生编号")});
    expect(message).toMatch(
      /pre\.csv: no column "学生编号" in this file \(needed by sources\.surveys\[0\] → participants\.id\)\. Fix: use one of its headers exactly: "1、学号", "2、姓名"/
    );
  });

  it("names a question number the export does not have", async () => {
    expect(await problem({"study.yaml": STUDY_YAML.replace("number: 4,", "number: 14,")})).toMatch(
      /pre\.csv: no question numbered 14 in this file \(needed by .*instruments\[0\]\.items\[1\]\)/
    );
  });

  it("names a missing export file", async () => {
    expect(await problem({"study.yaml": STUDY_YAML.replace("raw/post.csv", "raw/post-test.csv")})).toMatch(
      /post-test\.csv: file not found/
    );
  });

  it("says when an .xlsx is really a CSV", async () => {
    const message = await problem({
      "study.yaml": STUDY_YAML.replace("raw/post.csv", "raw/post.xlsx"),
      "raw/post.xlsx": EXPORT
    });
    expect(message).toMatch(/post\.xlsx: .*(CSV|text)/i);
  });

  it("refuses an empty file", async () => {
    expect(await problem({"raw/pre.csv": ""})).toMatch(/pre\.csv: the file is empty/);
  });

  it("refuses a GBK file forced to UTF-8", async () => {
    const message = await problem({
      "study.yaml": STUDY_YAML.replace("wave: pre, format: wjx", "wave: pre, format: wjx, encoding: utf-8"),
      "raw/pre.csv": iconv.encode(EXPORT, "gb18030")
    });
    expect(message).toMatch(/pre\.csv.*utf-8.*Fix: remove the encoding option/s);
  });

  it("reads a header-only export as zero rows and says every participant is missing that wave", async () => {
    const {report} = await ingest({"raw/post.csv": EXPORT.split("\r\n")[0] + "\r\n"});
    expect(report.sources[1]).toMatchObject({rows_read: 0, rows_kept: 0});
    expect(report.matching).toMatchObject({participants: 2, complete: 0});
  });

  it("reports answers that are not numbers or out of range, by row and column", async () => {
    const {report} = await ingest({"raw/post.csv": EXPORT.replace("S1,张三,2,3", "S1,张三,=1+1,9")});
    expect(report.invalid_values.listed.map((v) => [v.row, v.column, v.value, v.reason])).toEqual([
      [2, "3、我能学好功课", "[text, 4 characters]", "not_a_number"],
      [2, "4、我上课认真听讲", "9", "out_of_range"]
    ]);
  });

  it("excludes rows without a participant id, with the reason", async () => {
    const {report} = await ingest({"raw/pre.csv": EXPORT + ",王五,3,3\r\n"});
    expect(report.sources[0].excluded).toEqual([{row: 4, reason: "no participant id"}]);
    expect(report.totals.rows_read).toBe(report.totals.rows_kept + report.totals.rows_excluded);
  });

  it("asks for `sub:` when a question number is a matrix with several rows", async () => {
    const matrix = "1、学号,2、姓名,3、题干—能学好,3、题干—认真听讲,4、x\r\nS1,张三,2,3,3\r\n";
    expect(await problem({"raw/pre.csv": matrix, "raw/post.csv": matrix})).toMatch(
      /question 3 has 2 columns, a matrix question.*add `sub: <row label>`/
    );
  });
});

describe("npm run ingest (the CLI)", () => {
  it("exits 1 with one readable line and no stack trace on bad input", async () => {
    const dir = await studyFolder({
      "study.yaml": STUDY_YAML.replace("number: 4, subscale: behavior", "number: 4, subscale: behaviour")
    });
    const result = await promisify(execFile)("npx", ["tsx", "loaders/cli.ts", dir]).then(
      () => undefined,
      (error: {code: number; stdout: string; stderr: string}) => error
    );
    expect(result?.code).toBe(1);
    const lines = result!.stderr.split("\n").filter((line) => line.trim() && !line.includes("npm warn"));
    expect(lines).toEqual([
      expect.stringMatching(
        /^✗ .*study\.yaml, instruments\[0\]\.items\[1\]\.subscale: 'behaviour' is not a declared subscale/
      )
    ]);
    expect(result!.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("exits 0 and prints the summary for a good study", async () => {
    const dir = await studyFolder();
    const {stdout} = await promisify(execFile)("npx", ["tsx", "loaders/cli.ts", dir]);
    expect(stdout).toMatch(/tiny: 4 rows read, 4 kept, 0 excluded/);
  });
});
