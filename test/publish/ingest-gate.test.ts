import {mkdir, mkdtemp, readdir, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it, vi} from "vitest";
import {InputError} from "../../loaders/errors.js";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {plainSurvey} from "../../loaders/read/plain-survey.js";

const HEADERS = ["学号", "姓名", "手机", "测次", "组别", "Q1", "Q2", "Q3", "Q4", "备注"];
const study = (extra = "") => `id: gate
title: {zh: 门禁测试, en: Gate test}
${extra}
participants: {id: 学号, group: 组别, wave: 测次, pii: [姓名]}
groups: [{id: a, value: 甲组}, {id: b, value: 乙组}]
waves: [{id: pre, label: 前测}, {id: post, label: 后测}]
instruments:
  - id: s
    scale: {min: 1, max: 5}
    subscales: [{id: x}]
    items: [{id: q1, number: Q1, subscale: x}, {id: q2, number: Q2, subscale: x}, {id: q3, number: Q3, subscale: x}, {id: q4, number: Q4, subscale: x}]
sources:
  surveys: [{file: answers.csv, format: wide}]
`;

/** Six clean rows (three children × pre/post); `edit` plants values in them. */
function rows(edit: (rows: string[][]) => void = () => {}): string[][] {
  const people = [
    ["20210301", "王小明", "13820240000"],
    ["20210302", "李红", "13820247919"],
    ["20210303", "张伟", "13820255838"]
  ];
  const out = people.flatMap(([id, name, phone], p) =>
    ["前测", "后测"].map((wave, w) => [
      id!,
      name!,
      phone!,
      wave,
      p < 2 ? "甲组" : "乙组",
      "3",
      "4",
      String(2 + w),
      "5",
      "无"
    ])
  );
  edit(out);
  return out;
}

let root = "";
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "evalbook-gate-"));
});

async function ingest(name: string, cells: string[][], yaml = study()) {
  const dir = join(root, name);
  await mkdir(dir, {recursive: true});
  await writeFile(join(dir, "study.yaml"), yaml);
  const table = plainSurvey(
    {
      file: "answers.csv",
      headers: HEADERS,
      rows: cells,
      rowNumbers: cells.map((_, i) => i + 2),
      warnings: []
    },
    "wide"
  );
  const out = join(dir, "out");
  const run = ingestStudy(dir, {out, key: "k", read: async () => table});
  return {dir, out, run};
}

