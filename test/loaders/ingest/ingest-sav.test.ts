// A study kept in SPSS: two .sav files through the whole ingest, labels and declared missing codes intact.
import {cp, mkdir, mkdtemp, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {ingestStudy, type IngestResult} from "../../../loaders/ingest/ingest.js";
import {readSource} from "../../../loaders/ingest/read-source.js";
import {readParquet} from "../../../src/lib/parquet.js";

let result: IngestResult;

/**
 * The study folder as a user has it, in a scratch folder: study.yaml (changed by `edit`) beside raw/ with the two
 * .sav files, since sources must lie inside the study folder.
 */
async function scratchStudy(edit = (yaml: string) => yaml): Promise<{dir: string; out: string}> {
  const scratch = await mkdtemp(join(tmpdir(), "evalbook-sav-"));
  const dir = join(scratch, "sav");
  await mkdir(join(dir, "raw"), {recursive: true});
  const yaml = await readFile("test/fixtures/studies/sav/study.yaml", "utf8");
  await writeFile(join(dir, "study.yaml"), edit(yaml.replaceAll("../../sav/", "raw/")));
  for (const file of ["pre.sav", "post.sav"])
    await cp(join("test/fixtures/sav", file), join(dir, "raw", file));
  return {dir, out: join(scratch, "out")};
}

beforeAll(async () => {
  const {dir, out} = await scratchStudy();
  result = await ingestStudy(dir, {out, key: "k", read: readSource});
});

describe("ingestStudy on format: spss", () => {
  it("accounts for every case, counts the declared 99s and the system-missing cell as missing answers and drops the name column", () => {
    const {totals, sources, invalid_values} = result.report;
    expect(totals).toEqual({rows_read: 11, rows_kept: 11, rows_excluded: 0});
    expect(sources.map((s) => [s.format, s.encoding, s.missing_answers, s.pii_columns_dropped])).toEqual([
      ["spss", "utf-8", {blank: 1, user_missing: 2}, ["姓名"]],
      ["spss", "utf-8", {blank: 1, user_missing: 1}, ["姓名"]]
    ]);
    expect(invalid_values.count).toBe(0); // 99 is missing, not out of range
  });

  it("reads the codes as answers, groups by the coded group column, and matches an item by its variable label", async () => {
    const file = await readFile(join(result.out, "responses.parquet"));
    const responses = (await readParquet(file.buffer as ArrayBuffer)).rows;
    expect(responses).toHaveLength(11);
    const groups = responses.map((r) => r.group);
    expect(groups.filter((g) => g === "children")).toHaveLength(6);
    expect(groups.filter((g) => g === "parents")).toHaveLength(5);
    const pre = responses.filter((r) => r.wave === "pre");
    // Column sums over the six pre-tests: 99 and system-missing left out.
    const sum = (item: string) => pre.reduce((s, r) => s + Number(r[item] ?? 0), 0);
    expect([sum("ase01"), sum("ase02"), sum("ase03"), sum("ase04")]).toEqual([12, 12, 11, 15]);
    expect(pre.filter((r) => r.ase01 === null || r.ase01 === undefined)).toHaveLength(1);
    expect(pre.filter((r) => r.ase03 === null || r.ase03 === undefined)).toHaveLength(1);
  });

  it("agrees with the file's value labels, and warns when a study's scale labels run the other way", async () => {
    expect(result.report.warnings).toEqual([]);
    const {dir, out} = await scratchStudy((yaml) =>
      yaml.replace(
        "{1: 完全不符合, 2: 比较不符合, 3: 不确定, 4: 比较符合, 5: 完全符合}",
        "{1: 完全符合, 5: 完全不符合}"
      )
    );
    const reversed = await ingestStudy(dir, {out, key: "k", read: readSource});
    expect(reversed.report.warnings).toEqual(
      ["pre", "post"].map((wave) => ({
        en:
          `${join(dir, "raw", `${wave}.sav`)}, column "ase01" (and 3 more columns): the file labels code 1 "完全不符合", ` +
          'but instruments[0].scale.labels says "完全符合"; answers are read as codes, so check that the file and study.yaml count in the same direction',
        zh:
          `${join(dir, "raw", `${wave}.sav`)}，“ase01”列（及另外 3 列）：文件把代码 1 标为“完全不符合”，` +
          "而 instruments[0].scale.labels 写的是“完全符合”；答案按代码读取，请确认文件与 study.yaml 的计分方向一致"
      }))
    );
  });

  it("writes an empty omnibus table for two waves", async () => {
    const file = await readFile(join(result.out, "omnibus.parquet"));
    expect((await readParquet(file.buffer as ArrayBuffer)).rows).toEqual([]);
  });
});
