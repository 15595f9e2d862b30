import {describe, expect, it} from "vitest";
import {readRefiQda} from "../../../loaders/qual/refi-qda.js";
import {TEXTS, span} from "../../fixtures/qual/make-fixtures.js";

const real = (name: string) => new URL(`../../fixtures/qual/real/${name}`, import.meta.url).pathname;
const made = (name: string) => new URL(`../../fixtures/qual/refi/${name}`, import.meta.url).pathname;

/** What reading coded-inclusive.qde says about its source that points outside the project. */
const ESCAPE_WARNINGS = [
  {
    en: 'source "escape attempt" points to relative://../../../../etc/hostname, outside the project; Evalbook does not follow such paths, so its codings are left out (export the project as .qdpx with its sources embedded)',
    zh: "来源“escape attempt”指向项目之外的 relative://../../../../etc/hostname；Evalbook 不读取这样的路径，其编码未计入（请将项目导出为内嵌来源的 .qdpx）"
  },
  {
    en: 'source "escape attempt" has no text, so its 1 coded selections are left out',
    zh: "来源“escape attempt”没有文本，其 1 个已编码选段未计入"
  }
];

describe("readRefiQda(path) on real exports", () => {
  // Expected counts come from an independent reading of each project.qde with python3's
  // xml.etree (iter() over all elements, counting local names Code, TextSource, User,
  // Description-bearing and colour-bearing Codes, and Code nesting depth), run once by hand.
  it("reads MAXQDA 24's 307 nested codes, 10 text sources and 1 user", async () => {
    const project = await readRefiQda(real("maxqda24-codebook-10-sources.qdpx"));
    expect(project.codes).toHaveLength(307);
    expect(project.codes.filter((code) => code.parent === null)).toHaveLength(18);
    expect(Math.max(...project.codes.map((code) => code.path.length))).toBe(2);
    expect(project.codes.filter((code) => code.description !== null)).toHaveLength(307);
    expect(project.codes.filter((code) => code.color !== null)).toHaveLength(307);
    expect(project.documents).toHaveLength(10);
    expect(project.coders).toEqual(["johnb"]);
    expect(project.segments).toEqual([]);
    expect(project.warnings).toEqual([]);
    const child = project.codes.find((code) => code.name === "THEME - Affinity Spaces (Gee)")!;
    expect(child.path).toEqual(["Additional Themes and Ideas", "THEME - Affinity Spaces (Gee)"]);
    expect(child.color).toBe("#ef8256");
    expect(child.description).toBe("Apply this code when a study uses Gee's concept of affinity spaces.");
  });

  it("reads ATLAS.ti 23's codebook-only projects (3 codes and 2 users; none and 2 users)", async () => {
    const target = await readRefiQda(real("ponte_target-atlas-project.qdpx"));
    expect(target.codes.map((code) => code.path.join(" > "))).toEqual([
      "Commits",
      "Commits > 2022-05-10T02:05:59Z 19e4dce",
      "Commits > 2022-02-11T10:39:25Z cdbfd92"
    ]);
    expect(target.coders).toEqual(["Enric Llagostera", "ATLAS.ti"]);
    expect(target.documents).toEqual([]);
    const blank = await readRefiQda(real("ponte_blank-atlas-project.qdpx"));
    expect([blank.codes.length, blank.documents.length, blank.coders.length]).toEqual([0, 0, 2]);
  });
});