async function outputBytes(out: string): Promise<string> {
  const files = await readdir(out);
  const texts = await Promise.all(files.map((f) => readFile(join(out, f), "latin1")));
  return texts.join("\n");
}

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe("the ingest's personal-data gate", () => {
  it("passes clean data, and neither names, phones nor raw ids reach any output", async () => {
    const {out, run} = await ingest("clean", rows());
    await run;
    const bytes = await outputBytes(out);
    for (const value of ["王小明", "13820240000", "20210301"]) {
      expect(bytes).not.toContain(Buffer.from(value).toString("latin1"));
    }
  });

  it("keeps a phone typed into an undeclared free-text column out of the outputs", async () => {
    const {out, run} = await ingest(
      "free-text",
      rows((r) => (r[0]![9] = "有事请打我妈电话 13912345678 或发 mom@example.com"))
    );
    await run;
    const bytes = await outputBytes(out);
    expect(bytes).not.toContain("13912345678");
    expect(bytes).not.toContain("mom@example.com");
  });

  it("reports free text typed into an answer cell by row, column and length, never verbatim", async () => {
    for (const typed of ["13912345678", "139-1234-5678", "王小明的妈妈", "wang.xiaoming(at)example.com"]) {
      const {out, run} = await ingest(
        `answer-${typed.length}`,
        rows((r) => (r[1]![6] = typed))
      );
      const {report} = await run;
      expect(report.invalid_values.listed[0]).toMatchObject({
        row: 3,
        column: "Q2",
        value: `[text, ${[...typed].length} characters]`
      });
      expect(await outputBytes(out)).not.toContain(Buffer.from(typed).toString("latin1"));
    }
  });

  it("stops the ingest when an ID number typed into the wave column would reach an exclusion reason", async () => {
    const {run} = await ingest(
      "id-in-wave",
      rows((r) => (r[2]![3] = "11010519491231002X"))
    );
    const message = await refusal(run);
    expect(message).toContain(
      `ingest-report.json, sources[0].excluded[0].reason: a resident ID number in "wave '110*************2X' is not declared in stu…" — from answers.csv row 4`
    );
  });

  it("stops the ingest when a declared name is typed into the group column", async () => {
    const {run} = await ingest(
      "name-in-group",
      rows((r) => (r[3]![4] = "李红"))
    );
    const message = await refusal(run);
    expect(message).toMatch(
      /sources\[0\]\.excluded\[0\]\.reason: a value from a personal-data or participant-id column in "group '李\*' is not declared/
    );
  });

  it("publishes an undeclared group value in an exclusion reason, and any invalid answer, only by its length", async () => {
    vi.stubEnv("EVALBOOK_PUBLISH", "1");
    try {
      const {out, run} = await ingest(
        "undeclared-group",
        rows((r) => {
          r[3]![4] = "周老师班";
          r[1]![6] = "55"; // out of range; as a number it could read as participant 55
        })
      );
      await run;
      const report = JSON.parse(await readFile(join(out, "ingest-report.json"), "utf8"));
      expect(report.sources[0].excluded[0].reason).toBe(
        "group [text, 4 characters] is not declared in study.yaml"
      );
      expect(report.invalid_values.listed[0]).toMatchObject({
        row: 3,
        column: "Q2",
        value: "[text, 2 characters]"
      });
      expect(await outputBytes(out)).not.toContain(Buffer.from("周老师").toString("latin1"));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("publishes a check that quotes an undeclared value (a source gave nothing) only by the value's length", async () => {
    vi.stubEnv("EVALBOOK_PUBLISH", "1");
    try {
      const late = [["20210304", "赵六", "13820263757", "前测", "周老师班", "3", "4", "2", "5", "无"]];
      const yaml = study().replace(
        "surveys: [{file: answers.csv, format: wide}]",
        "surveys: [{file: answers.csv, format: wide}, {file: late.csv, format: wide}]"
      );
      const dir = join(root, "late-source");
      await mkdir(dir, {recursive: true});
      await writeFile(join(dir, "study.yaml"), yaml);
      const table = (file: string, cells: string[][]) =>
        plainSurvey(
          {file, headers: HEADERS, rows: cells, rowNumbers: cells.map((_, i) => i + 2), warnings: []},
          "wide"
        );
      const out = join(dir, "out");
      await ingestStudy(dir, {
        out,
        key: "k",
        read: async (_, source) =>
          source.file === "late.csv" ? table("late.csv", late) : table("answers.csv", rows())
      });
      const report = JSON.parse(await readFile(join(out, "ingest-report.json"), "utf8"));
      expect(report.checks.map((c: {message: unknown}) => c.message)).toEqual([
        {
          en: "File 2 contributes no answers: every row (1) was excluded: group [text, 4 characters] is not declared in study.yaml",
          zh: "文件 2 没有提供任何答案：全部 1 行均被排除：组别［4 个字符的文本］未在 study.yaml 中声明"
        }
      ]);
      expect(JSON.stringify(report.warnings)).toContain("group [text, 4 characters] is not declared");
      expect(await outputBytes(out)).not.toContain(Buffer.from("周老师").toString("latin1"));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("passes numeric ids that equal wave ids, scale points, counts and statistics (HELPfull: wave 12, participant 12)", async () => {
    const yaml = `id: numeric
title: {zh: 数字编号, en: Numeric ids}
participants: {id: ID, wave: time}
waves: [{id: "0"}, {id: "6"}, {id: "12"}]
instruments:
  - id: s
    scale: {min: 1, max: 5}
    subscales: [{id: x}]
    items: [{id: q1, column: Q1, subscale: x}, {id: q2, column: Q2, subscale: x}]
sources:
  surveys: [{file: answers.csv, format: wide}]
`;
    const dir = join(root, "numeric");
    await mkdir(dir, {recursive: true});
    await writeFile(join(dir, "study.yaml"), yaml);
    const cells = Array.from({length: 30}, (_, p) => p + 1).flatMap((id) =>
      ["0", "6", "12"].map((wave, w) => [
        String(id),
        wave,
        String(1 + ((id + w) % 5)),
        String(1 + ((id * 2 + w) % 5))
      ])
    );
    const table = plainSurvey(
      {
        file: "answers.csv",
        headers: ["ID", "time", "Q1", "Q2"],
        rows: cells,
        rowNumbers: cells.map((_, i) => i + 2),
        warnings: []
      },
      "wide"
    );
    const {report} = await ingestStudy(dir, {out: join(dir, "out"), key: "k", read: async () => table});
    expect(report.totals.rows_kept).toBe(90);
  });

  it("stops the ingest for an e-mail in study.yaml unless publish.allow lists it", async () => {
    const description = "description: {zh: 联系 team@example.org, en: Contact team@example.org}";
    const message = await refusal((await ingest("email", rows(), study(description))).run);
    expect(message).toContain("study.json, description.zh: an e-mail address");
    expect(message).toContain("Fix: remove each value where it comes from: the raw export");
    const allowed = `${description}\npublish: {allow: [team@example.org]}`;
    await (
      await ingest("email-allowed", rows(), study(allowed))
    ).run;
  });
});
