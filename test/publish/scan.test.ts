import {mkdir, mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {zipSync} from "fflate";
import {describe, expect, it} from "vitest";
import {describeFindings, findInText, scanFolder, scanner} from "../../loaders/publish/scan.js";
import {makeTerms, termFinder} from "../../loaders/publish/terms.js";
import {writeParquet} from "../../loaders/write/parquet.js";
import {withDuckDB} from "../../loaders/duckdb.js";

describe("makeTerms(values, allow)", () => {
  it("searches long values inside text, short ones only as whole cells, never placeholders or codebook values", () => {
    const terms = makeTerms(["王小明", " 20210301 ", "S1", "N/A", "(空)", "x", "12"], [], ["12"]);
    expect(terms.substrings.sort()).toEqual(["20210301", "王小明"]);
    expect([...terms.whole].sort()).toEqual(["20210301", "S1", "王小明"]);
  });
});

describe("publish.allow", () => {
  it("accepts a value only where its entry says: a plain text in study.json and pages, an entry in its outputs", async () => {
    const root = await mkdtemp(join(tmpdir(), "evalbook-allow-"));
    const sentence = "联系 team@example.org 或 王小明";
    await writeFile(join(root, "study.json"), JSON.stringify({description: sentence}));
    await writeFile(join(root, "report.json"), JSON.stringify({warnings: [sentence]}));
    await writeFile(
      join(root, "segments.1a2b3c4d.parquet"),
      await writeParquet({
        columns: {coder: "VARCHAR", excerpt: "VARCHAR"},
        rows: [{coder: "王小明", excerpt: sentence}]
      })
    );
    const terms = makeTerms(
      ["王小明"],
      ["team@example.org", {value: "王小明", in: ["segments.parquet:coder"]}]
    );
    const found = (await scanFolder(root, scanner(terms))).map((f) => `${f.file}, ${f.where}: ${f.kind}`);
    expect(found).toEqual([
      // the plain e-mail entry covers study.json only; the name's entry covers one column of one table
      `report.json, warnings[0]: email`,
      `report.json, warnings[0]: declared`,
      `segments.1a2b3c4d.parquet, column "excerpt", row 1: email`,
      `segments.1a2b3c4d.parquet, column "excerpt", row 1: declared`,
      `study.json, description: declared`
    ]);
  });
});

describe("termFinder(terms)", () => {
  it("finds overlapping terms and Chinese names inside text, but not digits inside longer numbers", () => {
    const find = termFinder(["王小明", "小明同学", "20210301"]);
    const text = "王小明同学 学号20210301，不是120210301";
    expect(find(text).map((m) => text.slice(m.index, m.index + m.length))).toEqual([
      "王小明",
      "小明同学",
      "20210301"
    ]);
  });

  it("finds what a naive search finds", () => {
    const alphabet = fc.constantFrom("a", "b", "王", "明", " ");
    const word = fc.string({unit: alphabet, minLength: 1, maxLength: 4});
    fc.assert(
      fc.property(
        fc.uniqueArray(word, {maxLength: 6}),
        fc.string({unit: alphabet, maxLength: 60}),
        (terms, text) => {
          const naive = terms.flatMap((term) => {
            const at: string[] = [];
            for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
              const joins = /[ab]/.test(term[0]!) && /[ab]/.test(text[i - 1] ?? "");
              const joinsAfter = /[ab]/.test(term.at(-1)!) && /[ab]/.test(text[i + term.length] ?? "");
              if (!joins && !joinsAfter) at.push(`${i}:${term}`);
            }
            return at;
          });
          const found = termFinder(terms)(text).map(
            (m) => `${m.index}:${text.slice(m.index, m.index + m.length)}`
          );
          expect(found.sort()).toEqual(naive.sort());
        }
      ),
      {numRuns: 300}
    );
  });

  it("keeps its automaton outside the JS heap: 20,000 distinct 67-character names add well under 40 MB to it", () => {
    // Issue 15: with a Map per node, 180,000 such names (12 M nodes) ran the heap out; bench/hostile.bench.ts
    // ingests that case and prints its peak memory.
    let seed = 20260301;
    const letter = () => {
      seed = (Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
      return String.fromCharCode(97 + (seed % 26));
    };
    const names = Array.from({length: 20_000}, () => Array.from({length: 67}, letter).join(""));
    const before = process.memoryUsage().heapUsed;
    const find = termFinder(names);
    const grown = process.memoryUsage().heapUsed - before;
    const text = `letter to ${names[12_345]}, copied`;
    expect(find(text)).toEqual([{kind: "declared", index: 10, length: 67}]);
    expect(grown).toBeLessThan(40 * 2 ** 20);
  });
});

describe("scanFolder(root, scanner)", () => {
  it("scans Parquet cells and JSON values for everything, scripts only for declared values, and refuses archives", async () => {
    const root = await mkdtemp(join(tmpdir(), "evalbook-scan-"));
    await mkdir(join(root, "_file"), {recursive: true});
    await writeFile(
      join(root, "_file", "scores.parquet"),
      await writeParquet({
        columns: {participant: "VARCHAR", note: "VARCHAR", phone: "DOUBLE"},
        rows: [
          {participant: "P-0123456789", note: "ok", phone: 1},
          {participant: "S1", note: "打 13912345678", phone: 13812345678}
        ]
      })
    );
    await writeFile(
      join(root, "report.json"),
      JSON.stringify({sources: [{file: "pre.csv", excluded: [{row: 7, reason: "wave '王小明'"}]}]})
    );
    await writeFile(join(root, "page.html"), "<p>v1.13.4</p>\n<p>mail li@example.edu.cn</p>");
    await writeFile(join(root, "bundle.js"), "// by dev@example.com 1.2.3.4\nconst x = '王小明';");
    await writeFile(join(root, "data.zip"), zipSync({"a.csv": new TextEncoder().encode("x")}));
    // Without an extension: JSON is searched as JSON (patterns too), anything else as bytes.
    await writeFile(join(root, ".evalbook-output"), JSON.stringify({study: "call 13912345678"}));
    await writeFile(join(root, "NOTES"), "{ by dev@example.com, 王小明");
    const found = await scanFolder(root, scanner(makeTerms(["王小明", "S1"])));
    expect(describeFindings(found)).toEqual([
      `.evalbook-output, study: a Chinese mobile number in "call 139******78"`,
      `NOTES, byte 22: a value from a personal-data or participant-id column in "…{ by dev@example.com, 王**…"`,
      `_file/scores.parquet, column "participant", row 2: a value from a personal-data or participant-id column in "S*"`,
      `_file/scores.parquet, column "note", row 2: a Chinese mobile number in "打 139******78"`,
      `_file/scores.parquet, column "phone", row 2: a Chinese mobile number in "138******78"`,
      `bundle.js, byte 41: a value from a personal-data or participant-id column in "….com 1.2.3.4 const x = '王**';…"`,
      "data.zip: a zip archive (or XLSX): its contents cannot be scanned; publish tables as Parquet, JSON or CSV",
      `page.html, line 2: an e-mail address in "<p>mail li@************cn</p>"`,
      `report.json, sources[0].excluded[0].reason: a value from a personal-data or participant-id column in "wave '王**'" — from pre.csv row 7`
    ]);
  });

  it("searches every column type: numbers as digits, blobs as text, lists and dates for declared values", async () => {
    const root = await mkdtemp(join(tmpdir(), "evalbook-scan-"));
    await withDuckDB((db) =>
      db.run(`COPY (SELECT 13812345678::BIGINT AS phone, encode('王小明') AS raw, ['ok', '王小明'] AS names,
                DATE '2021-03-01' AS day, 3.5::DECIMAL(4, 1) AS score, true AS flag)
               TO '${join(root, "t.parquet")}' (FORMAT parquet)`)
    );
    const found = await scanFolder(root, scanner(makeTerms(["王小明"])));
    expect(found.map((f) => `${f.where}: ${f.kind}`)).toEqual([
      `column "phone", row 1: mobile`,
      `column "raw", row 1: declared`,
      `column "names", row 1: declared`
    ]);
  });

  it("searches a value once per scan and way of searching: a count of 20 is clean, the text id '20' is not", async () => {
    const root = await mkdtemp(join(tmpdir(), "evalbook-scan-"));
    await withDuckDB((db) =>
      db.run(`COPY (SELECT 20 AS code, 'P-1' AS participant) TO '${join(root, "a.parquet")}' (FORMAT parquet);
              COPY (SELECT '20' AS participant, 'P-1' AS other) TO '${join(root, "b.parquet")}' (FORMAT parquet)`)
    );
    const scan = scanner(makeTerms(["20"]));
    const found = await scanFolder(root, scan);
    expect(found.map((f) => `${f.file}, ${f.where}: ${f.kind}`)).toEqual([
      `b.parquet, column "participant", row 1: declared`
    ]);
    expect(scan.clean.reduce((n, set) => n + set.size, 0)).toBe(2); // 20 as a number, 'P-1' as a cell
  });

  it("finds in pseudonyms what the search in JavaScript finds, though DuckDB lets most of them through unsearched", async () => {
    // Pseudonym-shaped texts (and near misses), with declared values cut from them at every place.
    const hex = (i: number) => (0x3fa9c01b2e + i * 7919).toString(16).padStart(10, "0").slice(-10);
    const values = Array.from({length: 40}, (_, i) => `P-${hex(i)}`);
    values.push("P-3FA9C01B2E", "P-3fa9c01b2", "Q-3fa9c01b2e", "P-3fa9c01b2e1");
    const cuts: [number, number?][] = [[0], [1], [2], [3], [0, 7], [2, 9], [2, 11], [1, 6]];
    const declared = values.slice(0, 16).map((v, i) => v.slice(...cuts[i % cuts.length]!));
    const terms = makeTerms([...declared, "unrelated value"]);
    const expected = values
      .map((v, row) => ({v, row}))
      .filter(({v}) => findInText(v, scanner(terms), {cell: true}).matches.length > 0)
      .map(({row}) => `column "participant", row ${row + 1}`);
    expect(expected.length).toBeGreaterThan(4); // whole, after P and after P- are found; cuts inside hex are not
    const root = await mkdtemp(join(tmpdir(), "evalbook-scan-"));
    await writeFile(
      join(root, "scores.parquet"),
      await writeParquet({
        columns: {participant: "VARCHAR"},
        rows: values.map((participant) => ({participant}))
      })
    );
    const scan = scanner(terms);
    expect((await scanFolder(root, scan)).map((f) => f.where)).toEqual(expected);
    // Only the near misses and the pseudonyms holding a declared value were searched in JavaScript.
    expect(scan.clean.reduce((n, set) => n + set.size, 0)).toBeLessThan(10);
    // No declared value a pseudonym could hold: the pseudonyms are set aside in DuckDB, and only the four near
    // misses are searched in JavaScript (two hold declared values).
    const unrelated = scanner(makeTerms(["unrelated value", "3fa9c01b2", "P-3fa9c01b2e1"]));
    expect((await scanFolder(root, unrelated)).map((f) => f.where)).toEqual([
      `column "participant", row 42`,
      `column "participant", row 44`
    ]);
    expect(unrelated.clean.flatMap((set) => [...set]).sort()).toEqual(["P-3FA9C01B2E", "Q-3fa9c01b2e"]);
  });

  it("reports every row holding a personal value, counting rows across row groups", async () => {
    const root = await mkdtemp(join(tmpdir(), "evalbook-scan-"));
    await withDuckDB(
      (db) =>
        db.run(`COPY (SELECT i AS n, CASE WHEN i IN (1, 2500, 9999) THEN '打 13912345678' ELSE 'ok' END AS note
                 FROM range(10000) t(i)) TO '${join(root, "t.parquet")}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`),
      {threads: 1}
    );
    const found = await scanFolder(root, scanner(makeTerms([])));
    expect(found.map((f) => f.where)).toEqual([
      `column "note", row 2`,
      `column "note", row 2501`,
      `column "note", row 10000`
    ]);
  });
});