describe("readRefiQda(path) on coded projects built from the schema", () => {
  it("cuts Chinese and astral-plane excerpts by code point from a .qdpx with exclusive ends", async () => {
    const project = await readRefiQda(made("coded-exclusive.qdpx"));
    const excerpts = project.segments.map((segment) => [
      segment.document,
      segment.codePath.join(" > "),
      segment.excerpt
    ]);
    expect(excerpts).toEqual([
      ["家长访谈-P01", "家庭支持", "主要是奶奶带"],
      ["家长访谈-P01", "家庭支持 > 陪伴时间", "我每周五晚上跟他视频。😊他现在愿意跟我说学校里的事了。"],
      ["家长访谈-P01", "家庭支持 > 亲子沟通", "我每周五晚上跟他视频。😊他现在愿意跟我说学校里的事了。"],
      ["家长访谈-P01", "学校适应 > 同伴关系", "他交了两个好朋友"],
      ["教师访谈-T01", "学校适应", "这学期他上课举手多了👍"],
      ["教师访谈-T01", "学校适应 > 同伴关系", "和同桌的矛盾也少了"],
      ["Member interview M01", "其他", "I liked the 𝒜-team games 🎲"],
      ["Member interview M01", "家庭支持 > 亲子沟通", "I talk to my mum on Fridays"],
      ["Member interview M01", "学校适应 > 同伴关系", "I have two friends. 😀"]
    ]);
    const friends = project.segments[3]!;
    expect([friends.start, friends.end]).toEqual(Object.values(span(TEXTS.parent, "他交了两个好朋友")));
  });

  it("names coders, cases and variables, and warns about unknown codes and non-text sources", async () => {
    const project = await readRefiQda(made("coded-exclusive.qdpx"));
    expect(project.coders).toEqual(["王老师", "Li Na"]);
    expect(project.segments.map((segment) => segment.coder)).toEqual([
      "王老师",
      "王老师",
      "Li Na",
      "Li Na",
      "王老师",
      "王老师",
      "Li Na",
      "Li Na",
      "王老师"
    ]);
    expect(project.documents).toEqual([
      "家长访谈-P01",
      "教师访谈-T01",
      "Member interview M01",
      "活动照片与签到表"
    ]);
    const [parent, , , , teacher, , member, memberUncased] = project.segments;
    expect(parent!.cases).toEqual(["P01 母亲"]);
    // The case's value overrides the source's value of the same variable.
    expect(parent!.variables).toEqual({年级: "五年级"});
    expect(teacher!.cases).toEqual(["T01 班主任"]);
    expect(member!.cases).toEqual(["M01"]);
    expect(member!.variables).toEqual({age: "11"});
    expect(memberUncased!.cases).toEqual([]);
    expect(project.codes.find((code) => code.name === "陪伴时间")!.id).toBe(
      "C0DE0000-0000-4000-8000-000000000002"
    );
    expect(project.warnings).toEqual([
      {
        en: "1 non-text sources skipped (Evalbook reads coded text only): 活动照片与签到表",
        zh: "跳过了 1 个非文本来源（Evalbook 只读取已编码的文本）：活动照片与签到表"
      },
      {
        en: "1 codings refer to code C0DE0000-0000-4000-8000-0000000000FF, which is not in the codebook; they are left out",
        zh: "1 处编码指向编码本中没有的编码 C0DE0000-0000-4000-8000-0000000000FF，未计入"
      }
    ]);
  });

  it("detects inclusive ends in a bare .qde and reads relative:// texts beside it, but never outside", async () => {
    const project = await readRefiQda(made("coded-inclusive.qde"));
    expect(project.segments.map((segment) => segment.excerpt)).toEqual([
      "主要是奶奶带",
      "😊他现在愿意跟我说学校里的事了。",
      "好",
      "说孩子回家愿意讲学校的事。"
    ]);
    // Positions are reported end-exclusive whatever the file's convention.
    expect([project.segments[0]!.start, project.segments[0]!.end]).toEqual(
      Object.values(span(TEXTS.parent, "主要是奶奶带"))
    );
    expect(project.warnings).toEqual(ESCAPE_WARNINGS);
  });

  it("lets endPosition override the detection", async () => {
    const project = await readRefiQda(made("coded-inclusive.qde"), {endPosition: "exclusive"});
    expect(project.segments[0]!.excerpt).toBe("主要是奶奶");
    expect(project.warnings).toEqual(ESCAPE_WARNINGS);
  });
});
