// Reads Taguette's highlights export (CSV or XLSX: id, document, tag, content; one row per highlight × tag).

import type {CodedSegment, CodingProject} from "./coded.js";
import {projectFromSegments} from "./coded.js";
import {cellAt, locateColumns, type TableReaderOptions} from "./columns.js";
import {readTable} from "./table-file.js";

/** Options of {@link readTaguette}. */
export interface TaguetteOptions extends TableReaderOptions {
  /**
   * Separator of tag hierarchy levels; `null` reads every tag as a flat code. Default `"."`, the
   * convention Taguette itself follows (its highlight pages for `a` include tags `a.b`). A tag that would
   * give an empty or all-digit level stays whole, so numbered codes such as `1.2 家庭支持` are not split.
   */
  hierarchySeparator?: string | null;
}

const SPEC = {
  id: {names: ["id"]},
  document: {names: ["document"], required: true},
  tag: {names: ["tag"], required: true},
  content: {names: ["content"], required: true}
};

/** Tagged highlights of a Taguette export; untagged highlights are counted in a warning and left out. */
export async function readTaguette(path: string, options: TaguetteOptions = {}): Promise<CodingProject> {
  const table = await readTable(path, options);
  const column = locateColumns(table, SPEC, options.columns);
  const separator = options.hierarchySeparator === undefined ? "." : options.hierarchySeparator;
  const segments: CodedSegment[] = [];
  let untagged = 0;
  for (const row of table.rows) {
    const tag = cellAt(row, column.tag).trim();
    if (tag === "") {
      untagged++;
      continue;
    }
    segments.push({
      document: cellAt(row, column.document).trim(),
      cases: [],
      codePath: splitTag(tag, separator),
      coder: null,
      excerpt: cellAt(row, column.content),
      start: null,
      end: null,
      variables: {}
    });
  }
  const warnings =
    untagged > 0
      ? [
          {
            en: `${untagged} highlights have no tag; they are left out`,
            zh: `${untagged} 个高亮没有标签，未计入`
          }
        ]
      : [];
  const documents = table.rows.map((row) => cellAt(row, column.document).trim());
  return projectFromSegments(table.file, segments, warnings, documents);
}

/** `theme.code` → `["theme", "code"]`; a tag that would give an empty or all-digit level stays whole. */
export function splitTag(tag: string, separator: string | null): string[] {
  if (separator === null || separator === "") return [tag];
  const parts = tag.split(separator).map((part) => part.trim());
  return parts.some((part) => /^\d*$/.test(part)) ? [tag] : parts;
}
