// Scans output files for personal data: every cell of Parquet tables, every JSON value, every line of HTML
// and other text for patterns and declared values; every byte of scripts, WASM and other files for declared values.
import {readdir, readFile} from "node:fs/promises";
import {extname, join, relative} from "node:path";
import {DuckDBBlobValue, type DuckDBConnection} from "@duckdb/node-api";
import {allEnded, ident, literal, withDuckDB} from "../duckdb.js";
import {PSEUDONYM_HEX, PSEUDONYM_PREFIX, PSEUDONYM_SHAPE} from "../../src/lib/pseudonym-shape.js";
import {loadColumns} from "../write/parquet.js";
import {
  context,
  findPatterns,
  KIND_NAMES,
  maskValue,
  normalizeForPatterns,
  type PiiKind,
  type PiiMatch
} from "./patterns.js";
import {allowedAt, asBytes, normalizeTerm, termFinder, type Terms} from "./terms.js";

/** One personal value found in an output. */
export interface Finding {
  /** The file, relative to the scanned folder. */
  file: string;
  /** Where in it: `column "reason", row 3`, `sources[0].excluded[1].reason`, `line 12` or `byte 40123`. */
  where: string;
  kind: PiiKind;
  /** The text around the value, the value itself masked. */
  context: string;
  /** The raw export and row the value came from, when the output records them (ingest report entries). */
  origin?: string;
}

/** Files read as text and searched for patterns as well as declared values. */
const DATA_TEXT = new Set([
  ".html",
  ".htm",
  ".json",
  ".csv",
  ".tsv",
  ".txt",
  ".md",
  ".svg",
  ".xml",
  ".yaml",
  ".yml",
  ".geojson"
]);
/** Compressed containers: their bytes say nothing about their contents, so they fail the scan outright. */
const ARCHIVES: {magic: number[]; name: string}[] = [
  {magic: [0x50, 0x4b, 0x03, 0x04], name: "zip archive (or XLSX)"},
  {magic: [0x1f, 0x8b], name: "gzip archive"}
];

/** A prepared scan: the terms and their finders for text and for bytes. */
export interface Scanner {
  terms: Terms;
  text: (text: string) => PiiMatch[];
  bytes: (latin1: string) => PiiMatch[];
  /**
   * Texts already searched that held nothing at all (before `publish.allow`), keyed by how they were searched: a
   * pseudonym in three tables of one scan is searched once.
   */
  clean: Set<string>[];
}

/**
 * One automaton per scan: the one over UTF-8 bytes is built only when a file is read as bytes (scripts, WASM), which
 * an ingest's Parquet and JSON outputs never are.
 */
export function scanner(terms: Terms): Scanner {
  let bytes: Scanner["bytes"] | undefined;
  return {
    terms,
    text: termFinder(terms.substrings),
    bytes: (latin1) => (bytes ??= termFinder(terms.substrings.map(asBytes)))(latin1),
    clean: Array.from({length: 8}, () => new Set<string>())
  };
}

const KIND_ORDER: PiiKind[] = ["mobile", "resident-id", "email", "ipv4", "ipv6", "declared", "unscannable"];

/** Matches sorted by position, overlapping ones merged into the first (a pattern wins over "declared"). */
function merge(found: PiiMatch[]): PiiMatch[] {
  found.sort(
    (a, b) =>
      a.index - b.index || b.length - a.length || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  );
  const kept: PiiMatch[] = [];
  for (const match of found) {
    const last = kept.at(-1);
    if (last && match.index < last.index + last.length) continue;
    kept.push(match);
  }
  return kept;
}

/** How a text is searched: see {@link findInText}. */
interface SearchOptions {
  patterns?: boolean;
  cell?: boolean;
  terms?: boolean;
}

/**
 * The personal values in one piece of text (normalised first: see normalizeForPatterns): pattern matches (unless
 * `patterns` is false), declared values inside it (unless `terms` is false) and, when `cell` is set, the whole
 * text equal to a declared value. Values allowed at `place` (`file:column-or-key`, asked for only when something
 * was found) are skipped.
 */
