// Answer texts → valid values: the lookup of a source's few distinct texts gives exactly what the macros give cell
// by cell (the path a source with more than LOOKUP_LIMIT distinct texts takes).
import {describe, expect, it} from "vitest";
import {withDuckDB} from "../../../loaders/duckdb.js";
import {
  countTexts,
  createValuesView,
  LOOKUP_LIMIT,
  lookupTexts
} from "../../../loaders/ingest/answer-values.js";
import {answerText, defineValueMacros} from "../../../loaders/ingest/values.js";
import {parseStudy} from "../../../loaders/study/load.js";

const study = parseStudy(
  `id: values
title: {en: Values}
participants: {id: id}
waves: [{id: pre}]
instruments:
  - id: agree
    scale: {min: 0, max: 4, labels: {0: 完全不同意, 4: 完全同意}}
    subscales: [{id: a}]
    items: [{id: a1, column: A1, subscale: a}, {id: a2, column: A2, subscale: a}]
  - id: hours
    scale: {min: 0, max: 24, whole: false}
    subscales: [{id: h}]
    items: [{id: h1, column: H1, subscale: h}]
sources:
  surveys: [{file: answers.csv, format: wjx, wave: pre}]
`,
  "study.yaml"
);

/** Texts an export holds: numbers as typed, option labels, missing markers, and what is not an answer. */
const TEXTS = [
  "3",
  " 3 ",
  "3.0",
  "2.5",
  "-0",
  "0",
  "4",
  "5",
  "-1",
  "1e0",
  "完全同意",
  "完全同意 ",
  "完全不同意",
  "NA",
  "",
  ".",
  "(跳过)",
  "-3",
  "abc",
  "12.25",
  "24",
  "24.5",
  "NaN",
  "inf",
  null
];

/**
 * Each unit's values and invalid count, with the cells looked up, or converted by the macros; `asEnum`: the cells
 * stored as an ENUM of their texts, as a large CSV's are.
 */
async function values(texts: (string | null)[], lookup: boolean, asEnum = false) {
  return withDuckDB(async (db) => {
    for (const instrument of study.instruments) await defineValueMacros(db, instrument);
    const rows = texts.flatMap((t, i) => texts.map((u, j) => [i * texts.length + j, t, u, u]));
    await db.run("CREATE TABLE raw (_row INTEGER, c0 VARCHAR, c1 VARCHAR, c2 VARCHAR)");
    const appender = await db.createAppender("raw");
    for (const [row, ...cells] of rows) {
      appender.appendInteger(row as number);
      for (const cell of cells) {
        if (cell === null) appender.appendNull();
        else appender.appendVarchar(cell as string);
      }
      appender.endRow();
    }
    appender.closeSync();
    if (asEnum) {
      const kinds = [...new Set(texts.filter((t) => t !== null))].reverse();
      await db.run(
        `CREATE TYPE answer AS ENUM (${kinds.map((t) => `'${t.replaceAll("'", "''")}'`).join(", ")})`
      );
      await db.run("ALTER TABLE raw ALTER c0 TYPE answer; ALTER TABLE raw ALTER c1 TYPE answer");
    }
    await countTexts(db, "texts", "raw", ["c0", "c1", "c2"]);
    const found = await lookupTexts(db, "texts");
    const cells = {
      relation: "raw",
      cells: new Map([
        ["a1", "c0"],
        ["a2", "c1"],
        ["h1", "c2"]
      ]),
      text: (c: string) => answerText(c, "wjx")
    };
    await createValuesView(db, study, 0, cells, lookup ? found : undefined);
    const [[sql]] = (
      await db.runAndReadAll("SELECT sql FROM duckdb_views() WHERE view_name = 'values0'")
    ).getRows() as [[string]];
    return {
      found,
      sql,
      rows: (await db.runAndReadAll("SELECT * FROM values0 ORDER BY _row")).getRowObjectsJson()
    };
  });
}

describe("createValuesView", () => {
  it("looks each distinct text up as the macros convert it, cell by cell", async () => {
    const looked = await values(TEXTS, true);
    const converted = await values(TEXTS, false);
    expect(looked.found).toHaveLength(TEXTS.length - 1);
    expect(looked.rows).toEqual(converted.rows);
    const row = (a: string, h: string) => looked.rows[TEXTS.indexOf(a) * TEXTS.length + TEXTS.indexOf(h)];
    expect(row(" 3 ", "12.25")).toMatchObject({a1: 3, a2: null, h1: 12.25, _invalid: 1});
    expect(row("完全同意", "NA")).toMatchObject({a1: 4, a2: null, h1: null, _invalid: 0});
    expect(row("2.5", "24.5")).toMatchObject({a1: null, a2: null, h1: null, _invalid: 3});
  });

  it("looks cells of an ENUM type up by their codes, as the macros convert them", async () => {
    const coded = await values(TEXTS, true, true);
    expect(coded.sql.match(/enum_code/g)).toHaveLength(4); // a1 and a2: the value and whether invalid
    expect(coded.rows).toEqual((await values(TEXTS, false)).rows);
  });

  it("converts every cell by the macros when a text holds a NUL (no SQL constant can)", async () => {
    const texts = ["3", "\u0000\u0001\u001f", "<img src=x>"];
    const {found, rows} = await values(texts, true);
    expect(found).toBeUndefined();
    expect(rows).toEqual((await values(texts, false)).rows);
    expect(rows.map((r) => [r.a1, r._invalid])).toEqual([
      [3, 0],
      [3, 2],
      [3, 2],
      [null, 1],
      [null, 3],
      [null, 3],
      [null, 1],
      [null, 3],
      [null, 3]
    ]);
  });

  it("converts every cell by the macros past LOOKUP_LIMIT distinct texts", async () => {
    const many = [...TEXTS, ...Array.from({length: LOOKUP_LIMIT}, (_, i) => `free text ${i}`)].slice(
      0,
      LOOKUP_LIMIT + 2
    );
    const {found, rows} = await values(many, true);
    expect(found).toBeUndefined();
    expect(rows[0]).toMatchObject({a1: 3, a2: 3, h1: 3, _invalid: 0});
  });
});
