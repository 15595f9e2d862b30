// The fast path for large UTF-8 CSVs (DuckDB reads them): its errors name file and row, never the row's content.
import {mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {withDuckDB} from "../../../loaders/duckdb.js";
import {InputError} from "../../../loaders/errors.js";
import {loadSourceTable} from "../../../loaders/ingest/source-table.js";
import {firstLine} from "../../../loaders/read/first-line.js";
import {plainSurvey} from "../../../loaders/read/plain-survey.js";

async function scratch(text: string | Buffer): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "evalbook-fast-")), "big.csv");
  await writeFile(file, text);
  return file;
}

/** What loading `text` the fast path's way throws. */
async function loadError(text: string | Buffer, headers: string[]): Promise<InputError> {
  const path = await scratch(text);
  const table = {
    ...plainSurvey({file: "raw/big.csv", headers, rows: [], rowNumbers: [], warnings: []}, "wide"),
    csv: {path, delimiter: ","}
  };
  const error = await withDuckDB((db) => loadSourceTable(db, "raw0", table)).catch((e) => e);
  expect(error).toBeInstanceOf(InputError);
  return error;
}

describe("loadSourceTable(db, name, table) on a large CSV read by DuckDB", () => {
  const header = "id,name,phone,q1\n";
  const rows = Array.from({length: 50}, (_, i) => `P${i},学生${i},1390000${String(i).padStart(4, "0")},3\n`);

  it("names the row of a ragged line in one line, without its content", async () => {
    const text =
      header + rows.slice(0, 20).join("") + "P005000,王小明,13812345678,1,extra\n" + rows.slice(20).join("");
    const error = await loadError(text, ["id", "name", "phone", "q1"]);
    expect(error.message).toBe(
      "raw/big.csv, row 22: this row has 5 cells, but the header has only 4 columns. Fix: check that row for a stray or missing separator (a comma inside an answer must be quoted)"
    );
    for (const value of ["王小明", "13812345678", "P005000"]) expect(error.message).not.toContain(value);
  });

  it("names the row of invalid UTF-8 and of an unclosed quote, without their content", async () => {
    const latin = Buffer.concat([
      Buffer.from(header + rows.join("")),
      Buffer.from("P9,\xe9l\xe8ve 王小明,1,2\n", "latin1")
    ]);
    const encoding = await loadError(latin, ["id", "name", "phone", "q1"]);
    expect(encoding.message).toMatch(/^raw\/big\.csv, row 52: this row is not valid UTF-8 text\. Fix: /);
    const quote = await loadError(header + rows.join("") + 'P9,"王小明,1,2\n', ["id", "name", "phone", "q1"]);
    expect(quote.message).toMatch(/^raw\/big\.csv(, row \d+)?: /);
    for (const error of [encoding, quote]) expect(error.message).not.toMatch(/王小明|P9/);
  });
});

describe("loadSourceTable(db, name, table) on a valid large CSV", () => {
  it("reads line breaks inside quoted answers, with CRLF line ends and short rows", async () => {
    const text = "id,note,q1\r\n" + 'P1,"two\r\nlines",3\r\nP2,x\r\n'.repeat(40);
    const path = await scratch(text);
    const table = {
      ...plainSurvey(
        {file: "raw/big.csv", headers: ["id", "note", "q1"], rows: [], rowNumbers: [], warnings: []},
        "wide"
      ),
      csv: {path, delimiter: ","}
    };
    const rows = await withDuckDB(async (db) => {
      await loadSourceTable(db, "raw0", table);
      return (await db.runAndReadAll("SELECT c0, c1, c2 FROM raw0 ORDER BY _row LIMIT 2")).getRows();
    });
    expect(rows).toEqual([
      ["P1", "two\r\nlines", "3"],
      ["P2", "x", null]
    ]);
  });
});

describe("firstLine(path)", () => {
  it("reads a header line far longer than one chunk, up to its line break outside quotes", async () => {
    const header = Array.from({length: 10_006}, (_, i) => `"column, number ${i}"`).join(",");
    const path = await scratch(header + "\r\n1,2,3\n");
    expect((await firstLine(path))!.toString("utf8")).toBe(header);
  });

  it("gives undefined when no line ends within the limit", async () => {
    expect(await firstLine(await scratch("x".repeat(5000)), 1000)).toBeUndefined();
  });
});