export function findInText(
  raw: string,
  scan: Scanner,
  {patterns = true, cell = false, terms = true}: SearchOptions = {},
  place: () => string = () => ""
): {text: string; matches: PiiMatch[]} {
  const clean = scan.clean[(+patterns << 2) | (+cell << 1) | +terms]!;
  if (clean.has(raw)) return {text: raw, matches: []};
  const text = normalizeForPatterns(raw);
  const found = [...(patterns ? findPatterns(text) : []), ...(terms ? scan.text(text) : [])];
  const whole = normalizeTerm(text);
  if (cell && scan.terms.whole.has(whole)) {
    found.push({kind: "declared", index: text.indexOf(whole), length: whole.length});
  }
  if (!found.length) {
    clean.add(raw);
    return {text, matches: []};
  }
  // An allowed value is accepted only where its publish.allow entry says (terms.ts: allowedAt).
  const at = place();
  const allowed = (m: PiiMatch) => {
    const places = scan.terms.allow.get(normalizeTerm(text.slice(m.index, m.index + m.length)));
    return places !== undefined && allowedAt(places, at);
  };
  return {text, matches: merge(found.filter((m) => !allowed(m)))};
}

/** `file:column-or-key` of a finding, as `publish.allow` names places. */
const placeOf = (file: string, where: string) =>
  `${file}:${/^column "(.*)", row/.exec(where)?.[1] ?? where.replace(/^key /, "")}`;

function findings(
  raw: string,
  scan: Scanner,
  file: string,
  where: string,
  options: SearchOptions & {origin?: string} = {}
): Finding[] {
  const {text, matches} = findInText(raw, scan, options, () => placeOf(file, where));
  return matches.map((match) => ({
    file,
    where,
    kind: match.kind,
    context: context(text, match, matches),
    ...(options.origin ? {origin: options.origin} : {})
  }));
}

/**
 * A cell's text; `cell`: also compared whole with declared values; `patterns`: searched for patterns too;
 * `terms`: searched for declared values at all.
 */
interface Cell {
  text: string;
  cell: boolean;
  patterns?: boolean;
  terms?: boolean;
}

/**
 * Number cells are searched as their digits for patterns (a phone number typed into a numeric column is still
 * one), but never for declared values: a count, a row number or a statistic equal to a numeric id is not that id
 * (every id in the outputs is a text pseudonym).
 */
function cellText(value: unknown): Cell | undefined {
  if (typeof value === "string") return {text: value, cell: true};
  if (typeof value === "number" && Number.isFinite(value))
    return {text: String(value), cell: false, terms: false};
  return undefined;
}

/**
 * Numeric columns of the result tables that hold statistics, counts and scores computed by the ingest: known, not
 * personal (a Wilcoxon V of 14,523,456,794 is not a phone number).
 */
const STATISTIC =
  /^(n|n_[xy]|k|df|t|g|g_av|d|dz|score|answered|items|value|passage|midpoint|alpha|reliability|rci|improved|unchanged|deteriorated|rank_biserial|item_total|alpha_if_deleted|(mean|sd|ci|diff_ci|d_ci|dz_ci|p|wilcoxon)_\w+)$/;

/** How a Parquet column's values reach the search, by DuckDB type; BOOLEAN columns hold nothing to find. */
function columnReader(
  name: string,
  type: string
): {expr: string; read: (value: unknown) => Cell | undefined} | undefined {
  const column = ident(name);
  if (type === "BOOLEAN") return undefined;
  if (STATISTIC.test(name) && !/VARCHAR|BLOB/.test(type)) return undefined;
  if (type === "VARCHAR") return {expr: column, read: (v) => cellText(v)};
  if (type === "BLOB")
    return {expr: column, read: (v) => cellText(Buffer.from((v as DuckDBBlobValue).bytes).toString("utf8"))};
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|DECIMAL.*)$/.test(type))
    return {expr: `${column}::DOUBLE`, read: (v) => cellText(v)};
  // Dates, times, lists, structs: their text, for declared values only (a date is not a phone number).
  return {expr: `${column}::VARCHAR`, read: (v) => ({text: String(v), cell: false, patterns: false})};
}

/** The declared values a pseudonym can hold, as the table `scan_terms` of `db`, for {@link toSearch}. */
const TERMS_TABLE = "scan_terms";

/**
 * Whether a declared value can lie in a pseudonym ({@link PSEUDONYM_SHAPE}): a pseudonym holds no pattern (10 digits
 * at most, no `@`, `.` or `:`), and under termFinder's word rule a declared value can lie in it only as the whole
 * text or its tail after `P` or `P-`: anywhere else it would start or end inside a run of letters and digits.
 */
const pseudonymPart = new RegExp(`^(?:${PSEUDONYM_PREFIX}|${PSEUDONYM_PREFIX.slice(1)})?${PSEUDONYM_HEX}$`);

/**
 * The distinct values of text column `expr` of `table` that need searching in JavaScript: all but the pseudonyms
 * (a million of them in a large study's outputs) that hold none of {@link TERMS_TABLE}. The pseudonyms are set
 * aside before DISTINCT (a prefix test spares the others the regular expression), and only they are joined with
 * that table: usually empty, and then DuckDB skips their side (nothing on it may need the whole side first, as a
 * DISTINCT before the join would: that cost 0.5 s on 4 million rows).
 */
