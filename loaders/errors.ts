// The one error type users see: what went wrong, where (file, row, column or key path) and how to fix it.

/** Where in the user's input a problem sits; every field is optional, the more the better. */
export interface Where {
  file?: string;
  /** 1-based row number as the user sees it in a spreadsheet (header = row 1). */
  row?: number;
  column?: string;
  /** Key path inside a structured file, e.g. `instruments[0].items[3].subscale`. */
  path?: string;
}

/** A problem with the user's input, worded for the user; anything else thrown is a bug. */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly what: string,
    readonly where: Where,
    readonly fix: string
  ) {
    super(formatProblem(what, where, fix));
  }
}

/** One line: `file, row 3, column "x": what. Fix: fix`. */
export function formatProblem(what: string, where: Where, fix?: string): string {
  const place = [
    where.file,
    where.path,
    where.row === undefined ? undefined : `row ${where.row}`,
    where.column === undefined ? undefined : `column "${where.column}"`
  ]
    .filter((part) => part !== undefined && part !== "")
    .join(", ");
  const text = place ? `${place}: ${what}` : what;
  return fix ? `${text}. Fix: ${fix}` : text;
}
