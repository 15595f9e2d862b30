// A large UTF-8 CSV loaded by DuckDB's own reader; its errors quote the offending line, so the user gets the line's
// number and what is wrong with it instead.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import {InputError} from "../errors.js";
import {fewTexts} from "./answer-values.js";

/** The table behind a large CSV's view `name`: the cells, without row numbers. */
export const csvRows = (name: string) => ident(`${name}_rows`);

/** Rows whose answer texts make a first guess of a large CSV's ENUM (see {@link loadLargeCsv}). */
const SAMPLE_ROWS = 20_000;

/** The ENUM type of a large CSV's answer cells (see {@link loadLargeCsv}). */
export const csvTexts = (name: string) => ident(`${name}_texts`);

/**
 * Loads the CSV at `path` as the view `name(_row INTEGER, c0 VARCHAR, …)` with `width` columns. The header was read
 * already, so DuckDB's sniffer is off: on a ragged row within its sample it fails without saying where. Row numbers
 * come from the table's `rowid` (the reader keeps the file's order), not a window over a million wide rows.
 * When the `answers` columns hold few distinct texts (as exports do: "1" … "5", option labels), those columns are
 * kept as an ENUM of them: a byte a cell, where a text takes 16 (a million rows × 60 answers: 60 MB, not 1 GB). They
 * read as the same texts. The first rows give the texts; a later text outside them fails the cast, and then the
 * whole file is read for its texts before loading again. With `used`, only those columns are kept: an export of
 * 10,006 columns, of which the study reads a few dozen, is not held whole.
 */
export async function loadLargeCsv(
  db: DuckDBConnection,
  name: string,
  {
    file,
    path,
    delimiter,
    width,
    answers,
    used
  }: {
    file: string;
    path: string;
    delimiter: string;
    width: number;
    answers: readonly number[];
    used?: readonly number[];
  }
): Promise<void> {
  const columns = Array.from({length: width}, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  const reader = (parallel: boolean) =>
    `read_csv(${literal(path)}, header = true, auto_detect = false, columns = {${columns}},
              delim = ${literal(delimiter)}, quote = '"', escape = '"', null_padding = true, parallel = ${parallel})`;
  const answerCells = answers.map((i) => ident(`c${i}`));
  const loadAs = async (parallel: boolean, texts: string[] | undefined) => {
    await db.run(`DROP TYPE IF EXISTS ${csvTexts(name)}`);
    if (texts) await db.run(`CREATE TYPE ${csvTexts(name)} AS ENUM (${texts.map(literal).join(", ")})`);
    const cells = (used ?? Array.from({length: width}, (_, i) => i)).map((i) =>
      texts && answers.includes(i) ? `c${i}::${csvTexts(name)} AS c${i}` : `c${i}`
    );
    await db.run(
      `CREATE OR REPLACE TABLE ${csvRows(name)} AS SELECT ${cells.join(", ")} FROM ${reader(parallel)}`
    );
  };
  const load = async (parallel: boolean) => {
    if (!answers.length) return loadAs(parallel, undefined);
    // The first rows' texts are almost always all of them: the file is read once more for its texts only when a
    // later one fails the cast (reading 60 million cells for their few texts took ~3 s of a 1M-row load).
    const sample = `(SELECT * FROM ${reader(parallel)} LIMIT ${SAMPLE_ROWS})`;
    const guess = await fewTexts(db, sample, answerCells);
    if (guess) {
      const loaded = await loadAs(parallel, guess).then(
        () => true,
        (error) => {
          if (/Conversion Error/i.test(String(error))) return false;
          throw error;
        }
      );
      if (loaded) return;
    }
    await loadAs(parallel, await fewTexts(db, reader(parallel), answerCells));
  };
  try {
    await load(true);
  } catch (error) {
    // The parallel reader cannot pad short rows of a file with line breaks inside quoted answers; the serial one can.
    if (!/quoted new ?lines/i.test(String(error))) throw csvFailure(file, error);
    await load(false).catch((again) => {
      throw csvFailure(file, again);
    });
  }
  await db.run(`CREATE VIEW ${ident(name)} AS SELECT (rowid + 2)::INTEGER AS _row, * FROM ${csvRows(name)}`);
}

/**
 * For an error of DuckDB's CSV reader, one line naming `file`, the row it stopped at and the kind of problem, never
 * the row's content; any other error is returned as it is.
 */
function csvFailure(file: string, error: unknown): unknown {
  const message = error instanceof Error ? error.message : "";
  if (!/CSV Error|Invalid Input Error|Invalid unicode/i.test(message)) return error;
  const line = /\bLine: (\d+)/.exec(message);
  const where = {file, ...(line ? {row: Number(line[1])} : {})};
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (columns) {
    const [, expected, found] = columns.map(Number);
    return new InputError(
      found! > expected!
        ? `this row has ${found} cells, but the header has only ${expected} columns`
        : `this row has ${found} cells, fewer than the ${expected} header columns`,
      where,
      "check that row for a stray or missing separator (a comma inside an answer must be quoted)"
    );
  }
  if (/unicode|utf-?8/i.test(message)) {
    return new InputError(
      "this row is not valid UTF-8 text",
      where,
      'open the file in Excel or WPS and save it as "CSV UTF-8", or set the encoding option'
    );
  }
  if (/quote/i.test(message)) {
    return new InputError(
      "a quoted answer is never closed",
      where,
      'look for an unclosed quote (") in or before that row'
    );
  }
  return new InputError(
    "the CSV file cannot be read from here on",
    where,
    "open the file in Excel or WPS and save it again as CSV UTF-8"
  );
}
