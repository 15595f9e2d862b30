import {describe, expect, it} from "vitest";
import type {CodingProject} from "../../../loaders/qual/coded.js";
import {toSegments} from "../../../loaders/qual/map-documents.js";
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
