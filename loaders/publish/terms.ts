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

/** Text as the scan compares it: NFKC (full-width digits become ASCII) and trimmed. */
export const normalizeTerm = (text: string) => text.normalize("NFKC").trim();

const ASCII = /^[\x00-\x7f]*$/;

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
 * A function finding every occurrence of `terms` in a text in one pass (Aho–Corasick over UTF-16 code
 * units). Terms that start or end with a letter or digit must not continue a word there: `20210301` is
 * not found inside `120210301`.
 */
export function termFinder(terms: readonly string[]): (text: string) => PiiMatch[] {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  for (const [t, term] of terms.entries()) {
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let child = next[node]!.get(code);
      if (child === undefined) {
        child = next.push(new Map()) - 1;
        fail.push(0);
        out.push([]);
        next[node]!.set(code, child);
      }
      node = child;
    }
    out[node]!.push(t);
  }
  const queue = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [code, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      out[child]!.push(...out[fail[child]!]!);
      queue.push(child);
    }
  }
  return (text) => {
    const found: PiiMatch[] = [];
    if (terms.length === 0) return found;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      while (node !== 0 && !next[node]!.has(code)) node = fail[node]!;
      node = next[node]!.get(code) ?? 0;
      for (const t of out[node]!) {
        const term = terms[t]!;
        const index = i - term.length + 1;
        const joinsBefore = WORD.test(term[0]!) && WORD.test(text[index - 1] ?? "");
        const joinsAfter = WORD.test(term.at(-1)!) && WORD.test(text[i + 1] ?? "");
        if (!joinsBefore && !joinsAfter) found.push({kind: "declared", index, length: term.length});
      }
    }
    return found;
  };
}
