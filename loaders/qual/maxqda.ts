// Reads MAXQDA's "coded segments" export (XLSX or CSV with BOM; code hierarchy joined by " > ").

import type {CodedSegment, CodingProject} from "./coded.js";
import {projectFromSegments} from "./coded.js";
import {cellAt, locateColumns, type TableReaderOptions} from "./columns.js";
import {readTable} from "./table-file.js";

const SPEC = {
  group: {names: ["Document group"]},
  document: {names: ["Document name"], required: true},
  code: {names: ["Code"], required: true},
  segment: {names: ["Segment"], required: true},
  createdBy: {names: ["Created by"]},
  modifiedBy: {names: ["Modified by"]}
};

/**
 * Coded segments of a MAXQDA export. `Beginning`/`End` count paragraphs, not characters, so `start`
 * and `end` stay null; the document group is kept as the variable `Document group`.
 */
export async function readMaxqda(path: string, options: TableReaderOptions = {}): Promise<CodingProject> {
  const table = await readTable(path, options);
  const column = locateColumns(table, SPEC, options.columns);
  const segments: CodedSegment[] = [];
  let uncoded = 0;
  for (const row of table.rows) {
    const codePath = cellAt(row, column.code)
      .split(" > ")
      .map((part) => part.trim())
      .filter(Boolean);
    if (codePath.length === 0) {
      uncoded++;
      continue;
    }
    const group = cellAt(row, column.group).trim();
    segments.push({
      document: cellAt(row, column.document).trim(),
      cases: [],
      codePath,
      coder: cellAt(row, column.createdBy).trim() || cellAt(row, column.modifiedBy).trim() || null,
      excerpt: cellAt(row, column.segment),
      start: null,
      end: null,
      variables: group ? {"Document group": group} : {}
    });
  }
  const warnings =
    uncoded > 0
      ? [{en: `${uncoded} rows have no code; they are left out`, zh: `${uncoded} 行没有编码，未计入`}]
      : [];
  const documents = table.rows.map((row) => cellAt(row, column.document).trim());
  return projectFromSegments(table.file, segments, warnings, documents);
}
