import {execFileSync} from "node:child_process";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {publishPolicy, isPublishBuild} from "../../loaders/publish/mode.js";
import {parseStudy} from "../../loaders/study/load.js";
import {
  countText,
  individualRows,
  showIndividuals,
  suppress,
  suppressionNote,
  type PublishPolicy
} from "../../src/lib/suppress.js";

const PUBLISHED: PublishPolicy = {published: true, min_cell: 3, excerpts: true};
const LOCAL: PublishPolicy = {published: false, min_cell: 3, excerpts: true};

const distribution = [
  {item: "a", value: 1, n: 0, percent: 0},
  {item: "a", value: 2, n: 2, percent: 20},
  {item: "a", value: 3, n: 3, percent: 30},
  {item: "a", value: 4, n: 5, percent: 50},
  {item: "b", value: 1, n: 1, percent: 10},
  {item: "b", value: 2, n: 1, percent: 10},
  {item: "b", value: 3, n: 8, percent: 80}
];

describe("suppress(rows, options, policy)", () => {
  it("hides counts from 1 to min_cell − 1 and the columns derived from them, keeping zeros", () => {
    const rows = suppress(distribution, {count: "n", hide: ["percent"]}, PUBLISHED);
    expect(rows.map((r) => [r.shown, r.n, r.percent, r.suppressed])).toEqual([
      ["0", 0, 0, null],
      ["< 3", null, null, "small"],
      ["3", 3, 30, null],
      ["5", 5, 50, null],
      ["< 3", null, null, "small"],
      ["< 3", null, null, "small"],
      ["8", 8, 80, null]
    ]);
  });

  it("hides the smallest other count of a margin with a single small cell, so a shown total does not reveal it", () => {
    const rows = suppress(distribution, {count: "n", by: ["item"]}, PUBLISHED);
    expect(rows.slice(0, 4).map((r) => r.shown)).toEqual(["0", "< 3", "≥ 3", "5"]);
    expect(rows[2]).toMatchObject({suppressed: "complementary", n: null, item: "a", value: 3});
  });

  it("hides another count when the hidden ones' sum would pin them down (two 1s of a shown total of 10)", () => {
    const rows = suppress(distribution, {count: "n", by: ["item"]}, PUBLISHED);
    // With 8 shown, the two hidden cells would sum to 2: both 1.
    expect(rows.slice(4).map((r) => r.shown)).toEqual(["< 3", "< 3", "≥ 3"]);
  });

  it("leaves no hidden count that the margin total and the shown counts determine, whenever another could hide it", () => {
    /** The values hidden cells could take: small ones 1 to k − 1, complementary ones k or more, summing to `sum`. */
    const possible = (kinds: ("small" | "complementary")[], sum: number, k: number): number[][] => {
      if (!kinds.length) return sum === 0 ? [[]] : [];
      const [first, ...rest] = kinds;
      const [lo, hi] = first === "small" ? [1, k - 1] : [k, sum];
      const out: number[][] = [];
      for (let v = lo; v <= Math.min(hi, sum); v++)
        for (const tail of possible(rest, sum - v, k)) out.push([v, ...tail]);
      return out;
    };
    const table = fc.array(fc.record({g: fc.constantFrom("x", "y"), n: fc.nat({max: 9})}), {maxLength: 8});
    fc.assert(
      fc.property(table, fc.integer({min: 2, max: 4}), (rows, k) => {
        const out = suppress(rows, {count: "n", by: ["g"]}, {...PUBLISHED, min_cell: k});
        for (const g of ["x", "y"]) {
          const hidden = out.flatMap((r, i) => (r.g === g && r.suppressed !== null ? [i] : []));
          const sum = hidden.reduce((a, i) => a + rows[i]!.n, 0);
          const worlds = possible(
            hidden.map((i) => out[i]!.suppressed!),
            sum,
            k
          );
          const shownNonzero = out.some((r, i) => r.g === g && r.suppressed === null && rows[i]!.n > 0);
          hidden.forEach((_, j) => {
            const values = new Set(worlds.map((w) => w[j]));
            // Pinned only when nothing was left to hide with it.
            if (values.size === 1) expect(shownNonzero).toBe(false);
          });
        }
      }),
      {numRuns: 300}
    );
  });

  it("changes nothing in the local build (npm run dev) except adding the text to show", () => {
    const rows = suppress(distribution, {count: "n", hide: ["percent"], by: ["item"]}, LOCAL);
    expect(rows).toEqual(distribution.map((r) => ({...r, suppressed: null, shown: String(r.n)})));
  });

  it("never lets a published count from 1 to min_cell − 1 through, nor recovers one from a margin total", () => {
    const table = fc.array(fc.record({g: fc.constantFrom("x", "y"), n: fc.nat({max: 12})}), {maxLength: 12});
    fc.assert(
      fc.property(table, fc.integer({min: 1, max: 6}), (rows, k) => {
        const policy = {...PUBLISHED, min_cell: k};
        const out = suppress(rows, {count: "n", by: ["g"]}, policy);
        for (const [i, row] of out.entries()) {
          if (rows[i]!.n > 0 && rows[i]!.n < k) expect(row.n).toBeNull();
          if (row.suppressed === null) expect(row.n).toBe(rows[i]!.n);
        }
        for (const g of ["x", "y"]) {
          const hidden = out.filter((r) => r.g === g && r.suppressed !== null);
          const nonzero = rows.filter((r) => r.g === g && r.n > 0).length;
          // A lone hidden cell is recoverable from the total unless it is the margin's only non-zero one.
          if (hidden.length === 1) expect(nonzero).toBe(1);
        }
      }),
      {numRuns: 300}
    );
  });
});

