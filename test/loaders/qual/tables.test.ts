import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {readAtlasti, splitCodes} from "../../../loaders/qual/atlasti.js";
import {readCodingTable} from "../../../loaders/qual/coding-table.js";
import {readMaxqda} from "../../../loaders/qual/maxqda.js";
import {readTaguette, splitTag} from "../../../loaders/qual/taguette.js";

const fixture = (path: string) => new URL(`../../fixtures/qual/${path}`, import.meta.url).pathname;

describe("readTaguette(path, options)", () => {
  it("reads the CSV (UTF-8, CRLF) and the XLSX export alike", async () => {
    const fromCsv = await readTaguette(fixture("taguette/highlights.csv"));
    const fromXlsx = await readTaguette(fixture("taguette/highlights.xlsx"));
    expect(fromXlsx.segments).toEqual(fromCsv.segments);
    expect(fromCsv.segments.map((segment) => [segment.document, segment.codePath, segment.excerpt])).toEqual([
      ["家长访谈-P01", ["家庭支持", "陪伴时间"], "我每周五晚上跟他视频。"],
      ["家长访谈-P01", ["亲子沟通"], "我每周五晚上跟他视频。"],
      ["家长访谈-P01", ["1.2 情绪支持"], "他现在愿意跟我说学校里的事了，\n还会说“谢谢妈妈”。"],
      ["Member interview M01", ["friends", "new friends"], 'I have "two" friends, really. 😀']
    ]);
    expect(fromCsv.documents).toEqual(["家长访谈-P01", "教师访谈-T01", "Member interview M01"]);
    expect(fromCsv.warnings).toEqual([
      {en: "1 highlights have no tag; they are left out", zh: "1 个高亮没有标签，未计入"}
    ]);
  });

  it("splitTag(tag, separator) splits levels but keeps numbered and flat tags whole", () => {
    expect(splitTag("家庭支持.陪伴时间", ".")).toEqual(["家庭支持", "陪伴时间"]);
    expect(splitTag("1.2 情绪支持", ".")).toEqual(["1.2 情绪支持"]);
    expect(splitTag("1. 情绪支持", ".")).toEqual(["1. 情绪支持"]);
    expect(splitTag(".hidden", ".")).toEqual([".hidden"]);
    expect(splitTag("theme/code", "/")).toEqual(["theme", "code"]);
    expect(splitTag("a.b", null)).toEqual(["a.b"]);
  });
});

describe("readMaxqda(path) on a real coded-segments export", () => {
  // Independent counts: python3's csv module over the file (encoding utf-8-sig) gave 59 data rows,
  // 10 distinct Code values under 7 parents, 2 documents, 1 creator, 27 rows of "ai monophthongization > a:".
  it("reads every segment with its ` > ` code path, document group and creator", async () => {
    const project = await readMaxqda(fixture("real/maxqda_coded_segments_corpus_studio_HEAD60.csv"));
    expect(project.segments).toHaveLength(59);
    expect(project.codes.filter((code) => code.parent !== null)).toHaveLength(10);
    expect(project.codes.filter((code) => code.parent === null)).toHaveLength(7);
    expect(project.documents).toHaveLength(2);
    expect(project.coders).toEqual(["romeodetimmerman"]);
    expect(
      project.segments.filter((segment) => segment.codePath.join(" > ") === "ai monophthongization > a:")
    ).toHaveLength(27);
    expect(project.segments[0]).toEqual({
      document: "albertking-sc-as_the_years_go_passing_by",
      cases: [],
      codePath: ["post-vocalic r", "r realization"],
      coder: "romeodetimmerman",
      excerpt: "there",
      start: null,
      end: null,
      variables: {"Document group": "1960s_AA > albertking"}
    });
    expect(project.warnings).toEqual([]);
  });
});

