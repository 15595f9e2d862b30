// One spelling for text compared across files: full-width forms folded to half-width, spaces collapsed.

/** NFKC (so "（" → "(", "４" → "4", "？" → "?"), runs of white space → one space, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}
