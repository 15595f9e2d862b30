// The Wenjuanxing (问卷星) preset: column roles from the headers, and its placeholders for missing answers read as null.
import {InputError} from "../errors.js";
import {normalizeText} from "./normalize-text.js";
import type {RawTable} from "./raw-table.js";
import type {MissingCount, MissingReason, SurveyTable} from "./survey-table.js";
import {wjxColumns} from "./wjx-columns.js";

const PLACEHOLDERS: Record<string, MissingReason> = {
  "(跳过)": "skipped",
  "(空)": "blank",
  NULL: "placeholder"
};
/** By-number downloads write -3 for a question skipped by logic (inferred from real files; -2 = not ranked stays). */
const SKIPPED_CODE = "-3";

export function wjxSurvey(raw: RawTable): SurveyTable {
  const columns = wjxColumns(raw.headers);
  if (!columns.some((column) => column.role === "metadata" || typeof column.question === "number")) {
    throw new InputError(
      'this does not look like a Wenjuanxing (问卷星) download: no 序号 or 提交答卷时间 column and no numbered question such as "1、…"',
      {file: raw.file},
      'choose the format that matches the file ("qualtrics", "wide" or "long"), or download the answers from 问卷星 again'
    );
  }
  const counts = new Map<string, MissingCount>();
  const rows = raw.rows.map((row) =>
    row.map((cell, column) => {
      if (cell === null) return null;
      const text = normalizeText(cell);
      const reason =
        PLACEHOLDERS[text] ??
        (text === SKIPPED_CODE && columns[column]!.role === "question" ? "skipped" : undefined);
      if (reason === undefined) return cell;
      const key = `${column} ${reason}`;
      const count = counts.get(key) ?? {column, reason, count: 0};
      counts.set(key, {...count, count: count.count + 1});
      return null;
    })
  );
  const missing = [...counts.values()].sort(
    (a, b) => a.column - b.column || a.reason.localeCompare(b.reason)
  );
  return {...raw, rows, format: "wjx", columns, missing};
}
