// A source's answer texts → valid scale values, per unit: the view `values<i>(_src, _row, <item> DOUBLE, …, _invalid)`.
import {DuckDBEnumType, type DuckDBConnection, type DuckDBType} from "@duckdb/node-api";
import {doubleLiteral, ident, literal} from "../duckdb.js";
import type {Instrument, Study} from "../study/schema.js";
import {validMacro, valueMacro} from "./values.js";

/**
 * Most distinct answer texts a source may hold for its cells to be looked up. An export has a few ("1" … "5",
 * option labels, "NA"): the macros convert each once and every cell is matched against constants (trimming and
 * casting 60 million cells took ~6 s of a million-row ingest). Past this (free text typed into the answers) every
 * cell goes through the macros, with the same result.
 */
export const LOOKUP_LIMIT = 64;

/** Creates TEMP TABLE `name(v, n)`: each distinct text of `cells` in `relation`, NULL included, and its count. */
export async function countTexts(
  db: DuckDBConnection,
  name: string,
  relation: string,
  cells: readonly string[]
): Promise<void> {
  const values = cells.length ? `unnest([${cells.join(", ")}])` : "NULL::VARCHAR";
  await db.run(
    `CREATE TEMP TABLE ${ident(name)} AS
     SELECT v, count(*) AS n FROM (SELECT ${values} AS v FROM ${relation}) GROUP BY v`
  );
}

/** The non-null texts of a {@link countTexts} table, most frequent first; undefined when past the limit. */
export async function lookupTexts(db: DuckDBConnection, name: string): Promise<string[] | undefined> {
  return fewTexts(db, ident(name), ["v"], "n");
}

/**
 * The distinct non-null texts of `cells` in `relation` (most frequent first, by `weight` if the relation counts
 * them); undefined when there are more than {@link LOOKUP_LIMIT} or one holds a NUL.
 */
export async function fewTexts(
  db: DuckDBConnection,
  relation: string,
  cells: readonly string[],
  weight?: string
): Promise<string[] | undefined> {
  const rows = (
    await db.runAndReadAll(
      `SELECT v FROM (SELECT unnest([${cells.join(", ")}]) AS v${weight ? `, ${weight} AS w` : ", 1 AS w"} FROM ${relation})
       WHERE v IS NOT NULL GROUP BY v ORDER BY sum(w) DESC, v LIMIT ${LOOKUP_LIMIT + 1}`
    )
  ).getRows() as [string][];
  const texts = rows.map(([v]) => String(v));
  // A NUL ends a query's text in DuckDB's parser: such a text cannot be a constant (it is converted by the macros).
  return rows.length > LOOKUP_LIMIT || texts.some((text) => text.includes("\0")) ? undefined : texts;
}

/** Each text's valid value (NULL: missing or invalid) and whether it is an invalid answer, by the macros. */
async function convertTexts(
  db: DuckDBConnection,
  instrument: Instrument,
  texts: readonly string[],
  text: (cell: string) => string
): Promise<{text: string; value: number | null; invalid: boolean}[]> {
  const valid = validValue(instrument, text("v"));
  const rows = (
    await db.runAndReadAll(
      `SELECT v, ${valid}, ${text("v")} IS NOT NULL AND ${valid} IS NULL
       FROM (SELECT unnest([${texts.map(literal).join(", ")}]::VARCHAR[]) AS v)`
    )
  ).getRows() as [string, number | null, boolean][];
  return rows.map(([text, value, invalid]) => ({text, value, invalid}));
}

/** SQL: the valid value of an answer text (NULL when missing, not a number, off the scale or not whole). */
const validValue = (instrument: Instrument, text: string) =>
  `${validMacro(instrument.id)}(${valueMacro(instrument.id)}(${text}))`;

/** Where a source's answers are read: a relation with `_row`, and each held item's cell expression in it. */
export interface AnswerCells {
  relation: string;
  cells: ReadonlyMap<string, string>;
  /** SQL of a cell's answer text (missing-answer markers as NULL), as the source's `answers` view gives it. */
  text: (cell: string) => string;
}

