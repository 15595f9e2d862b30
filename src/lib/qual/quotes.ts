// Quotes: coded segments gathered into one row per passage, and the filters of the quote browser.
import type {SegmentRow} from "./types.js";

/** One coded passage as the quote browser lists it. */
export interface QuoteRow {
  passage: number;
  /** The longest excerpt among the passage's segments (coders rarely select exactly the same text); null when not published. */
  excerpt: string | null;
  /** Codes given to the passage as [theme, code] pairs, in order of first appearance. */
  codes: [string, string][];
  participant: string | null;
  role: string | null;
  wave: string | null;
  source: string;
  coders: string[];
}

/** Segments → one row per passage, in passage order. */
export function quoteRows(segments: readonly SegmentRow[]): QuoteRow[] {
  const rows = new Map<number, QuoteRow>();
  for (const s of segments) {
    let row = rows.get(s.passage);
    if (row === undefined) {
      row = {...s, codes: [], coders: []};
      rows.set(s.passage, row);
    }
    if (s.excerpt !== null && (row.excerpt === null || s.excerpt.length > row.excerpt.length))
      row.excerpt = s.excerpt;
    if (!row.codes.some(([theme, code]) => theme === s.theme && code === s.code))
      row.codes.push([s.theme, s.code]);
    if (s.coder !== null && !row.coders.includes(s.coder)) row.coders.push(s.coder);
  }
  return [...rows.values()]
    .sort((a, b) => a.passage - b.passage)
    .map(({passage, excerpt, codes, participant, role, wave, source, coders}) => ({
      passage,
      excerpt,
      codes,
      participant,
      role,
      wave,
      source,
      coders
    }));
}

/** What the quote browser filters on; an absent (or empty) field does not filter. */
export interface QuoteFilter {
  /** Text to find in the excerpt, the codes or the source name (case-insensitive). */
  query?: string;
  theme?: string | null;
  code?: string | null;
  participant?: string | null;
  role?: string | null;
  wave?: string | null;
}

/** The quotes that pass every filter. */
export function filterQuotes(quotes: readonly QuoteRow[], filter: QuoteFilter): QuoteRow[] {
  const query = filter.query?.trim().toLowerCase() ?? "";
  return quotes.filter(
    (q) =>
      (!filter.theme || q.codes.some(([theme]) => theme === filter.theme)) &&
      (!filter.code || q.codes.some(([, code]) => code === filter.code)) &&
      (!filter.participant || q.participant === filter.participant) &&
      (!filter.role || q.role === filter.role) &&
      (!filter.wave || q.wave === filter.wave) &&
      (!query ||
        [q.excerpt ?? "", q.source, ...q.codes.flat()].some((text) => text.toLowerCase().includes(query)))
  );
}
