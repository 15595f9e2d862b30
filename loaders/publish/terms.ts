// Exact personal values (names, phone numbers, raw ids) as search terms, found in any text by one Aho–Corasick pass.
import type {PiiMatch} from "./patterns.js";

/** A `publish.allow` entry: a value, and where it may appear (a plain text: in the study's own texts). */
export type AllowEntry = string | {value: string; in: string[]};

/** Where study.yaml's plain `publish.allow` texts may appear: the codebook as published and the pages. */
const STUDY_TEXTS = ["study.json", "*.html"];

/** The exact values the scan looks for, and the values a study says are not personal (`publish.allow`). */
export interface Terms {
  /** Searched for anywhere in a text (long enough not to match by chance). */
  substrings: string[];
  /** Matched as a whole cell or JSON string (short ids such as `S1` or `20`). */
  whole: Set<string>;
  /** Not reported in the places listed (see {@link allowedAt}), whatever pattern they match. */
  allow: Map<string, string[]>;
}

/**
 * Whether `place` (`file` or `file:column-or-key`, the file's content hash dropped: `segments.parquet:excerpt`)
 * is one of `places`: `report.json` covers the whole file, `*.html` every page, `segments.parquet:excerpt` one column.
 */
export function allowedAt(places: readonly string[], place: string): boolean {
  const [file = "", field = ""] = place.split(/:(.*)/s);
  const base = file
    .split("/")
    .at(-1)!
    .replace(/\.[0-9a-f]{8}(\.\w+)$/, "$1");
  return places.some((p) => {
    const [want = "", wantField] = p.split(/:(.*)/s);
    const fileMatches = want.startsWith("*.") ? base.endsWith(want.slice(1)) : base === want;
    return (
      fileMatches && (wantField === undefined || field === wantField || field.startsWith(`${wantField}[`))
    );
  });
}

/** Placeholders that fill PII columns without being personal data. */
const PLACEHOLDERS = new Set([
  "",
  "-",
  "--",
  "/",
  ".",
  "na",
  "n/a",
  "null",
  "none",
  "无",
  "(空)",
  "(跳过)",
  "-3"
]);

const ASCII = /^[\x00-\x7f]*$/;

/** Text as the scan compares it: NFKC (full-width digits become ASCII; ASCII stays as it is) and trimmed. */
export const normalizeTerm = (text: string) => (ASCII.test(text) ? text : text.normalize("NFKC")).trim();

/**
 * Search terms from the values of a study's PII and id columns. A value is searched for inside longer
 * text when it has at least 5 ASCII characters or 2 others (a Chinese name); shorter values, which would
 * match by chance (`S1`, `12`), only as a whole cell. Values the codebook declares (`known`) are no terms; allowed
 * values stay terms, accepted only where their entry says.
 */
export function makeTerms(
  values: Iterable<string>,
  allow: Iterable<AllowEntry> = [],
  known: Iterable<string> = []
): Terms {
  const allowed = new Map<string, string[]>();
  for (const entry of allow) {
    const [value, places] = typeof entry === "string" ? [entry, STUDY_TEXTS] : [entry.value, entry.in];
    const term = normalizeTerm(value);
    allowed.set(term, [...(allowed.get(term) ?? []), ...places]);
  }
  // A codebook value (a wave id, a scale point) equal to an id is the codebook's, not the person's.
  const codebook = new Set([...known].map(normalizeTerm));
  const whole = new Set<string>();
  for (const value of values) {
    const term = normalizeTerm(value);
    if (term.length >= 2 && !PLACEHOLDERS.has(term.toLowerCase()) && !codebook.has(term)) whole.add(term);
  }
  const substrings = [...whole].filter((term) => (ASCII.test(term) ? term.length >= 5 : term.length >= 2));
  return {substrings, whole, allow: allowed};
}

/** A term as the Latin-1 string of its UTF-8 bytes, to search binary files read as Latin-1. */
export const asBytes = (term: string) => Buffer.from(term, "utf8").toString("latin1");

const WORD = /[A-Za-z0-9]/;

