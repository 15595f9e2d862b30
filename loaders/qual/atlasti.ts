// Reads ATLAS.ti's quotation export (`;`-separated; a Codes cell of "Theme: code" entries joined by ", ").

import type {Text} from "../../src/lib/types.js";
import {warningText} from "../errors.js";
import type {CodedSegment, CodingProject} from "./coded.js";
import {projectFromSegments} from "./coded.js";
import {cellAt, locateColumns, type TableReaderOptions} from "./columns.js";
import {readTable} from "./table-file.js";

const SPEC = {
  document: {names: ["Document"], required: true},
  codes: {names: ["Codes"], required: true},
  text: {names: ["Text Content", "Quotation Content", "Content"], required: true},
  count: {names: ["Number of Codes"]},
  author: {names: ["Created by", "Author"]}
};

/**
 * One segment per quotation × code. Code names are `Theme: code` (theme = text before the first
 * `": "`); in-vivo codes keep their quotes. Theme names may themselves hold `", "`
 * (`T2. Security, Privacy & Trust Management: Access Control`), so the Codes cell is split into exactly
 * `Number of Codes` entries when that column is there (see {@link splitCodes}).
 */
export async function readAtlasti(path: string, options: TableReaderOptions = {}): Promise<CodingProject> {
  const table = await readTable(path, options);
  const column = locateColumns(table, SPEC, options.columns);
  const segments: CodedSegment[] = [];
  const warnings: Text[] = [];
  let unsure = 0;
  table.rows.forEach((row, index) => {
    const count = column.count === null ? null : Number.parseInt(cellAt(row, column.count), 10);
    const entries = splitCodes(cellAt(row, column.codes), Number.isNaN(count) ? null : count);
    if (count !== null && !Number.isNaN(count) && entries.length !== count) {
      warnings.push(
        warningText(
          {
            en: `the Codes cell holds ${entries.length} codes but Number of Codes says ${count}`,
            zh: `Codes 单元格有 ${entries.length} 个编码，但 Number of Codes 写的是 ${count}`
          },
          {row: index + 2}
        )
      );
    }
    if (count === null && entries.some((entry) => !entry.includes(": ") && !entry.startsWith('"'))) unsure++;
    for (const entry of entries) {
      const colon = entry.startsWith('"') ? -1 : entry.indexOf(": ");
      segments.push({
        document: cellAt(row, column.document).trim(),
        cases: [],
        codePath: colon < 0 ? [entry] : [entry.slice(0, colon).trim(), entry.slice(colon + 2).trim()],
        coder: cellAt(row, column.author).trim() || null,
        excerpt: cellAt(row, column.text),
        start: null,
        end: null,
        variables: {}
      });
    }
  });
  if (unsure > 0) {
    warnings.push({
      en: `${unsure} quotations have a code without "Theme: " and the export lacks the Number of Codes column, so a code name containing ", " may have been split in two`,
      zh: `${unsure} 条引文的编码没有“Theme: ”前缀，而导出文件缺少 Number of Codes 列，因此含有“, ”的编码名可能被拆成了两个`
    });
  }
  return projectFromSegments(table.file, segments, warnings);
}

/**
 * Splits a Codes cell at `", "` outside double quotes. When the number of codes is known and the cell
 * splits into more pieces, adjacent pieces are joined back so that there are exactly `count` entries,
 * choosing the joins that leave the most entries of the form `Theme: code` (or quoted in-vivo codes)
 * and, among those, the fewest commas after an entry's colon (commas sit in theme names more often).
 */
export function splitCodes(cell: string, count: number | null): string[] {
  const pieces = splitOutsideQuotes(cell.trim());
  if (count === null || count < 1 || pieces.length <= count) return pieces;
  // best[i][j]: best score for the first i pieces in j entries; from[i][j]: where the last entry starts.
  const n = pieces.length;
  const best = Array.from({length: n + 1}, () => new Array<number>(count + 1).fill(-Infinity));
  const from = Array.from({length: n + 1}, () => new Array<number>(count + 1).fill(0));
  best[0]![0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= Math.min(i, count); j++) {
      for (let k = j - 1; k < i; k++) {
        const score = best[k]![j - 1]! + entryScore(pieces.slice(k, i).join(", "));
        if (score > best[i]![j]!) {
          best[i]![j] = score;
          from[i]![j] = k;
        }
      }
    }
  }
  const entries: string[] = [];
  for (let i = n, j = count; j > 0; j--) {
    const k = from[i]![j]!;
    entries.unshift(pieces.slice(k, i).join(", "));
    i = k;
  }
  return entries;
}

function entryScore(entry: string): number {
  if (entry.startsWith('"') && entry.endsWith('"')) return 1;
  const colon = entry.indexOf(": ");
  if (colon < 0) return 0;
  return 1 - 0.01 * entry.slice(colon).split(", ").length;
}

function splitOutsideQuotes(cell: string): string[] {
  const pieces: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i]!;
    if (char === '"') quoted = !quoted;
    if (!quoted && char === "," && cell[i + 1] === " ") {
      pieces.push(current);
      current = "";
      i++;
    } else {
      current += char;
    }
  }
  pieces.push(current);
  return pieces.map((piece) => piece.trim()).filter(Boolean);
}
