// A study with three waves through the whole ingest: omnibus.parquet holds the trajectory, tests and pairs.
import {mkdir, mkdtemp, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {readParquet} from "../../../src/lib/parquet.js";
import {friedmanTest, repeatedMeasuresAnova} from "../../../src/lib/stats/index.js";

const STUDY = `id: three
title: Three waves
participants: {id: id}
waves: [{id: t1}, {id: t2}, {id: t3}]
instruments:
  - id: x
    scale: {min: 1, max: 5}
    subscales: [{id: s}]
    items: [{id: x1, column: q1, subscale: s}, {id: x2, column: q2, subscale: s}]
sources:
  surveys:
    - {file: t1.csv, wave: t1, format: wide}
    - {file: t2.csv, wave: t2, format: wide}
    - {file: t3.csv, wave: t3, format: wide}
`;
// Mean scores per participant and wave; P7 misses t3.
const SCORES: Record<string, number[]> = {
  P1: [2, 3, 4],
  P2: [1.5, 2.5, 3],
  P3: [3, 3, 4.5],
  P4: [2, 4, 4],
  P5: [2.5, 2, 3.5],
  P6: [1, 2.5, 2],
  P7: [3, 4]
};

let rows: Record<string, unknown>[];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "evalbook-three-"));
  await mkdir(dir, {recursive: true});
  await writeFile(join(dir, "study.yaml"), STUDY);
  for (const [w, wave] of ["t1", "t2", "t3"].entries()) {
    const lines = Object.entries(SCORES).flatMap(([id, s]) =>
      s[w] === undefined ? [] : [`${id},${Math.floor(s[w]!)},${Math.ceil(s[w]!)}`]
    );
    await writeFile(join(dir, `${wave}.csv`), ["id,q1,q2", ...lines].join("\n"));
  }
  const {out} = await ingestStudy(dir, {out: join(dir, "out"), key: "k", read: readSource});
  rows = (await readParquet((await readFile(join(out, "omnibus.parquet"))).buffer as ArrayBuffer)).rows;
});

describe("omnibus.parquet", () => {
  it("holds per wave the complete cases' means, one test row, and the three pairs", () => {
    expect(rows.map((r) => [r.kind, r.wave ?? r.wave_from, r.n])).toEqual([
      ["wave", "t1", 6],
      ["wave", "t2", 6],
      ["wave", "t3", 6],
      ["test", null, 6],
      ["pair", "t1", 6],
      ["pair", "t1", 6],
      ["pair", "t2", 6]
    ]);
    expect(rows.slice(0, 3).map((r) => r.mean)).toEqual([2, 17 / 6, 21 / 6]);
  });

  it("has the Friedman and repeated-measures ANOVA of the complete cases, and bilingual guardrails as JSON", () => {
    const waves = [0, 1, 2].map((w) =>
      Object.values(SCORES)
        .slice(0, 6)
        .map((s) => s[w]!)
    );
    const test = rows[3]!;
    expect(test.friedman_chisq).toBeCloseTo(friedmanTest(waves).statistic, 12);
    expect(test.f).toBeCloseTo(repeatedMeasuresAnova(waves).f, 12);
    expect(test.mean).toBeNull();
    const guardrails = JSON.parse(test.guardrails as string) as {code: string; message: {zh: string}}[];
    expect(guardrails.map((g) => g.code)).toContain("small_n");
    expect(guardrails.find((g) => g.code === "missing")?.message.zh).toMatch(/1 个/);
  });
});
