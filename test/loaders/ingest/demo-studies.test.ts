// The demo studies' planted mess (scripts/make-demo-studies.ts) must come out of the ingest report exactly.
import {mkdtemp} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {pseudonym} from "../../../loaders/ingest/pseudonym.js";
import {readSource} from "../../../loaders/ingest/read-source.js";

const KEY = "demo-test-key";

async function ingest(id: string) {
  const out = join(await mkdtemp(join(tmpdir(), "evalbook-demo-")), id);
  return (await ingestStudy(join("data/studies", id), {out, key: KEY, read: readSource})).report;
}

describe("demo study q-school (GBK Wenjuanxing CSV + XLSX, by option number)", async () => {
  const report = await ingest("q-school");
  const [pre, post] = report.sources;
  it("reads both files and accounts for every row", () => {
    expect(report.totals).toEqual({rows_read: 14, rows_kept: 13, rows_excluded: 1});
    expect(pre.encoding).toBe("gb18030");
  });
  it("keeps the later of 小刚's two pre-test submissions", () => {
    expect(pre.excluded).toEqual([
      {
        row: 4,
        reason: "duplicate submission (kept raw/surveys/前测_问卷星_按序号.csv row 5)",
        participant: pseudonym(KEY, "q-school", "20210303")
      }
    ]);
  });
  it("sets 小军's typed 55 missing and counts 小红's skipped item", () => {
    expect(report.invalid_values.listed).toEqual([
      {
        file: "raw/surveys/后测_问卷星_按序号.xlsx",
        row: 6,
        column: "13、我担心自己学不会新知识",
        item: "ase09",
        value: "55",
        reason: "out_of_range"
      }
    ]);
    expect(post.missing_answers).toEqual({skipped: 1});
  });
  it("drops names, phone numbers and IP addresses", () => {
    expect(pre.pii_columns_dropped).toEqual(["来自IP", "2、你的姓名：", "4、家长联系电话："]);
  });
  it("lists 小强, who missed the post-test", () => {
    expect(report.matching.incomplete).toEqual([
      {participant: pseudonym(KEY, "q-school", "20210307"), group: "all", present: ["pre"], missing: ["post"]}
    ]);
  });
});

describe("demo study p-street (Wenjuanxing XLSX + UTF-8-BOM CSV, by option text, matrix questions)", async () => {
  const report = await ingest("p-street");
  it("accounts for every row and keeps the latest of a duplicate post-test", () => {
    expect(report.totals).toEqual({rows_read: 26, rows_kept: 25, rows_excluded: 1});
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]).toMatchObject({
      wave: "post",
      kept: {row: 14},
      dropped: [{file: "raw/surveys/后测_问卷星_按文本.csv", row: 9}]
    });
  });
  it("reports the answer 不好说, which is not an option of the scale", () => {
    expect(report.invalid_values.listed).toEqual([
      expect.objectContaining({row: 9, item: "pse11", value: "[text, 3 characters]", reason: "not_a_number"})
    ]);
  });
  it("leaves a subscale score missing when too few of its items were answered", () => {
    expect(report.scores_missing.map((m) => [m.wave, m.subscale, m.answered, m.required]).sort()).toEqual([
      ["post", "communication", 3, 4],
      ["pre", "self_evaluation", 3, 4]
    ]);
  });
  it("finds one parent without a post-test", () => {
    expect(report.matching).toMatchObject({participants: 13, complete: 12});
  });
});

describe("demo study z-village (UTF-16 wide file + long CSV, two groups)", async () => {
  const report = await ingest("z-village");
  const [pre, post] = report.sources;
  it("reads the UTF-16 'Unicode text' file and the long file", () => {
    expect(pre.encoding).toBe("utf-16le");
    expect([pre.rows_read, post.rows_read]).toEqual([17, 301]);
    expect(report.totals).toEqual({rows_read: 318, rows_kept: 316, rows_excluded: 2});
  });
  it("drops Z-P03's sheet entered twice and Z-P05's corrected answer line", () => {
    expect(pre.excluded).toEqual([
      expect.objectContaining({row: 12, participant: pseudonym(KEY, "z-village", "Z-P03")})
    ]);
    expect(post.excluded).toEqual([
      {
        row: 239,
        reason: "repeated answer to item pcc18 (kept a later row)",
        participant: pseudonym(KEY, "z-village", "Z-P05")
      }
    ]);
  });
  it("sets Z-C02's 0 missing and finds Z-C08 without a post-test in the children's group", () => {
    expect(report.invalid_values.listed).toEqual([
      expect.objectContaining({row: 3, column: "Q5", value: "0", reason: "out_of_range"})
    ]);
    expect(report.matching.incomplete).toEqual([
      {
        participant: pseudonym(KEY, "z-village", "Z-C08"),
        group: "children",
        present: ["pre"],
        missing: ["post"]
      }
    ]);
  });
});
