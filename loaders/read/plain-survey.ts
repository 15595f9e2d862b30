// The wide and long presets: a plain table whose only platform rule is keeping personal data apart.
import {isPiiHeader} from "./pii.js";
import {normalizeText} from "./normalize-text.js";
import type {RawTable} from "./raw-table.js";
import type {SurveyTable} from "./survey-table.js";

export function plainSurvey(raw: RawTable, format: "wide" | "long"): SurveyTable {
  const columns = raw.headers.map((header) => ({
    header,
    role: isPiiHeader(header) ? ("pii" as const) : ("question" as const),
    text: normalizeText(header)
  }));
  return {...raw, format, columns, missing: []};
}
