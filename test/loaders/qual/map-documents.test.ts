import {describe, expect, it} from "vitest";
import type {CodedSegment, CodingProject} from "../../../loaders/qual/coded.js";
import {namedParticipant, toSegments} from "../../../loaders/qual/map-documents.js";
import {readRefiQda} from "../../../loaders/qual/refi-qda.js";

const made = (name: string) => new URL(`../../fixtures/qual/${name}`, import.meta.url).pathname;

describe("toSegments(project, mapping, options)", () => {
  it("maps documents by glob and cases by name, first rule winning, and lists the unmapped", async () => {
    const project = await readRefiQda(made("refi/coded-exclusive.qdpx"));
    const {segments, unmapped, unusedRules} = toSegments(
      project,
      [
        {document: "家长访谈-*", participant: "P01", role: "parent", wave: "post"},
        {document: "家长访谈-P01", participant: "never used"},
        {case: "M01", participant: "M01", role: "member", wave: "post"}
      ],
      {publishExcerpts: true}
    );
    expect(segments[1]).toEqual({
      participant: "P01",
      source: "家长访谈-P01",
      role: "parent",
      wave: "post",
      theme: "家庭支持",
      code: "陪伴时间",
      coder: "王老师",
      excerpt: "我每周五晚上跟他视频。😊他现在愿意跟我说学校里的事了。"
    });
    // A one-level path gives the theme as the code too.
    expect([segments[0]!.theme, segments[0]!.code]).toEqual(["家庭支持", "家庭支持"]);
    expect(segments.map((segment) => segment.participant)).toEqual([
      "P01",
      "P01",
      "P01",
      "P01",
      null,
      null,
      "M01",
      null,
      null
    ]);
    expect(unmapped).toEqual(["教师访谈-T01", "Member interview M01"]);
    expect(unusedRules).toEqual([1]);
  });

  it("drops every excerpt when excerpts may not be published", async () => {
    const project = await readRefiQda(made("refi/coded-exclusive.qdpx"));
    const {segments} = toSegments(project, [], {publishExcerpts: false});
    expect(segments).toHaveLength(9);
    expect(segments.every((segment) => segment.excerpt === null)).toBe(true);
  });

  it("falls back to participant, role and wave variables, treats a bare rule as a catch-all, and counts a rule without participant as a claim", () => {
    const project: CodingProject = {
      file: "t.csv",
      codes: [],
      documents: ["a", "b*c"],
      coders: [],
      warnings: [],
      segments: [
        {
          document: "a",
          cases: [],
          codePath: ["T", "c"],
          coder: null,
          excerpt: "x",
          start: null,
          end: null,
          variables: {participant: "P9", wave: "pre"}
        },
        {
          document: "b*c",
          cases: [],
          codePath: ["T"],
          coder: null,
          excerpt: "y",
          start: null,
          end: null,
          variables: {}
        }
      ]
    };
    expect(toSegments(project, [{document: "b*c", role: "teacher"}], {publishExcerpts: true})).toEqual({
      segments: [
        {
          participant: "P9",
          source: "a",
          role: null,
          wave: "pre",
          theme: "T",
          code: "c",
          coder: null,
          excerpt: "x"
        },
        {
          participant: null,
          source: "b*c",
          role: "teacher",
          wave: null,
          theme: "T",
          code: "T",
          coder: null,
          excerpt: "y"
        }
      ],
      unmapped: [],
      unusedRules: []
    });
    expect(toSegments(project, [], {publishExcerpts: true}).unmapped).toEqual(["b*c"]);
    expect(
      toSegments(project, [{participant: "all", wave: "post"}], {publishExcerpts: true}).segments.map((s) => [
        s.participant,
        s.wave
      ])
    ).toEqual([
      ["all", "post"],
      ["all", "post"]
    ]);
  });
});

describe("namedParticipant(segment, ids)", () => {
  const segment = (document: string, cases: string[] = []): CodedSegment => ({
    document,
    cases,
    codePath: ["T"],
    coder: null,
    excerpt: "",
    start: null,
    end: null,
    variables: {}
  });
  const ids = new Set(["JZ001", "JZ002", "12", "3", "120"]);

  it("maps a case equal to an id, or an id found as a whole token in a case or the document name", () => {
    expect(namedParticipant(segment("Interview 7", ["JZ001"]), ids)).toBe("JZ001");
    expect(namedParticipant(segment("访谈-JZ002"), ids)).toBe("JZ002");
    expect(namedParticipant(segment("访谈JZ002（后测）"), ids)).toBe("JZ002");
    expect(namedParticipant(segment("interview_12.docx"), ids)).toBe("12");
    expect(namedParticipant(segment("doc", ["case 120"]), ids)).toBe("120");
  });

  it("takes the longest id, and none when two ids tie or none is there", () => {
    expect(namedParticipant(segment("第3次访谈-JZ001"), ids)).toBe("JZ001");
    expect(namedParticipant(segment("访谈-JZ001-JZ002"), ids)).toBeNull();
    expect(namedParticipant(segment("访谈-JZ0011"), ids)).toBeNull();
    expect(namedParticipant(segment("team notes"), ids)).toBeNull();
  });

  it("maps unclaimed documents through toSegments, but never one a rule claims", () => {
    const project: CodingProject = {
      file: "t.qdpx",
      codes: [],
      documents: ["访谈-JZ001", "督导笔记-JZ002"],
      coders: [],
      warnings: [],
      segments: [segment("访谈-JZ001"), segment("督导笔记-JZ002")]
    };
    const {segments, unmapped} = toSegments(project, [{document: "督导笔记-*", role: "worker"}], {
      publishExcerpts: true,
      participants: ids
    });
    expect(segments.map((s) => s.participant)).toEqual(["JZ001", null]);
    expect(unmapped).toEqual([]);
  });
});
