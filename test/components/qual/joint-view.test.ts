import {describe, expect, it} from "vitest";
import {
  changePairs,
  jointColumns,
  publishedJointRows,
  themeOrder
} from "../../../src/components/qual/joint-view.js";
import type {ChangeInput} from "../../../src/lib/qual/index.js";
import {ROWS} from "../../lib/qual/fixtures.js";

const change = (
  participant: string,
  subscale: string,
  [from, to]: [string, string],
  group = "all"
): ChangeInput => ({
  participant,
  group,
  instrument: "ase",
  subscale,
  wave_from: from,
  wave_to: to,
  from: 2,
  to: 3,
  change: 1,
  category: "improved"
});

const CHANGE = [
  change("P1", "ability", ["pre", "post"]),
  change("P1", "total", ["pre", "post"]),
  change("P1", "ability", ["pre", "follow"]),
  change("P2", "ability", ["pre", "post"], "parents")
];

describe("changePairs(change)", () => {
  it("gives each pair of waves once, in order of first appearance", () => {
    expect(changePairs(CHANGE)).toEqual([
      ["pre", "post"],
      ["pre", "follow"]
    ]);
  });
});

describe("publishedJointRows(change, segments, options)", () => {
  it("gives the rows of the chosen pair of waves", () => {
    const {rows, hidden} = publishedJointRows(CHANGE, ROWS, {
      pair: ["pre", "follow"],
      policy: {published: false, min_cell: 3, excerpts: true}
    });
    expect(rows.map((r) => [r.participant, r.changes.map((c) => c.subscale)])).toEqual([
      ["P1", ["ability"]],
      ["P2", []]
    ]);
    expect(hidden).toEqual([]);
  });

  it("in the published site leaves out groups of fewer than min_cell people, and says which", () => {
    const {rows, hidden} = publishedJointRows(CHANGE, ROWS, {
      policy: {published: true, min_cell: 2, excerpts: true}
    });
    expect(rows).toEqual([]);
    expect(hidden).toEqual([
      {group: "all", n: 1},
      {group: "parents", n: 1}
    ]);
  });
});

describe("jointColumns(study, change, lang)", () => {
  it("gives the subscales with a change score in study order, the total last, named in the language", () => {
    const study = {
      instruments: [
        {
          id: "ase",
          subscales: [
            {id: "behavior", title: {zh: "学习行为", en: "Behaviour"}},
            {id: "ability", title: {zh: "学习能力", en: "Ability"}}
          ]
        }
      ]
    };
    expect(jointColumns(study, CHANGE, "en")).toEqual([
      {instrument: "ase", subscale: "ability", name: "Ability"},
      {instrument: "ase", subscale: "total", name: "Total"}
    ]);
  });
});

describe("themeOrder(codebook, segments)", () => {
  it("puts the codebook's themes first, then themes only the segments name", () => {
    const codebook = [
      {theme: "同伴", depth: 1},
      {theme: "同伴", depth: 2},
      {theme: "家庭", depth: 1}
    ];
    expect(themeOrder(codebook, ROWS)).toEqual(["同伴", "家庭", "自信"]);
  });
});
