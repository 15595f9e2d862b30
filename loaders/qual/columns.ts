// Finds a table's columns by name (never by position), with user mappings and a clear error when missing.

import {InputError} from "../errors.js";
import type {ReadTableOptions, Table} from "./table-file.js";

/** The header names a column may carry, and whether the reader cannot do without it. */
export interface ColumnSpec {
  names: string[];
  required?: boolean;
}

/** Column positions by key; null for an optional column the table lacks. */
export type ColumnIndex<K extends string> = Record<K, number | null>;

/**
 * Locates each key's column. Names match ignoring case, surrounding and repeated spaces and a trailing
 * colon (`"Creation Date "` finds `Creation Date`); `mapping` names the column for a key outright.
 */
export function locateColumns<K extends string>(
  table: Table,
  spec: Record<K, ColumnSpec>,
  mapping: Partial<Record<string, string>> = {}
): ColumnIndex<K> {
  const normalised = table.header.map(normalise);
  const index = {} as ColumnIndex<K>;
  const missing: string[] = [];
  for (const key of Object.keys(spec) as K[]) {
    const mapped = mapping[key];
    const names = mapped === undefined ? spec[key].names : [mapped];
    const position = names.map((name) => normalised.indexOf(normalise(name))).find((found) => found >= 0);
    index[key] = position ?? null;
    if (position === undefined && (spec[key].required || mapped !== undefined)) {
      missing.push(`${key} (${names.map((name) => `"${name}"`).join(" or ")})`);
    }
  }
  if (missing.length > 0) {
    throw new InputError(
      `lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
      {file: table.file},
      `the columns found are ${table.header.map((name) => `"${name}"`).join(", ")}; rename the column in the file or map it in study.yaml, e.g. columns: {${missing[0]!.split(" ")[0]}: "<column name>"}`
    );
  }
  return index;
}

/** The cell of `row` in column `index`, or `""` when the column is absent. */
export function cellAt(row: string[], index: number | null): string {
  return index === null ? "" : (row[index] ?? "");
}

function normalise(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, " ").trim().replace(/:$/, "").toLowerCase();
}

/** Options shared by the table readers. */
export interface TableReaderOptions extends ReadTableOptions {
  /**
   * Header names for the reader's keys where the file differs (localised or renamed headers),
   * e.g. `{document: "Dokumentname"}` or `{participant: "访谈对象", excerpt: "原文"}`.
   */
  columns?: Partial<Record<string, string>>;
}
