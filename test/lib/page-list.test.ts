import {describe, expect, it} from "vitest";
import {applicablePages} from "../../src/lib/page-list.js";

const wave = {id: "w"};

describe("applicablePages(design)", () => {
  it("lists every page for two waves, two groups and coded interviews, in reading order", () => {
    expect(applicablePages({waves: [wave, wave], groups: [1, 2], sources: {coding: [1]}})).toEqual([
      "index",
      "prepost",
      "change",
      "groups",
      "distributions",
      "reliability",
      "themes",
      "quotes",
      "joint",
      "notebook"
    ]);
  });

  it("leaves out Groups for one group and the interview pages without coding", () => {
    expect(applicablePages({waves: [wave, wave], groups: [], sources: {coding: []}})).toEqual([
      "index",
      "prepost",
      "change",
      "distributions",
      "reliability",
      "notebook"
    ]);
  });

  it("leaves out change and the joint display for one wave", () => {
    expect(applicablePages({waves: [wave], sources: {coding: [1]}})).toEqual([
      "index",
      "prepost",
      "distributions",
      "reliability",
      "themes",
      "quotes",
      "notebook"
    ]);
  });
});
