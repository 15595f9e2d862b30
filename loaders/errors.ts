// The one error type users see: what went wrong, where (file, row, column or key path) and how to fix it; and the
// warnings the ingest reads past, in the same one line, in both languages because the pages show them.
import type {Text} from "../src/lib/types.js";

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

/** How a problem's place and fix are worded in each language. */
const WORDING = {
  en: {
    row: (n: number) => `row ${n}`,
    column: (c: string) => `column "${c}"`,
    comma: ", ",
    colon: ": ",
    fix: ". Fix: "
  },
  zh: {
    row: (n: number) => `第 ${n} 行`,
    column: (c: string) => `“${c}”列`,
    comma: "，",
    colon: "：",
    fix: "。解决办法："
  }
};

function problemIn(lang: keyof typeof WORDING, what: string, where: Where, fix?: string): string {
  const words = WORDING[lang];
  const place = [
    where.file,
    where.path,
    where.row === undefined ? undefined : words.row(where.row),
    where.column === undefined ? undefined : words.column(where.column)
  ]
    .filter((part) => part !== undefined && part !== "")
    .join(words.comma);
  const text = place ? `${place}${words.colon}${what}` : what;
  return fix ? `${text}${words.fix}${fix}` : text;
}

/** One line: `file, row 3, column "x": what. Fix: fix`. */
export function formatProblem(what: string, where: Where, fix?: string): string {
  return problemIn("en", what, where, fix);
}

/** A warning for the report: `file, row 3: what. Fix: fix`, and `file，第 3 行：what。解决办法：fix` in Chinese. */
export function warningText(what: Text, where: Where, fix?: Text): Text {
  return {en: problemIn("en", what.en, where, fix?.en), zh: problemIn("zh", what.zh, where, fix?.zh)};
}
