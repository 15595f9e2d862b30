// Reads Wenjuanxing (问卷星) headers: metadata columns, `N、题干 (类型 *必答)—子项`, bare matrix rows, `第N题(选项)`.
import {isPiiHeader} from "./pii.js";
import {normalizeText} from "./normalize-text.js";
import type {SurveyColumn} from "./survey-table.js";

/** Wenjuanxing's own leading columns, in either order it has used, and extras such as 经纬度. */
const METADATA = new Set(["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "经纬度"]);

const NUMBERED = /^(\d+)、(.*)$/s;
/** One 0/1 (or rank) column per option, in by-number downloads: `第6题(运动)`. */
const OPTION = /^第(\d+)题\((.*)\)$/s;
/** A trailing type tag such as `(矩阵单选题 *必答)`, then an optional `—sub-item`. */
const TAGGED = /^(.*?)\s*\([^()]*题(?:\s*\*必答)?\)\s*(?:—(.*))?$/s;
/** The older matrix form `7、(早上上学)`: only the row label. */
const ROW_ONLY = /^\((.*)\)$/s;
const LAST_DASH = /^(.*)—(.+)$/s;

/** One entry per header; bare headers after a matrix or fill-in header are its further rows. */
export function wjxColumns(headers: string[]): SurveyColumn[] {
  let matrix: {question: number; text?: string} | undefined;
  return headers.map((header) => {
    if (METADATA.has(header)) {
      matrix = undefined;
      return {header, role: isPiiHeader(header) ? "pii" : "metadata"};
    }
    const option = OPTION.exec(header);
    if (option) {
      matrix = undefined;
      return {header, role: "question", question: Number(option[1]), item: normalizeText(option[2]!)};
    }
    const numbered = NUMBERED.exec(header);
    if (numbered) {
      const question = Number(numbered[1]);
      const {text, item} = splitQuestion(numbered[2]!);
      matrix = item === undefined ? undefined : {question, ...(text === undefined ? {} : {text})};
      return questionColumn(header, question, text, item);
    }
    if (matrix) return questionColumn(header, matrix.question, matrix.text, normalizeText(header));
    return questionColumn(header, undefined, normalizeText(header), undefined);
  });
}

/** Question text and sub-item of what follows `N、`. */
function splitQuestion(rest: string): {text?: string; item?: string} {
  const rowOnly = ROW_ONLY.exec(rest);
  if (rowOnly) return {item: normalizeText(rowOnly[1]!)};
  const [, text = rest, item] = TAGGED.exec(rest) ?? LAST_DASH.exec(rest) ?? [];
  return {text: normalizeText(text), ...(item ? {item: normalizeText(item)} : {})};
}

function questionColumn(header: string, question?: number, text?: string, item?: string): SurveyColumn {
  const pii = isPiiHeader(text ?? "") || isPiiHeader(item ?? "");
  return {
    header,
    role: pii ? "pii" : "question",
    ...(question === undefined ? {} : {question}),
    ...(text === undefined ? {} : {text}),
    ...(item === undefined ? {} : {item})
  };
}
