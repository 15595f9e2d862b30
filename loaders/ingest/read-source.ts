// One survey source of study.yaml → a SourceTable: the readers for everything, DuckDB's CSV reader for large UTF-8 files.
import {stat} from "node:fs/promises";
import {extname} from "node:path";
import {parse} from "csv-parse/sync";
import {firstLine} from "../read/first-line.js";
import {readSurvey} from "../read/read-survey.js";
import {plainSurvey} from "../read/plain-survey.js";
import {wjxSurvey} from "../read/wjx-survey.js";
import type {SurveySource} from "../study/schema.js";
import type {SourceTable} from "./source-table.js";

/** Above this size a UTF-8 CSV goes straight to DuckDB (the readers hold whole files in memory). */
export const FAST_PATH_BYTES = 32 * 1024 * 1024;

/** The header of a large UTF-8 CSV, or undefined when the file is not one (then the readers handle it). */
async function largeUtf8Csv(path: string, source: SurveySource): Promise<SourceTable | undefined> {
  if (source.format !== "wide" && source.format !== "wjx") return undefined;
  if (![".csv", ".txt", ".tsv"].includes(extname(path).toLowerCase())) return undefined;
  if (source.encoding && !/^utf-?8$/i.test(source.encoding)) return undefined;
  const size = await stat(path).then(
    (s) => s.size,
    () => 0
  ); // a missing file is the readers' to report
  if (size < FAST_PATH_BYTES) return undefined;
  const start = await firstLine(path);
  const line = start && new TextDecoder("utf-8", {fatal: false}).decode(start).replace(/^\uFEFF/, "");
  if (!line || line.includes("\uFFFD")) return undefined;
  const delimiter = [",", "\t", ";"].reduce((best, d) =>
    line.split(d).length > line.split(best).length ? d : best
  );
  const [headers] = parse(line, {delimiter, relax_quotes: true}) as string[][];
  const raw = {
    file: path,
    headers: headers.map((h) => h.trim()),
    rows: [],
    rowNumbers: [],
    encoding: "utf-8",
    warnings: []
  };
  const table = source.format === "wjx" ? wjxSurvey(raw) : plainSurvey(raw, "wide");
  return {...table, csv: {path, delimiter}};
}

/** Reads the export at `path` as `source` says. */
export async function readSource(path: string, source: SurveySource): Promise<SourceTable> {
  return (
    (await largeUtf8Csv(path, source)) ??
    (await readSurvey(path, {
      format: source.format,
      ...(source.encoding ? {encoding: source.encoding} : {}),
      ...(source.sheet ? {sheet: source.sheet} : {})
    }))
  );
}
