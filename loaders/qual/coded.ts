// The shape every interview-coding reader returns, whatever tool the coding came from.
import type {Text} from "../../src/lib/types.js";

/** One code of the codebook; `path` runs from the root theme to this code. */
export interface CodeEntry {
  id: string;
  name: string;
  parent: string | null;
  path: string[];
  description: string | null;
  color: string | null;
}

/** One coded stretch of text with one code (a passage with three codes gives three segments). */
export interface CodedSegment {
  /** Source or document name as the tool shows it. */
  document: string;
  /** Case names the segment's source or selection belongs to (REFI-QDA), else `[]`. */
  cases: string[];
  /** Code names from the root theme to the applied code; never empty. */
  codePath: string[];
  /** The coder's user name, when the export says. */
  coder: string | null;
  /** The coded text. */
  excerpt: string;
  /** Code-point positions in the source text, `end` exclusive; null when the export gives none. */
  start: number | null;
  end: number | null;
  /** Case and document variables (and, for plain tables, participant/role/wave columns). */
  variables: Record<string, string>;
}

/** Everything read from one coding export. */
export interface CodingProject {
  file: string;
  codes: CodeEntry[];
  segments: CodedSegment[];
  /** All document names in the export, including those without codings. */
  documents: string[];
  /** Users of the project (REFI-QDA) or the coders named in a table. */
  coders: string[];
  /** Problems that did not stop the reading, worded for the user in both languages. */
  warnings: Text[];
}

/** Code entries for every prefix of the given code paths, with ids built from the path (` > `-joined). */
function codesFromPaths(paths: Iterable<string[]>): CodeEntry[] {
  const codes = new Map<string, CodeEntry>();
  for (const path of paths) {
    for (let depth = 1; depth <= path.length; depth++) {
      const id = path.slice(0, depth).join(" > ");
      if (codes.has(id)) continue;
      const parent = depth > 1 ? path.slice(0, depth - 1).join(" > ") : null;
      codes.set(id, {
        id,
        name: path[depth - 1]!,
        parent,
        path: path.slice(0, depth),
        description: null,
        color: null
      });
    }
  }
  return [...codes.values()];
}

/**
 * A project from table rows: codes and coders are gathered from the segments, documents from
 * `documents` (every row's, including rows left out) followed by the segments'.
 */
export function projectFromSegments(
  file: string,
  segments: CodedSegment[],
  warnings: Text[],
  documents: string[] = []
): CodingProject {
  const distinct = (values: (string | null)[]) => [
    ...new Set(values.filter((value): value is string => value !== null && value !== ""))
  ];
  return {
    file,
    codes: codesFromPaths(segments.map((segment) => segment.codePath)),
    segments,
    documents: distinct([...documents, ...segments.map((segment) => segment.document)]),
    coders: distinct(segments.map((segment) => segment.coder)),
    warnings
  };
}