describe("readAtlasti(path) on a real quotation export", () => {
  const lines = (name: string) =>
    readFileSync(fixture(`real/${name}`), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(";"));
  // The code list with frequencies, read independently: theme rows have the name in column 1,
  // code rows in column 2 (both prefixed "● "); column 3 is the number of quotations.
  const frequencies = new Map<string, number>();
  let theme = "";
  for (const [first, second, count] of lines("icsa26_20250914_code_list_frequencies.csv")) {
    if (first) theme = first.replace(/^● /, "");
    frequencies.set(first ? theme : `${theme}: ${second!.replace(/^● /, "")}`, Number(count));
  }
  const codebook = new Set(lines("icsa26_20250914_codebook_full.csv").map(([name]) => name));

  it("splits the Codes cells into exactly the listed codes, commas in theme names included", async () => {
    const project = await readAtlasti(fixture("real/icsa26_20250914_quotation_export.csv"));
    expect(project.warnings).toEqual([]);
    // Sum of the "Number of Codes" column.
    expect(project.segments).toHaveLength(1465);
    const inVivo = project.segments.filter((segment) => segment.codePath[0]!.startsWith('"'));
    expect(inVivo).toHaveLength(1);
    const named = project.segments.filter((segment) => !segment.codePath[0]!.startsWith('"'));
    expect(named.every((segment) => segment.codePath.length === 2)).toBe(true);
    const counts = new Map<string, number>();
    for (const segment of named) {
      const name = segment.codePath.join(": ");
      expect(codebook.has(name), name).toBe(true);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    // Quotations 1:69, 1:315 and 1:333 are missing from the export but counted in the list, so each
    // code may be up to 3 short of its listed frequency, never above it.
    for (const [name, count] of counts) {
      expect(frequencies.get(name)! - count, name).toBeGreaterThanOrEqual(0);
      expect(frequencies.get(name)! - count, name).toBeLessThanOrEqual(3);
    }
    const themes = new Set(named.map((segment) => segment.codePath[0]!));
    expect([...themes].sort()).toEqual([...frequencies.keys()].filter((name) => !name.includes(": ")).sort());
    expect(project.codes.filter((code) => code.parent === null)).toHaveLength(18 + 1);
    expect(project.documents).toEqual(["[ATLAS] - Codifying Fragments"]);
  });

  it("splitCodes(cell, count) joins pieces back only as far as the count requires", () => {
    const cell =
      "T1. Edge: Protocol, T2. Security, Privacy & Trust: Access Control, T2. Security, Privacy & Trust: Authentication";
    expect(splitCodes(cell, 3)).toEqual([
      "T1. Edge: Protocol",
      "T2. Security, Privacy & Trust: Access Control",
      "T2. Security, Privacy & Trust: Authentication"
    ]);
    expect(splitCodes('"Say, hello", Theme: code', 2)).toEqual(['"Say, hello"', "Theme: code"]);
    expect(splitCodes("Family: money, time", 1)).toEqual(["Family: money, time"]);
    expect(splitCodes("A: b, C: d", null)).toEqual(["A: b", "C: d"]);
  });
});

describe("readCodingTable(path, options)", () => {
  const columns = {participant: "受访人编号", excerpt: "访谈原文"};

  it("reads a GB18030 CSV and an XLSX with Chinese headers mapped through columns", async () => {
    const fromCsv = await readCodingTable(fixture("table/coding-gb18030.csv"), {columns});
    const fromXlsx = await readCodingTable(fixture("table/coding.xlsx"), {columns});
    expect(fromXlsx.segments).toEqual(fromCsv.segments);
    expect(fromCsv.segments[0]).toEqual({
      document: "P01",
      cases: [],
      codePath: ["家庭支持", "陪伴时间"],
      coder: "王老师",
      excerpt: "我每周五晚上跟他视频。",
      start: null,
      end: null,
      variables: {participant: "P01", role: "parent", wave: "post"}
    });
    expect(fromCsv.segments[2]!.codePath).toEqual(["同伴关系"]);
    expect(fromCsv.coders).toEqual(["王老师", "李娜"]);
    expect(fromCsv.warnings).toEqual([
      {
        en: "1 rows have neither theme nor code and are left out (rows 5)",
        zh: "1 行既没有主题也没有编码，未计入（第 5 行）"
      }
    ]);
  });

  it("lists the columns found and the names expected when a column is missing", async () => {
    const error = await readCodingTable(fixture("table/coding-gb18030.csv")).catch(
      (reason: unknown) => reason
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      'coding-gb18030.csv: lacks the column excerpt ("excerpt" or "quote" or "text" or "原文" or "摘录" or "引文" or "内容"). Fix: the columns found are "受访人编号", "角色", "阶段", "主题", "编码", "访谈原文", "编码者"; rename the column in the file or map it in study.yaml, e.g. columns: {excerpt: "<column name>"}'
    );
    const mapped = await readCodingTable(fixture("table/coding.xlsx"), {
      columns: {...columns, coder: "审核人"}
    }).catch((reason: unknown) => reason);
    expect((mapped as InputError).message).toMatch(
      /^coding\.xlsx: lacks the column coder \("审核人"\)\. Fix: the columns found are/
    );
  });
});
