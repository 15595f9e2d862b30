// A workbook's answers never go to the system's temp folder while it is read: exceljs copied every sheet that came
// before its shared strings (Excel's order; Wenjuanxing's exports have none) to a temp file, left behind when an
// ingest was killed.
import {watch} from "node:fs";
import {mkdtemp, readFile, readdir} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {readXlsx} from "../../../loaders/read/read-xlsx.js";
import {surveyFixture} from "./fixtures.js";

const WORKBOOKS = [
  "wjx/reportgen_800_800_0.xlsx",
  "wjx/reportgen_357_357_2.xlsx",
  "wjx/reportgen_All_Data_Readable.xlsx",
  "plain/pre-post.xlsx"
];

const systemTemp = process.env.TMPDIR;
afterEach(() => {
  if (systemTemp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = systemTemp;
});

describe("readXlsx writes nothing to the temp folder", () => {
  for (const name of WORKBOOKS) {
    it(name, async () => {
      // A temp folder of the test's own (os.tmpdir() follows TMPDIR), watched while the workbook is read.
      const temp = await mkdtemp(join(tmpdir(), "evalbook-xlsx-temp-"));
      process.env.TMPDIR = temp;
      const written: string[] = [];
      const watcher = watch(temp, (_event, file) => written.push(String(file)));
      const file = surveyFixture(name);
      const table = await readXlsx(new Uint8Array(await readFile(file)), {file: name});
      watcher.close();
      expect(table.headers.length).toBeGreaterThan(1);
      expect(table.rows.length).toBeGreaterThan(0);
      expect(written).toEqual([]);
      await expect(readdir(temp)).resolves.toEqual([]);
    });
  }
});
