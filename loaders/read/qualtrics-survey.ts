// The Qualtrics preset: takes the extra header rows (question text, import ids) off the data and names the columns.
import {InputError} from "../errors.js";
import {isPiiHeader} from "./pii.js";
import {normalizeText} from "./normalize-text.js";
import type {RawTable} from "./raw-table.js";
import type {SurveyColumn, SurveyTable} from "./survey-table.js";

/** Columns Qualtrics adds to every export that identify a person (both layouts). */
const PII = new Set([
  "IPAddress",
  "RecipientLastName",
  "RecipientFirstName",
  "RecipientEmail",
  "ExternalReference",
  "ExternalDataReference",
  "LocationLatitude",
  "LocationLongitude",
  "Name",
  "EmailAddress"
]);
const METADATA = new Set([
  "StartDate",
  "EndDate",
  "Status",
  "Progress",
  "Duration (in seconds)",
  "Finished",
  "RecordedDate",
  "ResponseId",
  "ResponseID",
  "ResponseSet",
  "DistributionChannel",
  "UserLanguage",
  "LocationAccuracy"
]);

export function qualtricsSurvey(raw: RawTable): SurveyTable {
  const labels = raw.rows[0];
  // Current layout: export tags, question text, {"ImportId":…}; legacy layout: V1…, then labels.
  const extra = raw.rows[1]?.[0]?.startsWith('{"ImportId"') ? 2 : raw.headers[0] === "V1" && labels ? 1 : 0;
  if (extra === 0 || !labels) {
    throw new InputError(
      'the Qualtrics header rows are missing: row 2 should hold the question text and row 3 {"ImportId":…} ' +
        "(or, in the legacy layout, row 1 V1, V2, … and row 2 the labels)",
      {file: raw.file},
      'export the responses from Qualtrics again as CSV without deleting rows, or read the file as format "wide"'
    );
  }
  const columns = raw.headers.map((tag, i) => qualtricsColumn(tag, labels[i] ?? ""));
  return {
    ...raw,
    rows: raw.rows.slice(extra),
    rowNumbers: raw.rowNumbers.slice(extra),
    format: "qualtrics",
    columns,
    missing: []
  };
}

function qualtricsColumn(tag: string, label: string): SurveyColumn {
  // Legacy V1…V10 columns carry their real name in the label row.
  const name = /^V\d+$/.test(tag) ? label : tag;
  if (PII.has(name) || isPiiHeader(name)) return {header: tag, role: "pii", text: normalizeText(label)};
  if (METADATA.has(name)) return {header: tag, role: "metadata", text: normalizeText(label)};
  // Matrix and multi-part columns (Q5_1) label themselves "question - item".
  const [, text = label, item] = /_\d+$/.test(tag) ? (/^(.*) - (.+)$/s.exec(label) ?? []) : [];
  return {
    header: tag,
    role: isPiiHeader(text) ? "pii" : "question",
    question: tag,
    text: normalizeText(text),
    ...(item === undefined ? {} : {item: normalizeText(item)})
  };
}
