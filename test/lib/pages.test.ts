import {describe, expect, it} from "vitest";
import {applicablePages, notApplicable, pageDesign} from "../../src/lib/pages.js";

const design = {waves: 2, groups: 1, coding: false, instruments: 1};

describe("applicablePages(design)", () => {
  it("gives a two-wave, one-group survey every quantitative page but groups and the qualitative ones", () => {
    expect(applicablePages(design)).toEqual([
      "index",
      "prepost",
      "change",
      "distributions",
      "reliability",
      "report",
      "notebook"
    ]);
  });

  it("gives a one-wave survey no pre/post or change page", () => {
    expect(applicablePages({...design, waves: 1, groups: 2})).toEqual([
      "index",
      "groups",
      "distributions",
      "reliability",
      "report",
      "notebook"
    ]);
  });

  it("gives one-wave coded interviews no joint display: it sets themes beside change", () => {
    expect(applicablePages({...design, waves: 1, coding: true})).not.toContain("joint");
    expect(notApplicable("joint", {...design, waves: 1, coding: true})).toBe("oneWave");
  });

  it("gives parallel groups with coded interviews every page", () => {
    expect(applicablePages({waves: 5, groups: 2, coding: true, instruments: 2})).toHaveLength(11);
  });

  it("gives interviews without a questionnaire the qualitative pages only", () => {
    expect(applicablePages({waves: 1, groups: 0, coding: true, instruments: 0})).toEqual([
      "index",
      "themes",
      "quotes",
      "report",
      "notebook"
    ]);
  });
});

describe("notApplicable(page, design)", () => {
  it("names the reason a page does not apply", () => {
    expect(notApplicable("prepost", {...design, waves: 1})).toBe("oneWave");
    expect(notApplicable("groups", design)).toBe("oneGroup");
    expect(notApplicable("joint", design)).toBe("qNoCoding");
    expect(notApplicable("prepost", design)).toBeUndefined();
  });
});

describe("pageDesign(study)", () => {
  it("counts waves, groups and instruments of a study.json, and whether it has coding", () => {
    const study = {
      waves: [{}, {}, {}],
      groups: [],
      instruments: [{}],
      sources: {surveys: [{}], coding: [{}]}
    };
    expect(pageDesign(study)).toEqual({waves: 3, groups: 0, coding: true, instruments: 1});
  });
});
