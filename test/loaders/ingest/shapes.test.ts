// Study shapes through the whole ingest: several waves in one file, long files without an item column, decimal
// answers, numeric ids, blanks; and the mistakes that used to give a silently wrong result.
import {readFile, rm} from "node:fs/promises";
import {dirname, join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {ingestStudy, type IngestResult} from "../../../loaders/ingest/ingest.js";
import {pseudonym} from "../../../loaders/ingest/pseudonym.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {readParquet} from "../../../src/lib/parquet.js";
import {sharedPath} from "../../shared.js";
import {realStudyYaml, studyFolder} from "./study-folder.js";

const KEY = "evalbook-shapes";
const folders: string[] = [];

async function ingest(
  id: string,
  yaml: string,
  files: Parameters<typeof studyFolder>[2]
): Promise<IngestResult> {
  const dir = await studyFolder(id, yaml, files);
  folders.push(dirname(dir));
  return ingestStudy(dir, {out: join(dir, "out"), key: KEY, read: readSource});
}

async function problem(id: string, yaml: string, files: Parameters<typeof studyFolder>[2]): Promise<string> {
  const error = await ingest(id, yaml, files).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message.replace(/^.*?study\.yaml/, "study.yaml");
}

afterAll(async () => {
  for (const folder of folders) await rm(folder, {recursive: true, force: true});
});

const SSES = sharedPath("fixtures", "real", "sses.csv");

describe("ingestStudy(dir) refuses or flags a study read wrongly", () => {
  it("refuses two sources that read the same columns of one file for two waves", async () => {
    const yaml = realStudyYaml("sses").replace(
      'item_columns: "Post_{column}"',
      'item_columns: "Pre_{column}"'
    );
    expect(await problem("sses", yaml, {"sses.csv": SSES})).toBe(
      `study.yaml, sources.surveys[1]: reads the same column "Pre_SSE_1" of sses.csv as sources.surveys[0], so wave 'post' would repeat wave 'pre'. ` +
        'Fix: give each wave its own columns with item_columns (e.g. item_columns: "Post_{column}"), or point this source at its own file'
    );
  });

  it("warns when a wave repeats another answer for answer", async () => {
    const yaml = realStudyYaml("sses")
      .replace('item_columns: "Post_{column}"', 'item_columns: "Pre_{column}"')
      .replace("{file: sses.csv, format: wide, wave: post", "{file: copy.csv, format: wide, wave: post");
    const {report} = await ingest("sses", yaml, {"sses.csv": SSES, "copy.csv": SSES});
    expect(report.checks).toEqual([
      {
        code: "identical_waves",
        path: "sources.surveys",
        waves: ["pre", "post"],
        message: {
          en: "wave 'post' repeats wave 'pre' answer for answer for all 73 participants who took both: check that each wave's source reads its own file or columns",
          zh: "全部 73 名两次都参加的参与者在 'post' 与 'pre' 两次测量中的答案完全相同：请检查每次测量的数据来源是否读取了各自的文件或列"
        }
      }
    ]);
    expect(report.warnings).toEqual([
      {
        en: `sources.surveys: ${report.checks[0].message.en}`,
        zh: `sources.surveys：${report.checks[0].message.zh}`
      }
    ]);
  });
});

// Sleep diary: long by visit without an item column, hours as decimals, mood on a whole 1–5 scale.
const SLEEP = `id: sleep
title: Sleep diary
participants: {id: id}
waves:
  - {id: 1, label: First visit}
  - {id: 2, label: Second visit}
  - {id: 3, label: Third visit}
instruments:
  - id: sleep
    scale: {min: 0, max: 24, whole: false}
    subscales: [{id: hours}]
    items: [{id: hours, subscale: hours}]
  - id: mood
    scale: {min: 1, max: 5}
    subscales: [{id: mood}]
    items: [{id: mood, subscale: mood}]
sources:
  surveys:
    - {file: diary.csv, format: long, columns: {wave: visit}}
    - {file: late.csv, format: wide, wave: 3}
`;
const DIARY = `id,visit,hours,mood
1,1,7.5,3
1,2,8.25,2.5
2,1,25,4
2,2,,4
3,1,NA,3
`;
const LATE = `id,hours,mood
,7,3
`;

describe("ingestStudy(dir) reads every shape", () => {
  let result: IngestResult;
  it("reads a long file without an item column, with numeric wave ids", async () => {
    result = await ingest("sleep", SLEEP, {"diary.csv": {text: DIARY}, "late.csv": {text: LATE}});
    const bytes = await readFile(join(result.out, "scores.parquet"));
    const {rows} = await readParquet(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const score = (id: string, wave: string, subscale: string) =>
      rows.find(
        (r) => r.participant === pseudonym(KEY, "sleep", id) && r.wave === wave && r.subscale === subscale
      )?.score;
    expect(score("1", "1", "hours")).toBe(7.5);
    expect(score("1", "2", "hours")).toBe(8.25);
    expect(score("1", "2", "mood")).toBe(null);
    expect(result.report.matching.waves).toEqual(["1", "2", "3"]);
  });

  it("keeps decimals on a `whole: false` scale and says why others were set missing", () => {
    expect(result.report.invalid_values.listed.map((v) => [v.row, v.column, v.value, v.reason])).toEqual([
      [3, "mood", "2.5", "not_a_whole_number"],
      [4, "hours", "25", "out_of_range"]
    ]);
  });

  it("counts blank answers and NA placeholders", () => {
    expect(result.report.sources[0].missing_answers).toEqual({blank: 1, placeholder: 1});
  });

  it("says why a source contributed no rows", () => {
    expect(result.report.sources[1]).toMatchObject({rows_read: 1, rows_kept: 0});
    expect(result.report.checks).toEqual([
      {
        code: "source_without_rows",
        path: "sources.surveys[1]",
        message: {
          en: "late.csv contributes no answers: every row (1) was excluded: no participant id",
          zh: "late.csv 没有提供任何答案：全部 1 行均被排除：没有参与者编号"
        }
      }
    ]);
  });
});
