// Maps coded segments to participants, roles and waves, and flattens them into `segments.parquet` rows.

import type {Segment} from "../../src/lib/types.js";
import type {CodedSegment, CodingProject} from "./coded.js";

/** Who a document (or case) speaks for; the first rule that matches a segment wins. */
export interface DocumentRule {
  /** Document name, exactly, or a glob where `*` stands for any text (`家长访谈-*`). */
  document?: string;
  /** Case name the segment's source or selection belongs to (REFI-QDA cases). */
  case?: string;
  participant?: string;
  role?: "member" | "parent" | "teacher" | "worker" | (string & {});
  wave?: string;
}

/** Options of {@link toSegments}. */
export interface ToSegmentsOptions {
  /** Keep the coded text; when false every `excerpt` is null (the study forbids publishing quotes). */
  publishExcerpts: boolean;
  /**
   * The questionnaires' raw participant ids: a document no rule claims maps to the participant whose id its
   * REFI-QDA case equals, or that its case or document name holds as a whole token (`访谈-JZ001` → JZ001).
   */
  participants?: ReadonlySet<string>;
}

/** The rows, the documents nobody claimed, and the rules that claimed nothing (probably typos). */
export interface MappedSegments {
  segments: Segment[];
  /** Documents with segments that no rule matched and that carry no participant variable. */
  unmapped: string[];
  /** Indexes into `mapping` of rules that matched no segment. */
  unusedRules: number[];
}

/**
 * One row per coded segment: theme = first level of the code path, code = its leaf (the theme itself
 * for a one-level path). A rule with neither `document` nor `case` matches everything. Participant,
 * role and wave come from the matching rule, else from the segment's variables of those names (plain
 * coding tables carry them as columns), else from a participant id the segment's case or document is named
 * after (see {@link namedParticipant}). Segments nobody claims are kept with a null participant, and
 * their documents are listed in `unmapped`; a rule that matches but names no participant (a worker's
 * notes, a teacher speaking of the whole group) claims its documents for nobody on purpose.
 */
export function toSegments(
  project: CodingProject,
  mapping: DocumentRule[],
  {publishExcerpts, participants = new Set()}: ToSegmentsOptions
): MappedSegments {
  const matchers = mapping.map((rule) => ({
    rule,
    document: rule.document === undefined ? null : globMatcher(rule.document)
  }));
  const unmapped = new Set<string>();
  const used = new Set<number>();
  const segments = project.segments.map((segment): Segment => {
    const index = matchers.findIndex(
      (matcher) =>
        (matcher.document === null || matcher.document(segment.document)) &&
        (matcher.rule.case === undefined || segment.cases.includes(matcher.rule.case))
    );
    const rule = index < 0 ? undefined : (used.add(index), matchers[index]!.rule);
    const participant =
      rule?.participant ??
      variable(segment, "participant") ??
      (rule === undefined ? namedParticipant(segment, participants) : null);
    if (participant === null && rule === undefined) unmapped.add(segment.document);
    return {
      participant,
      source: segment.document,
      role: rule?.role ?? variable(segment, "role"),
      wave: rule?.wave ?? variable(segment, "wave"),
      theme: segment.codePath[0]!,
      code: segment.codePath[segment.codePath.length - 1]!,
      coder: segment.coder,
      excerpt: publishExcerpts ? segment.excerpt : null
    };
  });
  const unusedRules = mapping.map((_, i) => i).filter((i) => !used.has(i));
  return {segments, unmapped: [...unmapped], unusedRules};
}

/**
 * The participant a segment's REFI-QDA case or document is named after: a case equal to an id, else the longest
 * id found as a whole token (letters and digits) in a case or the document name; none when two ids tie.
 */
export function namedParticipant(segment: CodedSegment, ids: ReadonlySet<string>): string | null {
  if (!ids.size) return null;
  const exact = segment.cases.find((name) => ids.has(name.trim()));
  if (exact !== undefined) return exact.trim();
  const found = [...segment.cases, segment.document]
    .flatMap((name) => name.match(/[\p{L}\p{N}]+/gu) ?? [])
    .flatMap((token) => [token, ...(token.match(/[A-Za-z0-9]+/g) ?? [])])
    .filter((token) => ids.has(token));
  const longest = Math.max(0, ...found.map((id) => id.length));
  const best = new Set(found.filter((id) => id.length === longest));
  return best.size === 1 ? [...best][0]! : null;
}

function variable(segment: CodedSegment, name: string): string | null {
  return segment.variables[name] || null;
}

/** Exact match, or a glob where `*` matches any run of characters. */
function globMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes("*")) return (name) => name === pattern;
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  const regex = new RegExp(`^${source}$`, "su");
  return (name) => regex.test(name);
}
