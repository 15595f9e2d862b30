// File names for exported charts and tables: study_page_subscale_date.ext, safe on Windows, macOS and Linux.

export interface ExportFilenameParts {
  /** Study id, e.g. "q-school". */
  study: string;
  /** Page or view, e.g. "prepost". */
  page: string;
  /** Subscale or other qualifier, e.g. "ability"; left out when empty. */
  subscale?: string;
  /** Date of the export; a Date (its local calendar day) or "YYYY-MM-DD". Default: today. */
  date?: Date | string;
  /** Extension without the dot, e.g. "svg"; none when omitted. */
  ext?: string;
}

/**
 * "q-school_prepost_ability_2026-11-23.svg". Letters and digits of any script (so Chinese names survive) and
 * hyphens are kept; anything else — spaces, slashes, `:*?"<>|`, underscores, dots — becomes one hyphen, so
 * `_` only ever separates parts and no part can climb out of the download folder.
 */
export function exportFilename({study, page, subscale, date = new Date(), ext}: ExportFilenameParts): string {
  const day = typeof date === "string" ? date : isoDay(date);
  const base = [study, page, subscale, day]
    .map((part) => safePart(part ?? ""))
    .filter(Boolean)
    .join("_");
  return ext ? `${base || "export"}.${safePart(ext)}` : base || "export";
}

function safePart(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}\p{M}-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
