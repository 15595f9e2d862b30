// Hostile input to the interview-coding readers: every outcome is a project or an InputError, within the time cap.
import {readFile} from "node:fs/promises";
import fc from "fast-check";
import {strToU8, zipSync} from "fflate";
import {describe, expect, it} from "vitest";
import {readCoding, type CodingFormat} from "../../loaders/qual/read-coding.js";
import {hostileText, nested, RUNS, scratch, survives} from "./hostile.js";

const FORMATS: CodingFormat[] = ["refi-qda", "taguette", "maxqda", "atlasti", "table"];
const FIXTURES = [
  "refi/coded-exclusive.qdpx",
  "refi/coded-inclusive.qde",
  "table/coding.xlsx",
  "table/coding-gb18030.csv",
  "taguette/highlights.csv"
];
const fixture = (path: string) => readFile(new URL(`../fixtures/qual/${path}`, import.meta.url));

const project = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">${body}</Project>`;

describe("readCoding(path, options) on hostile input", () => {
  it("survives random bytes in every format", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({maxLength: 2048}),
        fc.constantFrom("", "PK\x03\x04", '<?xml version="1.0"?><Project>'),
        fc.constantFrom(...FORMATS),
        fc.constantFrom("qdpx", "qde", "csv", "xlsx"),
        async (bytes, prefix, format, extension) => {
          const data = Buffer.concat([Buffer.from(prefix, "latin1"), bytes]);
          await survives(async () => readCoding(await scratch(data, extension), {format}));
        }
      ),
      {numRuns: RUNS * 2}
    );
  });

  it("survives real exports cut short or with bytes flipped", async () => {
    const fixtures = await Promise.all(FIXTURES.map(async (f) => ({f, bytes: await fixture(f)})));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtures),
        fc.constantFrom(...FORMATS),
        fc.double({min: 0, max: 1, noNaN: true}),
        fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.integer({min: 0, max: 255})), {
          maxLength: 6
        }),
        async ({f, bytes}, format, cut, flips) => {
          const data = Buffer.from(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * cut))));
          for (const [at, byte] of flips) data[Math.floor(at * (data.length - 1))] = byte;
          await survives(async () => readCoding(await scratch(data, f.split(".").pop()!), {format}));
        }
      ),
      {numRuns: RUNS * 2}
    );
  });

  it("keeps markup and formulas in excerpts, codes and documents verbatim", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(hostileText, hostileText, hostileText), {minLength: 1, maxLength: 6}),
        async (rows) => {
          const cells = [
            ["document", "tag", "content"],
            ...rows.map(([d, t, c]) => [`doc ${d}`, `tag ${t}`, `x${c}`])
          ];
          const text = cells
            .map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(","))
            .join("\n");
          const read = await survives(async () =>
            readCoding(await scratch(text, "csv"), {format: "taguette", hierarchySeparator: null})
          );
          if (!read) return; // NUL bytes and other binary text are refused
          expect(read.segments.map((s) => s.excerpt)).toEqual(rows.map(([, , c]) => `x${c}`));
        }
      ),
      {numRuns: RUNS * 2}
    );
  });

  it("refuses deep nesting, DTDs and entity bombs in a project file", async () => {
    const cases = [
      project(`<CodeBook><Codes>${nested("Code", 100_000)}</Codes></CodeBook>`),
      `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "${"a".repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Project>&b;</Project>`,
      `<?xml version="1.0"?><!DOCTYPE p SYSTEM "file:///etc/passwd"><Project/>`,
      project(
        `<Sources><TextSource guid="1" name="a" plainTextPath="relative://../../../etc/passwd"/></Sources>`
      )
    ];
    for (const xml of cases) {
      for (const extension of ["qde", "qdpx"]) {
        const data = extension === "qde" ? xml : zipSync({"project.qde": strToU8(xml)});
        await survives(async () => readCoding(await scratch(data, extension), {format: "refi-qda"}));
      }
    }
  });

  it("refuses a zip bomb in a project archive and in a coding workbook", async () => {
    const bomb = zipSync({"project.qde": strToU8(project(" ".repeat(40e6)))});
    for (const [extension, format] of [
      ["qdpx", "refi-qda"],
      ["xlsx", "table"]
    ] as const) {
      const started = performance.now();
      expect(
        await survives(async () => readCoding(await scratch(bomb, extension), {format}))
      ).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
