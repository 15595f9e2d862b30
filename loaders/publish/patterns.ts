// What personal data looks like in text: Chinese mobile and resident-ID numbers, e-mail and IP addresses.
import {isIPv6} from "node:net";

/**
 * The kinds of personal data the scan recognises; `declared` is an exact value from a PII or id column,
 * `unscannable` a file whose contents the scan cannot see (an archive, a broken table).
 */
export type PiiKind = "mobile" | "resident-id" | "email" | "ipv4" | "ipv6" | "declared" | "unscannable";

/** One recognised value in a text: what it is, where it starts (UTF-16 index) and its length. */
export interface PiiMatch {
  kind: PiiKind;
  index: number;
  length: number;
}

export const KIND_NAMES: Record<PiiKind, string> = {
  mobile: "a Chinese mobile number",
  "resident-id": "a resident ID number",
  email: "an e-mail address",
  ipv4: "an IPv4 address",
  ipv6: "an IPv6 address",
  declared: "a value from a personal-data or participant-id column",
  unscannable: "a file the scan cannot read"
};

// Digit runs must stand alone: not inside a longer number, a decimal fraction or a word (hashes, timestamps, floats);
// `_` is a boundary (wx_13812345678). A mobile number may be split anywhere by one '-', '.' or space, or have its
// first three digits in brackets: 138.1234.5678, 138 1234 567 8, (138)1234-5678.
const MOBILE =
  /(?<![A-Za-z0-9.])(?:\+?86[- ]?)?(?:\(1[3-9]\d\)|1[3-9]\d)(?:[-. ]?\d){8}(?![A-Za-z0-9]|\.\d)/g;
const RESIDENT_ID = /(?<![A-Za-z0-9.])(?:\d{17}[\dXx]|\d{15})(?![A-Za-z0-9]|\.\d)/g;
const EMAIL =
  /(?<![\p{L}\p{N}_.%+-])[\p{L}\p{N}_.%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/gu;

const CHINESE_DIGITS = "〇一二三四五六七八九";
/** ASCII without '(' or '[' (which may open an '(at)'): text normalizeForPatterns returns unchanged. */
const PLAIN_ASCII = /^[\x00-\x27\x29-\x5a\x5c-\x7f]*$/;
/** Zero-width characters someone slipped into a number or address (or a copy-paste left there). */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * Text as the patterns see it: NFKC (full-width digits and '＠' become ASCII), zero-width characters removed,
 * a run of seven or more Chinese digits (一三八一二三四五六七八) as digits, and '(at)' / '[at]' / '（at）' as '@'.
 */
export function normalizeForPatterns(text: string): string {
  if (PLAIN_ASCII.test(text)) return text; // NFKC leaves ASCII as it is, and nothing below applies
  return text
    .normalize("NFKC")
    .replace(ZERO_WIDTH, "")
    .replace(/[〇零一二三四五六七八九]{7,}/g, (run) =>
      [...run].map((c) => String(c === "零" ? 0 : CHINESE_DIGITS.indexOf(c))).join("")
    )
    .replace(/\s*[([]\s*at\s*[)\]]\s*/gi, "@");
}
const IPV4 =
  /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)/g;
const IPV6_CANDIDATE = /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g;

/** Province-level codes that open a mainland resident ID (GB/T 2260), plus 71/81/82/83 and 91 used on permits. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83, 91
]);

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * Whether `text` has the shape of a mainland resident ID number, right check character or not (a mistyped one
 * still identifies its holder): a known province and a real birth date.
 */
export function isResidentId(text: string): boolean {
  if (!PROVINCES.has(Number(text.slice(0, 2)))) return false;
  if (/^\d{15}$/.test(text))
    return validDate(1900 + Number(text.slice(6, 8)), Number(text.slice(8, 10)), Number(text.slice(10, 12)));
  return validDate(Number(text.slice(6, 10)), Number(text.slice(10, 12)), Number(text.slice(12, 14)));
}

function* matches(text: string, pattern: RegExp, kind: PiiKind, accept = (_: string) => true) {
  for (const match of text.matchAll(pattern)) {
    if (accept(match[0])) yield {kind, index: match.index, length: match[0].length};
  }
}

/** Real IPv6 addresses, not times (10:30:00) or CSS (a::before): valid, with at least three groups. */
function isAddress6(candidate: string): boolean {
  return isIPv6(candidate) && candidate.split(":").filter(Boolean).length >= 3;
}

/** Every mobile number, resident ID, e-mail and IP address in `text` (already normalised), in order of position. */
export function findPatterns(text: string): PiiMatch[] {
  // Each pattern needs some characters (a mobile number 11 digits, a resident ID 15, an e-mail '@', an IPv4
  // address 4 digits and 3 dots, an IPv6 one 2 colons): most cells have too few, and skip its regular expression.
  let digits = 0;
  let dots = 0;
  let colons = 0;
  let at = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) dots++;
    else if (c === 58) colons++;
    else if (c === 64) at = true;
  }
  const found = [
    ...(digits >= 11 ? matches(text, MOBILE, "mobile") : []),
    ...(digits >= 15 ? matches(text, RESIDENT_ID, "resident-id", isResidentId) : []),
    ...(at ? matches(text, EMAIL, "email") : []),
    ...(digits >= 4 && dots >= 3 ? matches(text, IPV4, "ipv4") : []),
    ...(colons >= 2 ? matches(text, IPV6_CANDIDATE, "ipv6", isAddress6) : [])
  ];
  return found.sort((a, b) => a.index - b.index || b.length - a.length);
}

/** A personal value with its middle masked, for messages: `138******78`, `张*`, `fo**********rg`. */
export function maskValue(value: string): string {
  const chars = [...value];
  const keepStart = chars.length >= 7 ? 3 : 1;
  const keepEnd = chars.length >= 7 ? 2 : 0;
  return (
    chars.slice(0, keepStart).join("") +
    "*".repeat(Math.max(1, chars.length - keepStart - keepEnd)) +
    chars.slice(chars.length - keepEnd).join("")
  );
}

/**
 * Up to `width` characters either side of `match`, on one line, with every match of `all` that falls in
 * that window masked, so a message can show where a value sits without repeating it or its neighbours.
 */
export function context(
  text: string,
  match: PiiMatch,
  all: readonly PiiMatch[] = [match],
  width = 24
): string {
  const start = Math.max(0, match.index - width);
  const end = Math.min(text.length, match.index + match.length + width);
  let shown = "";
  let at = start;
  for (const other of all) {
    const from = Math.max(other.index, at);
    const to = Math.min(other.index + other.length, end);
    if (to <= from) continue;
    shown += text.slice(at, from) + maskValue(text.slice(from, to));
    at = to;
  }
  shown += text.slice(at, end);
  return `${start > 0 ? "…" : ""}${shown}${end < text.length ? "…" : ""}`.replace(/\s+/g, " ");
}