const toSearch = (expr: string, table: string) => {
  const pseudonym = `starts_with(v, ${literal(PSEUDONYM_PREFIX)}) AND regexp_full_match(v, ${literal(PSEUDONYM_SHAPE)})`;
  const values = `SELECT ${expr} AS v FROM ${table}`;
  return `SELECT DISTINCT v FROM (${values}) WHERE v IS NOT NULL AND NOT (${pseudonym})
   UNION ALL
   SELECT DISTINCT v FROM (SELECT v, unnest([v, v[2:], v[3:]]) AS tail FROM (${values}) WHERE ${pseudonym})
     SEMI JOIN ${TERMS_TABLE} ON tail = term`;
};

/**
 * Every cell of a Parquet file, read by DuckDB column by column. Each distinct value is searched once (a
 * million-row table has few distinct answers and scores; its pseudonyms are checked in DuckDB, see
 * {@link toSearch}); then the rows holding a value with findings are listed, in row order.
 */
async function scanParquet(
  db: DuckDBConnection,
  path: string,
  file: string,
  scan: Scanner
): Promise<Finding[]> {
  const table = `read_parquet(${literal(path)})`;
  const numbered = `read_parquet(${literal(path)}, file_row_number = true)`;
  const schema = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${table}`)).getRows();
  const found: {row: number; column: number; finding: Finding}[] = [];
  for (const [c, [name, type]] of schema.entries()) {
    const reader = columnReader(String(name), String(type));
    if (!reader) continue;
    const flagged = new Map<unknown, Finding[]>();
    const distinct = await db.stream(
      type === "VARCHAR"
        ? toSearch(reader.expr, table)
        : `SELECT DISTINCT ${reader.expr} AS v FROM ${table} WHERE v IS NOT NULL`
    );
    for (
      let chunk = await distinct.fetchChunk();
      chunk && chunk.rowCount > 0;
      chunk = await distinct.fetchChunk()
    ) {
      const vector = chunk.getColumnVector(0);
      for (let r = 0, n = chunk.rowCount; r < n; r++) {
        const value = vector.getItem(r);
        const cell = reader.read(value);
        const here = cell ? findings(cell.text, scan, file, `column "${String(name)}", row`, cell) : [];
        if (here.length) flagged.set(value instanceof DuckDBBlobValue ? value.toString() : value, here);
      }
    }
    if (!flagged.size) continue;
    const rows = await db.runAndReadAll(
      `SELECT file_row_number, ${reader.expr} AS v FROM ${numbered}
       WHERE v IN (${[...flagged.keys()].map((v) => (typeof v === "number" ? `${v}::DOUBLE` : `${literal(String(v))}${type === "BLOB" ? "::BLOB" : ""}`)).join(", ")})
       ORDER BY file_row_number`
    );
    for (const [row, value] of rows.getRows()) {
      const key = value instanceof DuckDBBlobValue ? value.toString() : value;
      const where = `column "${name}", row ${Number(row) + 1}`;
      for (const finding of flagged.get(key) ?? [])
        found.push({row: Number(row), column: c, finding: {...finding, where}});
    }
  }
  return found.sort((a, b) => a.row - b.row || a.column - b.column).map(({finding}) => finding);
}

/** Walks a JSON value, scanning keys and leaves; `origin` is the nearest enclosing `file` and `row`. */
function scanJson(value: unknown, scan: Scanner, file: string): Finding[] {
  const found: Finding[] = [];
  const walk = (node: unknown, path: string, origin: {file?: string; row?: number}) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${path}[${i}]`, origin));
      return;
    }
    if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      const here = {
        file: typeof record.file === "string" ? record.file : origin.file,
        row: typeof record.row === "number" ? record.row : origin.row
      };
      for (const [key, child] of Object.entries(record)) {
        const at = path ? `${path}.${key}` : key;
        found.push(...findings(key, scan, file, `key ${at}`, {cell: true}));
        walk(child, at, here);
      }
      return;
    }
    const cell = cellText(node);
    if (!cell) return;
    const source =
      origin.file !== undefined && origin.row !== undefined ? `${origin.file} row ${origin.row}` : undefined;
    found.push(...findings(cell.text, scan, file, path || "(value)", {...cell, origin: source}));
  };
  walk(value, "", {});
  return found;
}

function scanLines(text: string, scan: Scanner, file: string): Finding[] {
  return text.split(/\r?\n/).flatMap((line, i) => findings(line, scan, file, `line ${i + 1}`));
}

