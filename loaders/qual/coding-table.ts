// Reads a hand-made coding spreadsheet: one row per coded excerpt, columns named in English or Chinese.

import type {CodedSegment, CodingProject} from "./coded.js";
import {projectFromSegments} from "./coded.js";
import {cellAt, locateColumns, type TableReaderOptions} from "./columns.js";
import {readTable} from "./table-file.js";

/** Accepted header names per key; any other name can be mapped with the `columns` option. */
export const CODING_TABLE_COLUMNS = {
  participant: {names: ["participant", "participant id", "参与者", "受访者", "访谈对象", "对象"]},
  source: {names: ["source", "document", "来源", "文档", "资料", "访谈"]},
  role: {names: ["role", "角色", "身份"]},
  wave: {names: ["wave", "time", "测次", "阶段", "时间点"]},
  theme: {names: ["theme", "主题", "类属", "一级编码"]},
  code: {names: ["code", "编码", "代码", "子主题", "二级编码"]},
  coder: {names: ["coder", "编码者", "编码员"]},
  excerpt: {names: ["excerpt", "quote", "text", "原文", "摘录", "引文", "内容"], required: true}
};

/**
 * Segments of a plain coding table. `document` is the source column, else the participant; the
 * participant, role and wave columns go into `variables` for the participant mapping. Rows with
 * neither theme nor code are left out with a warning.
 */
export async function readCodingTable(
  path: string,
  options: TableReaderOptions = {}
): Promise<CodingProject> {
  const table = await readTable(path, options);
  const column = locateColumns(table, CODING_TABLE_COLUMNS, options.columns);
  if (column.theme === null && column.code === null) {
    locateColumns(table, {...CODING_TABLE_COLUMNS, code: {...CODING_TABLE_COLUMNS.code, required: true}});
  }
  const segments: CodedSegment[] = [];
  const uncoded: number[] = [];
  table.rows.forEach((row, index) => {
    const value = (key: keyof typeof CODING_TABLE_COLUMNS) => cellAt(row, column[key]).trim();
    const codePath = [...new Set([value("theme"), value("code")].filter(Boolean))];
    if (codePath.length === 0) {
      uncoded.push(index + 2);
      return;
    }
    const variables = Object.fromEntries(
      (["participant", "role", "wave"] as const)
        .map((key) => [key, value(key)])
        .filter(([, text]) => text !== "")
    );
    segments.push({
      document: value("source") || value("participant") || table.file,
      cases: [],
      codePath,
      coder: value("coder") || null,
      excerpt: cellAt(row, column.excerpt),
      start: null,
      end: null,
      variables
    });
  });
  const rows = `${uncoded.slice(0, 10).join(", ")}${uncoded.length > 10 ? ", …" : ""}`;
  const warnings =
    uncoded.length > 0
      ? [
          {
            en: `${uncoded.length} rows have neither theme nor code and are left out (rows ${rows})`,
            zh: `${uncoded.length} 行既没有主题也没有编码，未计入（第 ${rows} 行）`
          }
        ]
      : [];
  return projectFromSegments(table.file, segments, warnings);
}
