// The ingest's entry point for questionnaire exports: one file in, one SurveyTable (or one InputError) out.
import {InputError} from "../errors.js";
import {plainSurvey} from "./plain-survey.js";
import {qualtricsSurvey} from "./qualtrics-survey.js";
import type {RawTable} from "./raw-table.js";
import {readSav} from "./read-sav.js";
import {readTable, type ReadTableOptions} from "./read-table.js";
import type {SurveyFormat, SurveyTable} from "./survey-table.js";
import {wjxSurvey} from "./wjx-survey.js";

/** How {@link readSurvey} reads an export; file options as in {@link ReadTableOptions}. */
export interface ReadSurveyOptions extends ReadTableOptions {
  /** "wjx" (问卷星 CSV/XLSX, by option number or text), "qualtrics" (CSV), a plain "wide" or "long" table, or "spss" (.sav). */
  format: SurveyFormat;
}

const PRESETS: Record<Exclude<SurveyFormat, "spss">, (raw: RawTable) => SurveyTable> = {
  wjx: wjxSurvey,
  qualtrics: qualtricsSurvey,
  wide: (raw) => plainSurvey(raw, "wide"),
  long: (raw) => plainSurvey(raw, "long")
};

/** Reads a questionnaire export, e.g. `await readSurvey("raw/pre.csv", {format: "wjx"})`. */
export async function readSurvey(file: string, options: ReadSurveyOptions): Promise<SurveyTable> {
  if (options.format === "spss") return readSav(file, options);
  const preset = Object.hasOwn(PRESETS, options.format) ? PRESETS[options.format] : undefined;
  if (!preset) {
    throw new InputError(
      `"${options.format}" is not a survey format Evalbook reads`,
      {file},
      `use one of ${[...Object.keys(PRESETS), "spss"].join(", ")}`
    );
  }
  return preset(await readTable(file, options));
}
