// Two sources that read the same answers of one file would silently make one wave a copy of another: refuse them.
import {resolve} from "node:path";
import {InputError} from "../errors.js";
import type {Study} from "../study/schema.js";
import type {SourceTable} from "./source-table.js";
import type {SourceColumns} from "./units.js";

/** The answer columns a source reads: its items' columns, or a long file's value column. */
function answerColumns(columns: SourceColumns): number[] {
  return columns.value !== undefined ? [columns.value] : [...columns.items.values()];
}

/**
 * Throws when two sources name the same file (and sheet) and read a same answer column: with different waves the
 * later wave would repeat the earlier one; with the same wave every row would be a duplicate.
 */
export function checkSourceOverlap(
  study: Study,
  tables: readonly SourceTable[],
  columns: readonly SourceColumns[],
  file: string
): void {
  const sources = study.sources.surveys;
  for (let j = 1; j < sources.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [sources[i], sources[j]];
      if (resolve(a.file) !== resolve(b.file) || a.sheet !== b.sheet) continue;
      const shared = answerColumns(columns[j]).find((c) => answerColumns(columns[i]).includes(c));
      if (shared === undefined) continue;
      const header = tables[j].headers[shared];
      const waves =
        a.wave && b.wave && a.wave !== b.wave ? `, so wave '${b.wave}' would repeat wave '${a.wave}'` : "";
      throw new InputError(
        `reads the same column "${header}" of ${b.file} as sources.surveys[${i}]${waves}`,
        {file, path: `sources.surveys[${j}]`},
        'give each wave its own columns with item_columns (e.g. item_columns: "Post_{column}"), or point this source at its own file'
      );
    }
  }
}
