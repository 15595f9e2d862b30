import {mkdtemp, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {ingestStudy, type IngestResult} from "../../../loaders/ingest/ingest.js";
import type {SourceTable} from "../../../loaders/ingest/source-table.js";
import {pseudonym} from "../../../loaders/ingest/pseudonym.js";
import {wjxSurvey} from "../../../loaders/read/wjx-survey.js";
import {readParquet} from "../../../src/lib/parquet.js";

const KEY = "test-key";
const HEADERS = [
  "序号",
  "提交答卷时间",
  "来自IP",
  "1、学号",
  "2、姓名",
  "3、手机号码",
  "4、我能学好功课",
  "5、我学习很吃力 ",
  "6、我上课认真听讲",
  "7、我按时完成作业"
];

function table(file: string, rows: (string | null)[][]): SourceTable {
  return wjxSurvey({file, headers: HEADERS, rows, rowNumbers: rows.map((_, i) => i + 2), warnings: []});
}

// pre: S1 answers twice (the later one wins), S3 has an out-of-range 7 and a label answer, S4 has no id.
const PRE = table("pre.csv", [
  ["1", "2026/03/01 10:00:00", "1.2.3.4", "S1", "张三", "13800000001", "1", "5", "2", "2"],
  ["2", "2026/03/01 10:05:00", "1.2.3.5", "S2", "李四", "13800000002", "2", "4", "3", "(跳过)"],
  ["3", "2026/03/01 10:06:00", "1.2.3.6", "S3", "王五", "13800000003", "7", "比较符合", "abc", "3"],
  ["4", "2026/03/02 09:00:00", "1.2.3.4", "S1", "张三", "13800000001", "2", "4", "3", "3"],
  ["5", "2026/03/02 09:30:00", "1.2.3.7", "", "某某", "13800000009", "3", "3", "3", "3"]
]);
// post: S1 and S3; S2 never came back.
const POST = table("post.csv", [
  ["1", "2026/05/01 10:00:00", "1.2.3.4", "S1", "张三", "13800000001", "4", "2", "4", "5"],
  ["2", "2026/05/01 10:01:00", "1.2.3.6", "S3", "王五", "13800000003", "3", "3", "4", "4"]
]);

let result: IngestResult;
let out: string;

beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), "evalbook-test-")), "mini");
  result = await ingestStudy("test/fixtures/studies/mini", {
    out,
    key: KEY,
    read: async (path) => (path.endsWith("pre.csv") ? PRE : POST)
  });
});

describe("ingestStudy(dir, options)", () => {
  it("accounts for every input row: rows in = kept + excluded", () => {
    const {totals, sources} = result.report;
    expect(totals).toEqual({rows_read: 7, rows_kept: 5, rows_excluded: 2});
    expect(sources[0].excluded).toEqual([
      {
        row: 2,
        reason: "duplicate submission (kept pre.csv row 5)",
        participant: pseudonym(KEY, "mini", "S1")
      },
      {row: 6, reason: "no participant id"}
    ]);
  });

  it("drops personal columns and lists them", () => {
    expect(result.report.sources[0].pii_columns_dropped).toEqual(["来自IP", "2、姓名", "3、手机号码"]);
    expect(result.report.sources[0].metadata_columns_ignored).toEqual(["序号", "提交答卷时间"]);
  });

  it("sets invalid answers missing and lists them by row and column", () => {
    expect(result.report.invalid_values).toEqual({
      count: 2,
      listed: [
        {file: "pre.csv", row: 4, column: "4、我能学好功课", item: "a1", value: "7", reason: "out_of_range"},
        {
          file: "pre.csv",
          row: 4,
          column: "6、我上课认真听讲",
          item: "b1",
          value: "[text, 3 characters]",
          reason: "not_a_number"
        }
      ]
    });
  });

  it("lists participants missing a wave", () => {
    expect(result.report.matching).toMatchObject({participants: 3, complete: 2});
    expect(result.report.matching.incomplete).toEqual([
      {participant: pseudonym(KEY, "mini", "S2"), group: "all", present: ["pre"], missing: ["post"]}
    ]);
  });

  it("reverse-keys, scores by mean and applies min_answered", async () => {
    const {rows} = await readParquet((await readFile(join(out, "scores.parquet"))).buffer as ArrayBuffer);
    const score = (id: string, wave: string, subscale: string) =>
      rows.find(
        (r) => r.participant === pseudonym(KEY, "mini", id) && r.wave === wave && r.subscale === subscale
      );
    // S1 pre (latest submission): a1 = 2, a2 = 4 reversed → 2; b1 = 3, b2 = 3.
    expect(score("S1", "pre", "ability")).toMatchObject({score: 2, answered: 2, items: 2});
    expect(score("S1", "pre", "total")).toMatchObject({score: 2.5, answered: 4, items: 4});
    // S3 pre: a1 invalid, a2 = 比较符合 = 4 → reversed 2; ability needs 1 of 2 → 2. b1 invalid → behavior missing.
    expect(score("S3", "pre", "ability")).toMatchObject({score: 2, answered: 1});
    expect(score("S3", "pre", "behavior")).toMatchObject({score: null, answered: 1});
    // S2 pre: b2 skipped → behavior missing (needs both).
    expect(score("S2", "pre", "behavior")).toMatchObject({score: null, answered: 1});
    const missing = result.report.scores_missing.map((s) => [
      s.participant,
      s.subscale,
      s.answered,
      s.required
    ]);
    const [s2, s3] = [pseudonym(KEY, "mini", "S2"), pseudonym(KEY, "mini", "S3")];
    expect(missing).toEqual(
      expect.arrayContaining([
        [s2, "behavior", 1, 2],
        [s2, "total", 3, 4],
        [s3, "behavior", 1, 2],
        [s3, "total", 2, 4]
      ])
    );
    expect(missing).toHaveLength(4);
  });

  it("never writes a raw id or personal value", async () => {
    for (const name of ["scores", "responses", "items", "distributions"]) {
      const text = (await readFile(join(out, `${name}.parquet`))).toString("latin1");
      for (const secret of ["S1", "S2", "S3", "13800000001"]) expect(text).not.toContain(secret);
    }
    const report = await readFile(join(out, "ingest-report.json"), "utf8");
    for (const secret of ["张三", "13800000001", "1.2.3.4", '"S1"']) expect(report).not.toContain(secret);
  });
});