function scanBytes(bytes: Buffer, scan: Scanner, file: string): Finding[] {
  const archive = ARCHIVES.find(({magic}) => magic.every((byte, i) => bytes[i] === byte));
  if (archive) {
    return [
      {
        file,
        where: "whole file",
        kind: "unscannable",
        context: `a ${archive.name}: its contents cannot be scanned; publish tables as Parquet, JSON or CSV`
      }
    ];
  }
  return scan.bytes(bytes.toString("latin1")).map((match) => {
    const end = match.index + match.length;
    const utf8 = (from: number, to: number) => bytes.subarray(Math.max(0, from), to).toString("utf8");
    const shown = `${utf8(match.index - 24, match.index)}${maskValue(utf8(match.index, end))}${utf8(end, end + 24)}`;
    return {
      file,
      where: `byte ${match.index}`,
      kind: match.kind,
      context: `…${shown.replace(/\s+/g, " ").replace(/[\x00-\x1f\x7f\ufffd]/g, "·")}…`
    };
  });
}

/** Scans one file: by type, Parquet cells (read by `db`), JSON values, text lines, or bytes (declared values only). */
async function scanFile(db: DuckDBConnection, path: string, file: string, scan: Scanner): Promise<Finding[]> {
  const extension = extname(path).toLowerCase();
  if (extension === ".parquet") {
    return scanParquet(db, path, file, scan).catch(() => [
      {file, where: "whole file", kind: "unscannable" as const, context: "not a readable Parquet file"}
    ]);
  }
  const bytes = await readFile(path);
  const named = extension === ".json" || extension === ".geojson";
  // A file without an extension that holds JSON (an output folder's marker) is searched as JSON, for patterns too:
  // more than its bytes would be, and without building the byte automaton of every declared value for it.
  if (named || (extension === "" && bytes[0] === 0x7b)) {
    const text = bytes.toString("utf8");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (value !== undefined) return scanJson(value, scan, file);
    if (named) return scanLines(text, scan, file);
  }
  if (DATA_TEXT.has(extension)) return scanLines(bytes.toString("utf8"), scan, file);
  return scanBytes(bytes, scan, file);
}

/**
 * Scans every file under `root` (paths in findings are relative to it) that `include` accepts, in a stable order.
 */
export async function scanFolder(
  root: string,
  scan: Scanner,
  {include = () => true}: {include?: (file: string) => boolean} = {}
): Promise<Finding[]> {
  const entries = await readdir(root, {withFileTypes: true, recursive: true});
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => include(relative(root, path)))
    .sort();
  return withDuckDB(async (db, instance) => {
    if (files.some((path) => extname(path).toLowerCase() === ".parquet"))
      await loadColumns(db, TERMS_TABLE, [
        {
          name: "term",
          type: "VARCHAR",
          values: [...scan.terms.whole].filter((term) => pseudonymPart.test(term))
        }
      ]);
    // Two files at a time, on a connection each: a column's query is short, and alone it leaves a core idle.
    const found: Finding[][] = [];
    let next = 0;
    const lane = async (connection: DuckDBConnection) => {
      for (let i = next++; i < files.length; i = next++)
        found[i] = await scanFile(connection, files[i]!, relative(root, files[i]!), scan);
    };
    const second = await instance.connect();
    try {
      await allEnded([lane(db), lane(second)]);
    } finally {
      second.closeSync();
    }
    return found.flat();
  });
}

/** One line per finding: `file, where: what in "context" — from raw file row`. */
export function describeFinding(finding: Finding): string {
  if (finding.kind === "unscannable") return `${finding.file}: ${finding.context}`;
  const origin = finding.origin ? ` — from ${finding.origin}` : "";
  return `${finding.file}, ${finding.where}: ${KIND_NAMES[finding.kind]} in "${finding.context}"${origin}`;
}

/** The findings as lines, at most `perFile` per file and `total` in all, with what was left out counted. */
export function describeFindings(found: readonly Finding[], {perFile = 10, total = 50} = {}): string[] {
  const lines: string[] = [];
  const files = [...new Set(found.map((f) => f.file))];
  for (const [i, file] of files.entries()) {
    const room = Math.min(perFile, total - lines.length);
    if (room <= 0) {
      lines.push(`… and ${files.length - i} more files`);
      break;
    }
    const here = found.filter((f) => f.file === file);
    lines.push(...here.slice(0, room).map(describeFinding));
    if (here.length > room) lines.push(`${file}: … and ${here.length - room} more`);
  }
  return lines;
}
