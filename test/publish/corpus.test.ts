// The personal-data gate measured: a corpus of planted values in each place a study's data reaches dist/ (a Parquet
// cell, a JSON value, page text), all of which it must find (recall 100%), and a corpus of clean outputs full of
// look-alikes — statistics, row numbers, codebook values, library bundles — none of which it may flag (0 false
// positives). Short numeric ids (2–4 digits) are matched as whole data values only: in page text they are
// indistinguishable from counts ("n = 12"), and a study never writes a raw id there (ids are pseudonymised).
import {mkdir, mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {scanFolder, scanner} from "../../loaders/publish/scan.js";
import {makeTerms} from "../../loaders/publish/terms.js";
import {writeParquet} from "../../loaders/write/parquet.js";

/** Values the study declares (name and id columns) and the codebook's own (wave ids, scale points). */
const NAMES = ["王小明", "赵秀英", "Peter Smith"];
const IDS = ["12", "123", "4567", "62464", "655360", "JZ001", "S-0042"];
const CODEBOOK = ["12", "pre", "post", "1", "2", "3", "4", "5"];

/** Personal values written to slip past a search, by what the gate must report. */
const PATTERNS = [
  "138.1234.5678",
  "138 1234 567 8",
  "一三八一二三四五六七八",
  "138\u200b1234\u200b5678",
  "(138)1234-5678",
  "wx_13812345678",
  "+86 139-1234-5678",
  "１３８１２３４５６７８",
  "110105194912310021", // wrong check character
  "11010519491231002X",
  "wang.xiaoming(at)example.com",
  "王小明@example.com",
  "li.si@example.edu.cn"
];

/** Where a value can land: a Parquet text cell (whole), in a sentence of one, a JSON value, a line of a page. */
const PLACES = ["cell", "sentence", "json", "page"] as const;

async function site(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "evalbook-corpus-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), {recursive: true});
    await writeFile(join(root, path), content);
  }
  return root;
}

/** The file for planted case `i`: `value` written into `place`. */
async function plant(
  i: number,
  value: string,
  place: (typeof PLACES)[number]
): Promise<[string, string | Buffer]> {
  const sentence = `家长说：有事找 ${value} 就行。`;
  if (place === "cell" || place === "sentence") {
    const excerpt = place === "cell" ? value : sentence;
    const table = await writeParquet({
      columns: {source: "VARCHAR", excerpt: "VARCHAR"},
      rows: [{source: "访谈 1", excerpt}]
    });
    return [`_file/${i}/segments.parquet`, table];
  }
  if (place === "json")
    return [
      `_file/${i}/report.json`,
      JSON.stringify({warnings: [sentence], excluded: [{row: 3, reason: value}]})
    ];
  return [`studies/${i}/index.html`, `<h1>访谈</h1>\n<p>${sentence}</p>\n`];
}

const terms = makeTerms([...NAMES, ...IDS], [], CODEBOOK);
const include = (file: string) => !/^_(node|npm|observablehq)\//.test(file);

describe("the personal-data gate on a corpus of planted values", () => {
  const cases = PLACES.flatMap((place) => [
    ...PATTERNS.map((value) => ({value, place})),
    ...NAMES.map((value) => ({value, place})),
    // Ids of 5 or more characters anywhere as a whole token; shorter ones as a whole data value.
    ...IDS.filter(
      (id) => !CODEBOOK.includes(id) && (id.length >= 5 || place === "cell" || place === "json")
    ).map((value) => ({value, place}))
  ]);

  it(`finds every one of ${cases.length} planted values (recall 100%)`, {timeout: 120_000}, async () => {
    const files = await Promise.all(cases.map(({value, place}, i) => plant(i, value, place)));
    const found = await scanFolder(await site(Object.fromEntries(files)), scanner(terms), {include});
    const hit = new Set(found.map((f) => f.file));
    const missed = cases
      .filter((_, i) => !hit.has(files[i]![0]))
      .map(({value, place}) => `${place}: ${value}`);
    expect(missed).toEqual([]);
  });
});

describe("the personal-data gate on clean outputs", () => {
  it("flags none of the statistics, counts, row numbers, codebook values and library bundles (0 false positives)", async () => {
    const root = await site({
      "_file/data/comparisons.parquet": await writeParquet({
        columns: {
          group: "VARCHAR",
          wave_from: "VARCHAR",
          wave_to: "VARCHAR",
          n: "DOUBLE",
          wilcoxon_v: "DOUBLE",
          t: "DOUBLE"
        },
        rows: [
          {group: "all", wave_from: "pre", wave_to: "12", n: 12, wilcoxon_v: 14523456794, t: 62464},
          {group: "small", wave_from: "12", wave_to: "post", n: 123, wilcoxon_v: 4567, t: 655360}
        ]
      }),
      "_file/data/distributions.parquet": await writeParquet({
        columns: {wave: "VARCHAR", value: "INTEGER", n: "INTEGER"},
        rows: [
          {wave: "12", value: 5, n: 12},
          {wave: "pre", value: 1, n: 4567}
        ]
      }),
      "_file/data/report.json": JSON.stringify({
        totals: {rows_read: 62464, rows_kept: 655360},
        invalid_values: {listed: [{row: 12, column: "Q3", value: "[text, 11 characters]"}]},
        sources: [{file: "文件 1", excluded: [{row: 4567, reason: "wave '12' has no answers"}]}]
      }),
      "studies/x/prepost.html": "<p>n = 12 of 4567, 65536 rows; build 1.13.4</p>\n",
      "_node/@duckdb/duckdb-wasm/duckdb-eh.wasm": Buffer.from("...Peter Smith 62464 65536 655360 王小明..."),
      "_npm/d3@7.9.2/index.js": "const x = 62464, who = 'Peter Smith';"
    });
    const found = await scanFolder(root, scanner(terms), {include});
    expect(found.map((f) => `${f.file}, ${f.where}: ${f.kind} in ${f.context}`)).toEqual([]);
  });
});