describe("countText(n, policy)", () => {
  it("writes one count as the page prints it", () => {
    expect([0, 1, 2, 3, null].map((n) => countText(n, PUBLISHED))).toEqual(["0", "< 3", "< 3", "3", "—"]);
    expect([1, 2].map((n) => countText(n, LOCAL))).toEqual(["1", "2"]);
  });
});

describe("showIndividuals(n, policy) and individualRows(rows, options, policy)", () => {
  const scores = [
    {participant: "P-1", group: "children", score: 3},
    {participant: "P-2", group: "children", score: 4},
    {participant: "P-3", group: "children", score: 2},
    {participant: "P-4", group: "parents", score: 5},
    {participant: "P-4", group: "parents", score: 4},
    {participant: "P-5", group: "parents", score: 1}
  ];

  it("shows individual points only for groups of at least min_cell people in the published site", () => {
    expect(showIndividuals(2, PUBLISHED)).toBe(false);
    expect(showIndividuals(3, PUBLISHED)).toBe(true);
    const {rows, hidden} = individualRows(scores, {participant: "participant", by: ["group"]}, PUBLISHED);
    expect(rows.map((r) => r.participant)).toEqual(["P-1", "P-2", "P-3"]);
    expect(hidden).toEqual([{unit: {group: "parents"}, n: 2}]);
  });

  it("shows every individual in the local build", () => {
    expect(showIndividuals(1, LOCAL)).toBe(true);
    expect(individualRows(scores, {participant: "participant", by: ["group"]}, LOCAL)).toEqual({
      rows: scores,
      hidden: []
    });
  });
});

describe("suppressionNote(policy, lang)", () => {
  it("says what is hidden on published pages, and nothing locally", () => {
    expect(suppressionNote(PUBLISHED, "en")).toContain('counts from 1 to 2 as "< 3"');
    expect(suppressionNote(PUBLISHED, "zh")).toContain("“< 3”");
    expect(suppressionNote(LOCAL, "zh")).toBe("");
    expect(suppressionNote({...PUBLISHED, min_cell: 1}, "en")).toBe("");
  });
});

describe("the build-mode flag", () => {
  const study = parseStudy(
    `id: s
title: t
participants: {id: id}
waves: [{id: pre}]
instruments: [{id: i, scale: {min: 1, max: 5}, subscales: [{id: a}], items: [{id: x, position: 1, subscale: a}]}]
sources: {surveys: [{file: f.csv, wave: pre, format: wide}]}
publish: {min_cell: 5, excerpts: false}
`,
    "study.yaml"
  );

  it("is set only by EVALBOOK_PUBLISH=1, which loaders/build.ts sets", () => {
    expect(isPublishBuild({EVALBOOK_PUBLISH: "1"})).toBe(true);
    expect(isPublishBuild({})).toBe(false);
    expect(isPublishBuild({EVALBOOK_PUBLISH: "0"})).toBe(false);
  });

  it("gives pages min_cell and forbids excerpts only in the published build", () => {
    expect(publishPolicy(study, true)).toEqual({published: true, min_cell: 5, excerpts: false});
    expect(publishPolicy(study, false)).toEqual({published: false, min_cell: 5, excerpts: true});
  });

  it("reaches pages through the publish.json loader: published under npm run build, local under npm run dev", () => {
    const load = (env: Record<string, string>) =>
      JSON.parse(
        execFileSync("npx", ["tsx", "src/studies/[study]/data/publish.json.ts", "--study", "q-school"], {
          encoding: "utf8",
          env: {...process.env, EVALBOOK_PUBLISH: "", ...env}
        })
      );
    expect(load({EVALBOOK_PUBLISH: "1"})).toEqual({published: true, min_cell: 3, excerpts: true});
    expect(load({})).toEqual({published: false, min_cell: 3, excerpts: true});
  });
});
