// DuckDB's CSV errors quote the offending line; the user gets its number and what is wrong with it instead.
import {InputError} from "../errors.js";

/**
 * For an error of DuckDB's CSV reader, one line naming `file`, the row it stopped at and the kind of problem, never
 * the row's content; any other error is returned as it is.
 */
export function csvFailure(file: string, error: unknown): unknown {
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
