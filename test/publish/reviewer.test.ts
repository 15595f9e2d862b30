// A reviewer with only the published files tries to get back the scores of a group too small to show: the pooled
// "all" row minus the shown group would give them. The same attack on the local outputs succeeds (so it is real);
// on the published ones it must fail, and the files hold no row per participant and nothing about the small group.
import {mkdir, mkdtemp, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {plainSurvey} from "../../loaders/read/plain-survey.js";
import {readParquet} from "../../src/lib/parquet.js";

type Row = Record<string, unknown>;

const HEADERS = ["id", "group", "wave", "Q1", "Q2", "Q3", "Q4"];
const STUDY = `id: reviewer
title: {zh: 审阅测试, en: Reviewer test}
participants: {id: id, group: group, wave: wave}
groups: [{id: big, value: "1"}, {id: small, value: "2"}]
waves: [{id: pre, label: 前测}, {id: post, label: 后测}]
instruments:
  - id: s
    scale: {min: 1, max: 5}
    midpoint: 3
    subscales: [{id: x}]
    items: [{id: q1, number: Q1, subscale: x}, {id: q2, number: Q2, subscale: x}, {id: q3, number: Q3, subscale: x}, {id: q4, number: Q4, subscale: x}]
sources:
  surveys: [{file: answers.csv, format: wide}]
publish: {min_cell: 3}
`;

/** Ten people in group 1 and two in group 2 (numeric ids 1–12), answers varying by person and wave. */
function answers(): string[][] {
  return Array.from({length: 12}, (_, p) => p + 1).flatMap((id) =>
    ["pre", "post"].map((wave, w) => [
      String(id),
      id <= 10 ? "1" : "2",
      wave,
      ...[0, 1, 2, 3].map((q) => String(1 + ((id * (q + 2) + w * (id % 3)) % 5)))
    ])
  );
}

async function ingest(
  published: boolean
): Promise<{table: (name: string) => Promise<Row[]>; json: (name: string) => Promise<any>}> {
  const dir = join(await mkdtemp(join(tmpdir(), "evalbook-reviewer-")), "reviewer");
  await mkdir(dir, {recursive: true});
  await writeFile(join(dir, "study.yaml"), STUDY);
  const cells = answers();
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
  vi.stubEnv("EVALBOOK_PUBLISH", published ? "1" : "");
  const out = join(dir, "out");
  await ingestStudy(dir, {out, key: "k", read: async () => table});
  return {
    table: async (name) => {
      const bytes = await readFile(join(out, `${name}.parquet`));
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return (await readParquet(buffer)).rows as Row[];
    },
    json: async (name) => JSON.parse(await readFile(join(out, name), "utf8"))
  };
}

/**
 * Every differencing the result tables allow: in each cell, the pooled row's n × mean minus the shown groups'
 * gives the sum of the others' scores; with their n, their mean. Returns what it recovered.
 */
function difference(rows: Row[], cell: string[], means: string[]): {cell: string; mean: number}[] {
  const found: {cell: string; mean: number}[] = [];
  const cells = new Map<string, Row[]>();
  for (const row of rows) {
    const key = cell.map((c) => row[c]).join("/");
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  for (const [key, members] of cells) {
    const pooled = members.find((r) => r.group === "all");
    const groups = members.filter((r) => r.group !== "all");
    const shown = groups.filter((r) => r.n != null);
    const hidden = groups.length - shown.length;
    if (!pooled || pooled.n == null || hidden !== 1) continue;
    for (const mean of means) {
      if (pooled[mean] == null || shown.some((r) => r[mean] == null)) continue;
      const n = Number(pooled.n) - shown.reduce((a, r) => a + Number(r.n), 0);
      const sum =
        Number(pooled.n) * Number(pooled[mean]) -
        shown.reduce((a, r) => a + Number(r.n) * Number(r[mean]), 0);
      found.push({cell: `${key} ${mean}`, mean: sum / n});
    }
  }
  return found;
}

afterEach(() => vi.unstubAllEnvs());

describe("a reviewer with the published files of a study with a group of 2", () => {
  it("recovers the small group's scores from the local outputs, so the attack is real", async () => {
    const local = await ingest(false);
    const scores = (await local.table("scores")).filter((r) => r.group === "small" && r.subscale === "x");
    const truth = (wave: string) => {
      const values = scores.filter((r) => r.wave === wave).map((r) => Number(r.score));
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    // The small group's statistics hidden (as a page hides them), but the pooled and the other group's kept:
    const hidden = (await local.table("comparisons")).map((r) => (r.group === "small" ? {...r, n: null} : r));
    const [attack] = difference(hidden, ["instrument", "subscale"], ["mean_from"]);
    expect(attack!.mean).toBeCloseTo(truth("pre"), 9);
  });

  it("cannot recover them from the published files: no differencing, no per-participant row, no trace of n = 2", async () => {
    const published = await ingest(true);
    for (const name of ["scores", "responses", "change"])
      expect(await published.table(name), name).toEqual([]);
    const tables: [string, string[], string[]][] = [
      [
        "comparisons",
        ["instrument", "subscale", "wave_from", "wave_to"],
        ["mean_from", "mean_to", "mean_diff"]
      ],
      ["one_sample", ["instrument", "subscale", "wave"], ["mean", "mean_diff"]],
      ["reliability", ["instrument", "subscale", "wave"], ["alpha"]],
      ["change_counts", ["instrument", "subscale"], ["improved", "unchanged", "deteriorated"]]
    ];
    for (const [name, cell, means] of tables) {
      const rows = await published.table(name);
      expect(rows.length, name).toBeGreaterThan(0);
      expect(difference(rows, cell, means), name).toEqual([]);
      for (const row of rows.filter((r) => r.group === "small"))
        expect(
          Object.entries(row).filter(([k, v]) => ![...cell, "group", "suppressed"].includes(k) && v != null),
          name
        ).toEqual([]);
      expect(JSON.stringify(rows), name).not.toMatch(/"n":2\b|Only 2|仅 2|n = 2/);
    }
    const {size} = await published.json("study.json");
    expect(size.individuals).toBe(false);
    const small = size.design.find((d: {group: string}) => d.group === "small");
    const all = size.design.find((d: {group: string}) => d.group === "all");
    for (const wave of ["pre", "post"]) expect([small.waves[wave], all.waves[wave]]).toEqual([null, null]);
    expect([small.matched, all.matched]).toEqual([null, null]);
  });
});
