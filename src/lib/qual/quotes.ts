// Quotes: coded segments gathered into one row per passage, what the published site may list, and the filters of
// the quote browser.
import {PSEUDONYM_SHAPE} from "../pseudonym-shape.js";
import {individualRows, type PublishPolicy} from "../suppress.js";
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

/**
 * The passages a page may list, and the roles left out: in the published site passages about participants only for
 * roles with at least min_cell such participants; passages about nobody in particular (the worker's notes) stay.
 */
export function publishedQuotes(
  segments: readonly SegmentRow[],
  policy: PublishPolicy
): {quotes: QuoteRow[]; hidden: {role: string | null; n: number}[]} {
  const all = quoteRows(segments);
  const individual = individualRows(
    all.filter((q) => q.participant !== null) as (QuoteRow & Record<string, unknown>)[],
    {participant: "participant", by: ["role"]},
    policy
  );
  const kept = new Set<QuoteRow>(individual.rows);
  return {
    quotes: all.filter((q) => q.participant === null || kept.has(q)),
    hidden: individual.hidden.map(({unit, n}) => ({role: unit.role ?? null, n}))
  };
}

/** The values a filter offers, in order of first appearance, without blanks. */
export function choices<T>(values: Iterable<T | null>): T[] {
  return [...new Set(values)].filter((v): v is T => v !== null);
}

/** What each of the quote browser's filters offers; codes only those of `theme` once a theme is chosen. */
export function quoteChoices(
  segments: readonly SegmentRow[],
  quotes: readonly QuoteRow[],
  theme: string | null = null
): {themes: string[]; codes: string[]; participants: string[]; roles: string[]; waves: string[]} {
  return {
    themes: choices(segments.map((s) => s.theme)),
    codes: choices(segments.filter((s) => theme === null || s.theme === theme).map((s) => s.code)),
    participants: choices(quotes.map((q) => q.participant)).sort(),
    roles: choices(segments.map((s) => s.role)),
    waves: choices(segments.map((s) => s.wave))
  };
}

/**
 * Quotes as listed: participants under their display label, also where a source name carries a pseudonym
 * ("P-1a2b3c4d5e") in the published site.
 */
export function labelledQuotes(
  quotes: readonly QuoteRow[],
  {labelOf, published}: {labelOf: (participant: string) => string; published: boolean}
): QuoteRow[] {
  return quotes.map((q) => ({
    ...q,
    participant: q.participant === null ? null : labelOf(q.participant),
    source: published ? q.source.replace(new RegExp(PSEUDONYM_SHAPE, "g"), (p) => labelOf(p)) : q.source
  }));
}
