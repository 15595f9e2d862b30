// Names the published site replaces by neutral labels: coders ('编码员 A'), interview documents ('访谈 3') and the
// export files ('文件 2'). A coder's name, a document named after a child, a file called after a class are
// personal data as much as a column of names; the labels keep the tables readable without them.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import type {Study} from "../study/schema.js";
import {tf, type Lang} from "../../src/lib/i18n.js";
import type {Text} from "../../src/lib/types.js";
import {LABEL_PREFIX, neutralLabelIn, type LabelKind} from "../../src/lib/neutral-labels.js";

/** Spreadsheet-style letters for coders: A … Z, AA, AB … */
function letters(i: number): string {
  return (i >= 26 ? letters(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));
}

/** Label of each distinct name, in sorted order of the names: coders by letter, documents by number. */
export function neutralLabels(
  names: Iterable<string>,
  kind: LabelKind,
  lang: "zh" | "en"
): Map<string, string> {
  const sorted = [...new Set(names)].sort();
  const mark = (i: number) => (kind === "coder" ? letters(i) : String(i + 1));
  return new Map(sorted.map((name, i) => [name, `${LABEL_PREFIX[kind][lang]} ${mark(i)}`]));
}

/**
 * The labels of a study's export files (questionnaires and codings): the report, study.json and the manifest agree.
 * Numbered as study.yaml lists them, questionnaires first, so the overview's file table reads 文件 1, 文件 2, ….
 */
export function fileLabels(study: Pick<Study, "sources" | "language">): Map<string, string> {
  const files = new Set([...study.sources.surveys, ...study.sources.coding].map((source) => source.file));
  return new Map([...files].map((file, i) => [file, `${LABEL_PREFIX.file[study.language]} ${i + 1}`]));
}

/** The distinct non-null values of `columns` of a Parquet file. */
export async function distinctValues(
  db: DuckDBConnection,
  file: string,
  columns: readonly string[]
): Promise<string[]> {
  const parts = columns.map((c) => `SELECT ${ident(c)} AS v FROM read_parquet(${literal(file)})`);
  const rows = await db.runAndReadAll(
    `SELECT DISTINCT v FROM (${parts.join(" UNION ALL ")}) WHERE v IS NOT NULL`
  );
  return rows.getRows().map(([v]) => String(v));
}

/** A SQL expression mapping `column` through `labels` (values not in it unchanged). */
export function relabel(column: string, labels: ReadonlyMap<string, string>): string {
  if (!labels.size) return ident(column);
  const cases = [...labels].map(([name, label]) => `WHEN ${literal(name)} THEN ${literal(label)}`);
  return `CASE ${ident(column)} ${cases.join(" ")} ELSE ${ident(column)} END`;
}

/**
 * A JSON-able value (the ingest report) with every string holding one of the names rewritten: whole strings
 * mapped, and names inside longer text (warnings, "raw/coding/访谈编码.qdpx") replaced, longest first. Inside a
 * bilingual text (`{en, zh}`: a warning, a check's message) each language gets the label in its own words.
 */
export function relabelJson<T>(value: T, labels: ReadonlyMap<string, string>): T {
  const names = [...labels.keys()].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length);
  const text = (s: string, lang: Lang | undefined) => {
    const label = (name: string) => (lang ? neutralLabelIn(labels.get(name)!, lang) : labels.get(name)!);
    return labels.has(s) ? label(s) : names.reduce((t, name) => t.replaceAll(name, label(name)), s);
  };
  const walk = (node: unknown, lang?: Lang): unknown =>
    typeof node === "string"
      ? text(node, lang)
      : Array.isArray(node)
        ? node.map((v) => walk(v, lang))
        : node !== null && typeof node === "object"
          ? Object.fromEntries(
              Object.entries(node).map(([k, v]) => [k, walk(v, k === "en" || k === "zh" ? k : lang)])
            )
          : node;
  return walk(value) as T;
}

/** study.json: the codebook with its sources' files and document rules relabelled, and the study's size. */
export function publishedStudy<S extends {sources: unknown}>(
  study: S,
  labels: ReadonlyMap<string, string>,
  size: unknown
) {
  return {...study, sources: relabelJson(study.sources, labels), size};
}

// A quoted value in a report's text: '…' (opened after a space or bracket, so "wave's" is no quote), "…" or “…”.
const QUOTED = /(?<=^|[\s(:：，,])'([^']*)'(?=$|[\s,;:.)，；。])|"([^"]*)"|“([^”]*)”/g;

/**
 * The ingest report as the published site holds it: names by label, and every value its texts quote that the study
 * does not declare (`known`: the codebook's values, the files' column names) only by its length — an exclusion
 * reason's group '李红', an interview id matching no questionnaire, a document rule '访谈-张*', an invalid answer
 * may be anything someone typed.
 */
export function publishedReport<
  R extends {
    sources: {excluded: {reason: string}[]}[];
    invalid_values: {listed: {value: string}[]};
    warnings: Text[];
    checks: {message: Text}[];
    coding: {warnings: Text[]};
  }
>(report: R, labels: ReadonlyMap<string, string>, known: ReadonlySet<string>): R {
  // "[text, 5 characters]": English in the report's own texts (pages say it in their language: exclusion-reason.ts).
  const length = (value: string, lang: Lang = "en") =>
    tf("reasonValueLength", lang, {n: String([...value].length)});
  const redact = (text: string, lang: Lang = "en") =>
    text.replace(QUOTED, (quoted, ...values: (string | undefined)[]) => {
      const value = values.slice(0, 3).find((v) => v !== undefined)!;
      return known.has(value) ? quoted : length(value, lang);
    });
  const texts = (list: Text[]) => list.map(({en, zh}) => ({en: redact(en), zh: redact(zh, "zh")}));
  const sources = report.sources.map((source) => ({
    ...source,
    excluded: source.excluded.map((e) => ({...e, reason: redact(e.reason)}))
  }));
  // Even a number: an invalid answer of 55 would read as participant 55 to a reader (and to the scan).
  const listed = report.invalid_values.listed.map((v) => ({
    ...v,
    value: v.value.startsWith("[") ? v.value : length(v.value)
  }));
  return relabelJson(
    {
      ...report,
      sources,
      invalid_values: {...report.invalid_values, listed},
      warnings: texts(report.warnings),
      checks: report.checks.map((check) => ({...check, message: texts([check.message])[0]!})),
      coding: {...report.coding, warnings: texts(report.coding.warnings)}
    },
    labels
  );
}