/**
 * An Aho–Corasick automaton in typed arrays, its nodes numbered breadth-first with each node's children in code
 * order, so a node's children are one sorted range (found by binary search). About 18 bytes per node outside the
 * JS heap: 180,000 distinct 67-character names (12 M nodes) take ~220 MB, where a Map per node ran the heap out.
 */
interface Automaton {
  /** The code unit on the edge into each node. */
  code: Uint16Array;
  /** Children of node n are the nodes childStart[n] … childStart[n + 1] − 1. */
  childStart: Int32Array;
  fail: Int32Array;
  /** The term ending at each node, or −1. */
  term: Int32Array;
  /** The nearest node on the fail chain (the node itself included) where a term ends, or −1. */
  report: Int32Array;
}

/** The child of `node` along `code`, or −1. */
function child({code, childStart}: Automaton, node: number, unit: number): number {
  let lo = childStart[node]!;
  let hi = childStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = code[mid]!;
    if (c === unit) return mid;
    if (c < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Builds the automaton level by level over the terms in code-unit order: at each depth the terms still longer than it
 * reach their nodes in breadth-first order, and terms sharing a prefix are neighbours (so share the node just made).
 */
function automaton(terms: readonly string[]): Automaton {
  let size = 1;
  for (const term of terms) size += term.length;
  const code = new Uint16Array(size);
  const childStart = new Int32Array(size + 1); // first the number of children of node n, at n + 1
  const term = new Int32Array(size).fill(-1);
  const at = new Int32Array(terms.length); // each term's node so far
  let active = Int32Array.from(terms.keys()).sort((a, b) =>
    terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0
  );
  let nodes = 1;
  for (let depth = 0; active.length > 0; depth++) {
    let kept = 0;
    let lastParent = -1;
    let lastUnit = -1;
    for (const t of active) {
      const text = terms[t]!;
      const unit = text.charCodeAt(depth);
      if (at[t] !== lastParent || unit !== lastUnit) {
        lastParent = at[t]!;
        lastUnit = unit;
        code[nodes] = unit;
        childStart[lastParent + 1]!++;
        nodes++;
      }
      at[t] = nodes - 1;
      if (text.length === depth + 1) term[nodes - 1] = t;
      else active[kept++] = t;
    }
    active = active.subarray(0, kept);
  }
  childStart[0] = 1;
  for (let n = 1; n <= nodes; n++) childStart[n]! += childStart[n - 1]!;
  const fail = new Int32Array(nodes);
  const report = new Int32Array(nodes).fill(-1);
  const built: Automaton = {code, childStart, fail, term, report};
  // Breadth-first: a node's fail target is shallower, so its links are known when the node's are made.
  for (let node = 0; node < nodes; node++) {
    for (let next = childStart[node]!; next < childStart[node + 1]!; next++) {
      let target = 0;
      if (node !== 0) {
        let f = fail[node]!;
        while ((target = child(built, f, code[next]!)) < 0 && f !== 0) f = fail[f]!;
        if (target < 0) target = 0;
      }
      fail[next] = target;
      report[next] = term[next]! >= 0 ? next : report[target]!;
    }
  }
  return built;
}

/**
 * A function finding every occurrence of `terms` in a text in one pass (Aho–Corasick over UTF-16 code
 * units). Terms that start or end with a letter or digit must not continue a word there: `20210301` is
 * not found inside `120210301`.
 */
export function termFinder(terms: readonly string[]): (text: string) => PiiMatch[] {
  const built = automaton(terms);
  const {fail, term, report} = built;
  return (text) => {
    const found: PiiMatch[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = child(built, node, unit);
      while (next < 0 && node !== 0) {
        node = fail[node]!;
        next = child(built, node, unit);
      }
      node = next < 0 ? 0 : next;
      for (let at = report[node]!; at >= 0; at = report[fail[at]!]!) {
        const hit = terms[term[at]!]!;
        const index = i - hit.length + 1;
        const joinsBefore = WORD.test(hit[0]!) && WORD.test(text[index - 1] ?? "");
        const joinsAfter = WORD.test(hit.at(-1)!) && WORD.test(text[i + 1] ?? "");
        if (!joinsBefore && !joinsAfter) found.push({kind: "declared", index, length: hit.length});
      }
    }
    return found;
  };
}
