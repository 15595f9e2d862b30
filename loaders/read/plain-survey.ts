// The wide and long presets: a plain table whose only platform rule is keeping personal data apart.
import {isPiiHeader} from "./pii.js";
import {normalizeText} from "./normalize-text.js";
import type {RawTable} from "./raw-table.js";
import type {SurveyTable} from "./survey-table.js";

/** `Q12`, `Q12_3` or `12` as a whole header → its question number (`"Q12"`, `"Q12_3"`, `12`). */
export function plainQuestion(header: string): number | string | undefined {
  const text = normalizeText(header);
  if (/^\d+$/.test(text)) return Number(text);
  return /^Q\d+(?:_\d+)*$/i.test(text) ? text.toUpperCase() : undefined;
}

export function plainSurvey(raw: RawTable, format: "wide" | "long"): SurveyTable {
  const columns = raw.headers.map((header) => {
    const question = plainQuestion(header);
    return {
      header,
      role: isPiiHeader(header) ? ("pii" as const) : ("question" as const),
      text: normalizeText(header),
      ...(question === undefined ? {} : {question})
    };
  });
  return {...raw, format, columns, missing: []};
}
