import {mkdtemp, readdir, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {ingestStudy, type IngestResult} from "../../../loaders/ingest/ingest.js";
import {pseudonym} from "../../../loaders/ingest/pseudonym.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import type {SourceTable} from "../../../loaders/ingest/source-table.js";
import {loadStudy} from "../../../loaders/study/load.js";
import {readCodingSources} from "../../../loaders/ingest/coding.js";
import {wjxSurvey} from "../../../loaders/read/wjx-survey.js";
import {readParquet, type ParquetTable} from "../../../src/lib/parquet.js";

const KEY = "test-key";

async function parquet(dir: string, name: string): Promise<ParquetTable> {
  const bytes = await readFile(join(dir, `${name}.parquet`));
  return readParquet(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
}

/** Ingests in the local build (`npm run dev`), or in the published one (`npm run build` sets EVALBOOK_PUBLISH=1). */
async function ingest(dir: string, read = readSource, {published = false} = {}): Promise<IngestResult> {
  const out = join(await mkdtemp(join(tmpdir(), "evalbook-coding-")), "out");
  vi.stubEnv("EVALBOOK_PUBLISH", published ? "1" : "");
  try {
    return await ingestStudy(dir, {out, key: KEY, read});
  } finally {
    vi.unstubAllEnvs();
  }
}

afterAll(() => vi.unstubAllEnvs());

describe("the coding ingest of the demo studies", () => {
  const results: Record<string, IngestResult> = {};
  beforeAll(async () => {
    for (const id of ["q-school", "p-street", "z-village"])
      results[id] = await ingest(`data/studies/${id}`, readSource, {published: true});
    results["p-street local"] = await ingest("data/studies/p-street");
  }, 180_000);

  it("q-school: a REFI-QDA project, participants from case variables, two coders", async () => {
    const {report, out} = results["q-school"]!;
    expect(report.coding).toMatchObject({
      segments: 109,
      passages: 72,
      codes: 12,
      coders: ["社工 王敏", "督导 李老师"],
      participants: 7,
      unmapped_documents: [],
      excerpts_published: true,
      warnings: []
    });
    expect(report.coding.files).toEqual([
      expect.objectContaining({file: "raw/coding/访谈编码.qdpx", format: "refi-qda", documents: 21})
    ]);
    const segments = (await parquet(out, "segments")).rows;
    const scores = new Set((await parquet(out, "scores")).rows.map((r) => r.participant));
    // Every coded participant is a survey participant, under the same pseudonym: the joint display joins.
    const coded = new Set(segments.flatMap((s) => (s.participant === null ? [] : [s.participant])));
    expect([...coded].every((p) => scores.has(p))).toBe(true);
    expect(coded.has(pseudonym(KEY, "q-school", "20210301"))).toBe(true);
    expect(new Set(segments.map((s) => s.role))).toEqual(new Set(["member", "parent", "teacher", "worker"]));
    expect(segments.filter((s) => s.role === "worker").every((s) => s.participant === null)).toBe(true);
    expect(segments.every((s) => typeof s.excerpt === "string" && s.excerpt.length > 0)).toBe(true);
    // κ per code for the documents both coders coded: 3 post-test member interviews and the teacher's.
    const agreement = (await parquet(out, "agreement")).rows;
    expect(agreement.length).toBe(report.coding.codes - 2);
    // Published: coders by neutral label (社工 王敏 sorts after 督导 李老师), in the tables and the written report.
    expect(agreement.every((r) => r.documents === 4 && r.coder_a === "编码员 B")).toBe(true);
    expect(new Set(segments.map((s) => s.coder))).toEqual(new Set(["编码员 A", "编码员 B"]));
    expect(segments.every((s) => /^访谈 \d+$/.test(String(s.source)))).toBe(true);
    const written = JSON.parse(await readFile(join(out, "ingest-report.json"), "utf8"));
    expect(written.coding.coders).toEqual(["编码员 B", "编码员 A"]);
    expect(written.coding.files[0].file).toBe("文件 3"); // after the two questionnaires
    for (const name of await readdir(out))
      expect(await readFile(join(out, name), "latin1"), name).not.toContain(
        Buffer.from("王敏").toString("latin1")
      );
    const codebook = (await parquet(out, "codebook")).rows;
    expect(codebook.filter((c) => c.depth === 1).map((c) => c.theme)).toEqual([
      "学习自信",
      "学习行为",
      "同伴互助",
      "家庭支持",
      "小组体验"
    ]);
    expect(codebook.every((c) => typeof c.color === "string")).toBe(true);
  });

  it("p-street: Taguette highlights mapped by study.yaml, one document unmapped, no excerpts in the published build", async () => {
    const {report, out} = results["p-street"]!;
    expect(report.coding).toMatchObject({
      segments: 42,
      codes: 10,
      coders: [],
      participants: 6,
      unmapped_documents: [{file: "raw/coding/taguette_highlights.csv", document: "电话回访-06"}],
      excerpts_published: false
    });
    expect(report.coding.warnings).toEqual([
      {
        en: "raw/coding/taguette_highlights.csv: 1 highlights have no tag; they are left out",
        zh: "raw/coding/taguette_highlights.csv：1 个高亮没有标签，未计入"
      }
    ]);
    // Published: the file by its neutral label, in each language's own words.
    const written = JSON.parse(await readFile(join(out, "ingest-report.json"), "utf8"));
    const number = /^文件 (\d+)$/.exec(written.coding.files[0].file)![1];
    expect(written.coding.warnings).toEqual([
      {
        en: `File ${number}: 1 highlights have no tag; they are left out`,
        zh: `文件 ${number}：1 个高亮没有标签，未计入`
      }
    ]);
    const segments = (await parquet(out, "segments")).rows;
    expect(segments.every((s) => s.excerpt === null)).toBe(true);
    // The raw ids written in study.yaml's rules reach neither the tables nor the published study.json.
    const study = await readFile(join(out, "study.json"), "utf8");
    expect(study).not.toContain('"3124"');
    expect(study).toContain(pseudonym(KEY, "p-street", "3124"));
  });

  it("p-street: the local build (npm run dev) keeps the excerpts publish.excerpts: false keeps off the published site", async () => {
    const {report, out} = results["p-street local"]!;
    expect(report.coding).toMatchObject({segments: 42, participants: 6, excerpts_published: true});
    const segments = (await parquet(out, "segments")).rows;
    expect(segments.every((s) => typeof s.excerpt === "string" && s.excerpt.length > 0)).toBe(true);
    const published = (await parquet(results["p-street"]!.out, "segments")).rows;
    // The same passages, codes and pseudonyms in both builds: only the text differs.
    expect(published.map((s) => [s.participant, s.code, s.passage])).toEqual(
      segments.map((s) => [s.participant, s.code, s.passage])
    );
  });

  it("z-village: a coding table with roles and waves in words, one id that matches no questionnaire", async () => {
    const {report, out} = results["z-village"]!;
    expect(report.coding).toMatchObject({
      segments: 69,
      passages: 69,
      codes: 8,
      coders: ["社工 陈静"],
      participants: 17,
      unmapped_documents: []
    });
    expect(report.coding.warnings).toEqual([
      {
        en: 'raw/coding/访谈编码表.xlsx: participant id "Z-CO3" matches no questionnaire, so the joint display shows no scores for it; check the id against the survey',
        zh: "raw/coding/访谈编码表.xlsx：参与者编号“Z-CO3”没有对应的问卷，联合展示中不会显示其得分；请对照问卷核对编号"
      }
    ]);
    // The published report names the file by its label and quotes no raw id (the gate knows only survey ids).
    const written = JSON.parse(await readFile(join(out, "ingest-report.json"), "utf8"));
    expect(written.coding.warnings).toEqual([
      {
        en: "File 3: participant id [text, 5 characters] matches no questionnaire, so the joint display shows no scores for it; check the id against the survey",
        zh: "文件 3：参与者编号［5 个字符的文本］没有对应的问卷，联合展示中不会显示其得分；请对照问卷核对编号"
      }
    ]);
    const segments = (await parquet(out, "segments")).rows;
    expect(new Set(segments.map((s) => s.role))).toEqual(new Set(["member", "parent"]));
    expect(new Set(segments.map((s) => s.wave))).toEqual(new Set(["pre", "post"]));
    // Documents named by participant id (no source column) are named by pseudonym instead.
    expect(segments.some((s) => String(s.source).includes("Z-C0") || String(s.source).includes("Z-P0"))).toBe(
      false
    );
    expect((await parquet(out, "agreement")).rows).toEqual([]);
  });
});

const HEADERS = [
  "序号",
  "1、学号",
  "2、姓名",
  "3、手机号码",
  "4、我能学好功课",
  "5、我学习很吃力",
  "6、我上课认真听讲",
  "7、x",
  "8、y",
  "9、z"
];
/** The mini-coded export's own warnings, before the report prefixes its file. */
const UNUSED_RULE = {
  en: 'sources.coding[0].documents[1] (document "没有这个文档") matches no coded segment; check the name against the export',
  zh: "sources.coding[0].documents[1]（文档“没有这个文档”）没有对应任何已编码片段；请对照导出文件检查名称"
};
const UNDECLARED_WAVE = {
  en: 'waves "期中" are not declared in study.yaml (declared: pre, post); their segments keep the text as wave',
  zh: "测量“期中”未在 study.yaml 中声明（已声明：pre, post）；这些片段以原文作为测量"
};
const survey = (file: string, ids: string[]): SourceTable =>
  wjxSurvey({
    file,
    headers: HEADERS,
    rows: ids.map((id, i) => [String(i + 1), id, "某", "13800000000", "3", "3", "4", "x", "y", "4"]),
    rowNumbers: ids.map((_, i) => i + 2),
    warnings: []
  });

describe("the published coding ingest of a study that forbids excerpts (test/fixtures/studies/mini-coded)", () => {
  let result: IngestResult;
  let local: IngestResult;
  const read = async (path: string) =>
    survey(path, path.endsWith("pre.csv") ? ["S1", "S2", "S3"] : ["S1", "S3"]);
  beforeAll(async () => {
    result = await ingest("test/fixtures/studies/mini-coded", read, {published: true});
    local = await ingest("test/fixtures/studies/mini-coded", read);
  });

  it("reports segments, passages, codes, coders, the unmapped document and every warning", () => {
    expect(result.report.coding).toEqual({
      files: [
        {
          file: "coding.csv",
          format: "table",
          documents: 4,
          segments: 8,
          passages: 5,
          codes: 7,
          coders: ["A", "B"],
          unmapped_documents: ["小组记录"],
          warnings: [UNUSED_RULE, UNDECLARED_WAVE]
        }
      ],
      segments: 8,
      passages: 5,
      codes: 7,
      coders: ["A", "B"],
      participants: 3,
      unmapped_documents: [{file: "coding.csv", document: "小组记录"}],
      excerpts_published: false,
      warnings: [
        ...[UNUSED_RULE, UNDECLARED_WAVE].map(({en, zh}) => ({
          en: `coding.csv: ${en}`,
          zh: `coding.csv：${zh}`
        })),
        {
          en: 'coding.csv: participant id "S9" matches no questionnaire, so the joint display shows no scores for it; check the id against the survey',
          zh: "coding.csv：参与者编号“S9”没有对应的问卷，联合展示中不会显示其得分；请对照问卷核对编号"
        }
      ]
    });
  });

  it("maps rules and columns, normalises role words, and counts passages, co-occurrence and κ", async () => {
    const {out} = result;
    const segments = (await parquet(local.out, "segments")).rows;
    expect(segments.map((s) => [s.participant, s.role, s.wave, s.passage])).toEqual([
      [pseudonym(KEY, "mini-coded", "S1"), "member", "post", 0],
      [pseudonym(KEY, "mini-coded", "S1"), "member", "post", 0],
      [pseudonym(KEY, "mini-coded", "S1"), "member", "post", 1],
      [pseudonym(KEY, "mini-coded", "S1"), "member", "post", 1],
      [pseudonym(KEY, "mini-coded", "S3"), "parent", "post", 2],
      [pseudonym(KEY, "mini-coded", "S3"), "parent", "post", 2],
      [null, "worker", null, 3],
      [pseudonym(KEY, "mini-coded", "S9"), "member", "期中", 4]
    ]);
    // The published build keeps the passages but unlinks them: no role here has min_cell (3) coded participants.
    const published = (await parquet(out, "segments")).rows;
    expect(published.map((s) => [s.participant, s.role, s.passage])).toEqual(
      segments.map((s) => [null, s.role, s.passage])
    );
    // Two coders' different codes on one passage are disagreement, not co-occurrence.
    expect((await parquet(out, "cooccurrence")).rows).toEqual([
      {theme_a: "家庭支持", code_a: "家长陪伴学习", theme_b: "家庭支持", code_b: "缺少辅导", count: 1}
    ]);
    const agreement = (await parquet(out, "agreement")).rows;
    expect(agreement.map((r) => [r.code, r.n, r.both, r.only_a, r.only_b, r.neither, r.kappa])).toEqual([
      ["相信自己能学好", 2, 1, 0, 0, 1, 1],
      ["交到朋友", 2, 0, 1, 0, 1, 0],
      ["敢于提问", 2, 0, 0, 1, 1, 0]
    ]);
    const tallies = (await parquet(out, "code_tallies")).rows;
    expect(tallies.find((t) => t.by === "all" && t.code === "相信自己能学好")).toEqual({
      by: "all",
      level: null,
      theme: "学习自信",
      code: "相信自己能学好",
      segments: 1,
      participants: 1
    });
    expect(tallies.filter((t) => t.by === "role" && t.theme === "家庭支持").map((t) => t.level)).toEqual([
      "parent",
      "parent"
    ]);
  });

  it("writes no coded text anywhere: every excerpt is null and no output file holds the text", async () => {
    const {out} = result;
    for (const name of await readdir(out)) {
      const path = join(out, name);
      const text = name.endsWith(".parquet")
        ? JSON.stringify((await parquet(out, name.replace(/\.parquet$/, ""))).rows)
        : await readFile(path, "utf8");
      expect(text, name).not.toContain("机密摘录");
      expect(text, name).not.toContain("我相信自己能学好数学");
    }
    expect((await parquet(out, "segments")).rows.every((s) => s.excerpt === null)).toBe(true);
  });

  it("keeps the coded text in the local build, for the researcher", async () => {
    expect(local.report.coding.excerpts_published).toBe(true);
    const excerpts = (await parquet(local.out, "segments")).rows.map((s) => s.excerpt);
    expect(excerpts.every((e) => typeof e === "string" && e.length > 0)).toBe(true);
    expect(excerpts.join("")).toContain("我相信自己能学好数学");
  });
});

describe("readCodingSources(dir, study, key)", () => {
  it("rejects a rule with an undeclared wave, naming the key path", async () => {
    const study = await loadStudy("test/fixtures/studies/mini-coded");
    study.sources.coding[0]!.documents[0]!.wave = "mid";
    const error = await readCodingSources("test/fixtures/studies/mini-coded", study, KEY).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "study.yaml, sources.coding[0].documents[0].wave: 'mid' is not a declared wave; declared: pre, post. Fix: use a declared wave id"
    );
  });

  it("writes empty tables with their columns for a study without coding", async () => {
    const {out} = await ingest("test/fixtures/studies/mini", async (path) => survey(path, ["S1", "S2"]));
    const segments = await parquet(out, "segments");
    expect(segments.rows).toEqual([]);
    expect(Object.keys(segments.columns)).toEqual([
      "participant",
      "source",
      "role",
      "wave",
      "theme",
      "code",
      "coder",
      "excerpt",
      "passage"
    ]);
    for (const name of ["codebook", "code_tallies", "cooccurrence", "agreement"])
      expect((await parquet(out, name)).rows).toEqual([]);
  });
});
