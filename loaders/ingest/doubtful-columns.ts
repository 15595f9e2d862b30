// Column choices that would give a doubtful result without a word: a used header that appears twice, two items
// read from one column, no file with any answers. Each becomes an error, or a warning in the report.
import {InputError} from "../errors.js";
import {normalizeHeader} from "./columns.js";
import type {SourceTable} from "./source-table.js";
import type {SourceColumns} from "./units.js";

const RENAME =
  "rename or delete one of them in the export, so that each column the study uses has its own header";

/** Throws when a column the study uses shares its header with another, or two items read the same column. */
export function checkUsedColumns(table: SourceTable, columns: SourceColumns): void {
  const used: [string, number | undefined][] = [
    ["participants.id", columns.participant],
    ["participants.group", columns.group],
    ["participants.wave", columns.wave],
    ["the item column", columns.item],
    ["the value column", columns.value],
    ...[...columns.items].map(([item, index]): [string, number] => [`item ${item}`, index])
  ];
  const names = table.headers.map(normalizeHeader);
  const readers = new Map<number, string>();
  for (const [who, index] of used) {
    if (index === undefined) continue;
    const twins = names.flatMap((name, i) => (name === names[index] ? [i + 1] : []));
    if (twins.length > 1) {
      throw new InputError(
        `${twins.length} columns (${twins.join(", ")}) are named "${table.headers[index]}", and ${who} reads that name: which one holds the data is unclear`,
        {file: table.file, column: table.headers[index]},
        RENAME
      );
    }
    const first = readers.get(index);
    if (first !== undefined && first.startsWith("item ") && who.startsWith("item ")) {
      throw new InputError(
        `${first} and ${who} both read this column`,
        {file: table.file, column: table.headers[index]},
        "map each item to its own column in study.yaml (column, number + sub, or position)"
      );
    }
    readers.set(index, first ?? who);
  }
}

/**
 * Throws when no survey file has any answer rows (the outputs would be empty); a single empty file is a report check
 * (`source_without_rows`, checks.ts). Large CSVs read by DuckDB are never empty and are not counted here.
 */
export function assertSomeAnswers(tables: readonly SourceTable[]): void {
  const empty = tables.filter((table) => !table.csv && table.rows.length === 0);
  if (empty.length && empty.length === tables.length) {
    throw new InputError(
      `no survey file has any answers: ${empty.length > 1 ? "each holds" : "it holds"} only a header row`,
      {file: empty[0]!.file},
      "download the exports again after the participants have answered"
    );
  }
}