/** The view of source `index`'s values. */
export const valuesOf = (index: number) => ident(`values${index}`);

/**
 * Creates the view `values<index>`: each unit's valid answers as DOUBLE (NULL where missing, invalid or not in the
 * file) and `_invalid`, how many of its answers were set missing as invalid. `texts` (from {@link lookupTexts}):
 * the cells are looked up; undefined: each cell is converted by the macros. A cell of an ENUM type (a large CSV's
 * answers) is looked up by its code in a list of its type's values, not compared as text (60 million cells: ~1.5 s
 * less CPU).
 */
export async function createValuesView(
  db: DuckDBConnection,
  study: Study,
  index: number,
  {relation, cells, text}: AnswerCells,
  texts: readonly string[] | undefined
): Promise<void> {
  const types = texts ? await cellTypes(db, relation, cells) : new Map<string, DuckDBType>();
  const columns: string[] = [];
  const invalid: string[] = [];
  for (const instrument of study.instruments) {
    const held = instrument.items.some((item) => cells.has(item.id));
    const converted = texts?.length && held ? await convertTexts(db, instrument, texts, text) : [];
    const valid = converted.filter((c) => c.value !== null);
    const invalidTexts = converted.filter((c) => c.invalid).map((c) => literal(c.text));
    for (const item of instrument.items) {
      const cell = cells.get(item.id);
      if (cell === undefined) {
        columns.push(`NULL::DOUBLE AS ${ident(item.id)}`);
        continue;
      }
      const type = types.get(cell);
      if (type instanceof DuckDBEnumType) {
        const byText = new Map(converted.map((c) => [c.text, c]));
        // The type is made from the texts the cells hold, so each value is converted (one no cell held would
        // never be read).
        const byCode = type.values.map((v) => byText.get(v) ?? {value: null, invalid: false});
        const code = `enum_code(${cell}) + 1`;
        const values = byCode.map((c) => doubleLiteral(c.value));
        columns.push(`list_extract([${values.join(", ")}]::DOUBLE[], ${code}) AS ${ident(item.id)}`);
        if (byCode.some((c) => c.invalid))
          invalid.push(`coalesce(list_extract([${byCode.map((c) => +c.invalid).join(", ")}], ${code}), 0)`);
      } else if (texts) {
        const whens = valid.map((c) => `WHEN ${literal(c.text)} THEN ${doubleLiteral(c.value)}`);
        columns.push(
          `${whens.length ? `CASE ${cell} ${whens.join(" ")} END` : "NULL::DOUBLE"} AS ${ident(item.id)}`
        );
        if (invalidTexts.length)
          invalid.push(`coalesce(list_contains([${invalidTexts.join(", ")}], ${cell}), false)::INTEGER`);
      } else {
        const value = validValue(instrument, text(cell));
        columns.push(`${value} AS ${ident(item.id)}`);
        invalid.push(`(${text(cell)} IS NOT NULL AND ${value} IS NULL)::INTEGER`);
      }
    }
  }
  await db.run(
    `CREATE VIEW ${valuesOf(index)} AS
     SELECT ${index} AS _src, _row, ${columns.join(", ")}, (${invalid.join(" + ") || "0"})::INTEGER AS _invalid
     FROM ${relation}`
  );
}

/** The DuckDB type of each cell expression of `cells` in `relation`. */
async function cellTypes(
  db: DuckDBConnection,
  relation: string,
  cells: ReadonlyMap<string, string>
): Promise<Map<string, DuckDBType>> {
  const expressions = [...new Set(cells.values())];
  if (!expressions.length) return new Map();
  const reader = await db.runAndReadAll(`SELECT ${expressions.join(", ")} FROM ${relation} LIMIT 0`);
  return new Map(expressions.map((cell, i) => [cell, reader.columnType(i)]));
}
