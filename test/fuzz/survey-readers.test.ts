// Hostile input to the survey readers: every outcome is a table or an InputError, within the time cap.
import {readFile} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {deflateSync} from "node:zlib";
import fc from "fast-check";
import iconv from "iconv-lite";
import {strToU8, zipSync} from "fflate";
import {describe, expect, it} from "vitest";
import {readSav} from "../../loaders/read/read-sav.js";
import {readSurvey} from "../../loaders/read/read-survey.js";
import {readTable} from "../../loaders/read/read-table.js";
import {surveyFixture} from "../loaders/read/fixtures.js";
import {hostileText, nested, rezip, RUNS, scratch, survives} from "./hostile.js";

const FORMATS = ["wjx", "qualtrics", "wide", "long", "spss"] as const;
const EXTENSIONS = ["csv", "txt", "tsv", "xlsx", "xls", "sav"];
const SAV_FIXTURES = ["pre.sav", "post.sav", "gbk.sav"].map((name) =>
  fileURLToPath(new URL(`../fixtures/sav/${name}`, import.meta.url))
);
const FIXTURES = [
  "plain/pre-post.xlsx",
  "wjx/reportgen_357_357_0.xlsx",
  "plain/pre-gbk.csv",
  "plain/pre-utf16le.txt"
];

/** A CSV with every cell quoted (quotes doubled), so any text survives the format. */
const csv = (rows: string[][]) =>
  rows.map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\r\n");

describe("readSurvey(file, options) on hostile input", () => {
  it("survives random bytes under any name and format", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({maxLength: 2048}),
        fc.boolean(),
        fc.constantFrom(...EXTENSIONS),
        fc.constantFrom(...FORMATS),
        async (bytes, zipMagic, extension, format) => {
          const data = zipMagic ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
          await survives(async () => readSurvey(await scratch(data, extension), {format}));
        }
      ),
      {numRuns: RUNS * 2}
    );
  });

  it("survives real exports (.sav too) cut short or with bytes flipped", async () => {
    const fixtures = await Promise.all(
      [...FIXTURES.map(surveyFixture), ...SAV_FIXTURES].map(async (f) => ({f, bytes: await readFile(f)}))
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtures),
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.integer({min: 0, max: 255})), {
          maxLength: 6
        }),
        async ({f, bytes}, cut, flips) => {
          const data = Buffer.from(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * cut))));
          for (const [at, byte] of flips) data[Math.floor(at * (data.length - 1))] = byte;
          const extension = f.split(".").pop()!;
          const format = extension === "sav" ? "spss" : "wide";
          await survives(async () => readSurvey(await scratch(data, extension), {format}));
        }
      ),
      {numRuns: RUNS * 4}
    );
  });

  it("survives a table written in another encoding, with or without the encoding option", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({unit: "grapheme", maxLength: 8}), {minLength: 2, maxLength: 4}), {
          minLength: 1,
          maxLength: 5
        }),
        fc.constantFrom("gbk", "big5", "shift_jis", "euc-kr", "utf-16le", "utf-16be", "latin1", "utf-8"),
        fc.constantFrom(undefined, "utf-8", "gb18030", "big5", "not-an-encoding"),
        async (rows, written, declared) => {
          const bytes = iconv.encode(
            csv([["id", "Q1", "Q2", "Q3"].slice(0, rows[0]!.length), ...rows]),
            written
          );
          const file = await scratch(bytes, "csv");
          await survives(() => readSurvey(file, {format: "wide", ...(declared ? {encoding: declared} : {})}));
        }
      ),
      {numRuns: RUNS * 2}
    );
  });

  it("keeps markup, formulas and control text verbatim, and every non-blank row", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(hostileText, {minLength: 3, maxLength: 3}), {minLength: 1, maxLength: 8}),
        async (body) => {
          const rows = [["id", "<b>Q1</b>", "=Q2"], ...body];
          const table = await survives(async () => readTable(await scratch(csv(rows), "csv")));
          if (!table) return; // e.g. NUL bytes: refused as binary, with an InputError
          const expected = body
            .map((row) => row.map((c) => (c.trim() === "" ? null : c)))
            .filter((row) => row.some((c) => c !== null));
          expect(table.rows).toEqual(expected);
        }
      ),
      {numRuns: RUNS * 2}
    );
  });

  it("refuses an enormous cell, and a file past the size limit, with an InputError", async () => {
    const huge = await scratch(
      csv([
        ["id", "note"],
        ["1", "长".repeat(40_000)]
      ]),
      "csv"
    );
    expect(await survives(() => readTable(huge))).toBeUndefined();
    expect(await survives(() => readTable(huge, {maxBytes: 1000}))).toBeUndefined();
  });
});

describe('readSurvey(file, {format: "spss"}) on hostile input', () => {
  it("survives random bytes behind an SPSS signature", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("$FL2", "$FL3"),
        fc.uint8Array({maxLength: 2048}),
        fc.constantFrom(undefined, "gbk", "utf-8"),
        async (magic, bytes, encoding) => {
          const file = await scratch(Buffer.concat([Buffer.from(magic, "latin1"), bytes]), "sav");
          await survives(() => readSurvey(file, {format: "spss", ...(encoding ? {encoding} : {})}));
        }
      ),
      {numRuns: RUNS * 2}
    );
  });

  it("refuses a ZLIB block that unpacks past the limit, before unpacking it all", async () => {
    const zsav = await readFile(SAV_FIXTURES[1]!);
    // The compression header starts where a 64-bit offset names its own position.
    let header = 0;
    while (Number(zsav.readBigInt64LE(header)) !== header) header++;
    const block = deflateSync(Buffer.alloc(1_500_000, 0x65));
    const trailer = header + 24 + block.length;
    const head = Buffer.alloc(24);
    head.writeBigInt64LE(BigInt(header), 0);
    head.writeBigInt64LE(BigInt(trailer), 8);
    head.writeBigInt64LE(48n, 16);
    const tail = Buffer.alloc(48);
    tail.writeBigInt64LE(-100n, 0);
    tail.writeInt32LE(0x3ff000, 16);
    tail.writeInt32LE(1, 20);
    tail.writeBigInt64LE(BigInt(header + 24), 32);
    tail.writeInt32LE(1_500_000, 40);
    tail.writeInt32LE(block.length, 44);
    const file = await scratch(Buffer.concat([zsav.subarray(0, header), head, block, tail]), "sav");
    expect(await survives(() => readSav(file, {maxBytes: 100_000}))).toBeUndefined();
    expect((await readSav(file)).rows.length).toBeGreaterThan(0); // within the default limit it unpacks
  });
});

describe("readTable(file) on hostile workbooks", () => {
  const sheet = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;

  it("survives deeply nested, huge-area, entity-laden and DTD-bearing sheet XML", async () => {
    const workbook = await readFile(surveyFixture("plain/pre-post.xlsx"));
    const bodies = [
      `<sheetData>${nested("row", 50_000)}</sheetData>`,
      `<sheetData><row r="1"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"&lt;img src=x onerror=alert(1)&gt;".repeat(1000)}</t></is></c></row></sheetData>`,
      `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData>`,
      `<sheetData><row r="1"><c r="A1" t="s"><v>999999</v></c></row></sheetData>`
    ];
    for (const body of bodies) {
      const file = await scratch(rezip(workbook, {"xl/worksheets/sheet1.xml": sheet(body)}), "xlsx");
      await survives(() => readTable(file));
    }
  });

  it("refuses a zip bomb before unpacking it", async () => {
    const workbook = await readFile(surveyFixture("plain/pre-post.xlsx"));
    const bomb = rezip(workbook, {
      "xl/worksheets/sheet1.xml": sheet(`<sheetData>${" ".repeat(40e6)}</sheetData>`)
    });
    const started = performance.now();
    expect(await survives(async () => readTable(await scratch(bomb, "xlsx")))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a zip that is not a workbook", async () => {
    const file = await scratch(zipSync({"a.txt": strToU8("hello")}), "xlsx");
    expect(await survives(() => readTable(file))).toBeUndefined();
  });
});
