// The site's frame (sidebar, pager, footer) in both languages. Framework writes its text once, statically: the config
// writes each name in both languages plus a dictionary from that text to its two languages, and the language switch
// (src/components/chrome.ts) shows the chosen one, as the pages do.
import {label, t, type Lang} from "./i18n.js";
import type {StudyPage} from "./pages.js";
import type {Label} from "./types.js";

/** Element id of the dictionary every page's head carries. */
export const CHROME_ID = "evalbook-chrome";

/** A name of the frame in each language. */
export type ChromeLabel = Record<Lang, string>;

/** Static text → its two languages, as `CHROME_ID` holds it. */
export type ChromeDictionary = Record<string, ChromeLabel>;

/** The static text of a name: both languages, Chinese first (what shows before the switch runs); one if the same. */
export function bothLanguages({zh, en}: ChromeLabel): string {
  return zh === en ? zh : `${zh} · ${en}`;
}

/** A UI string of src/lib/i18n.ts in both languages. */
export function uiLabel(key: Parameters<typeof t>[0]): ChromeLabel {
  return {zh: t(key, "zh"), en: t(key, "en")};
}

/** The sidebar name of a study page: the page's own name, as its heading shows it. */
export function pageLabel(page: StudyPage): ChromeLabel {
  return uiLabel(page === "index" ? "overview" : page);
}

/** A study's title in both languages; a title given in one language only (or none: the id) is the same in both. */
export function studyLabel(title: Label | string | undefined, id: string): ChromeLabel {
  return {zh: label(title, "zh", id), en: label(title, "en", id)};
}

/** The dictionary of `names`, as a JSON data element for the page head ("<" escaped: no title can close it). */
export function chromeDictionary(names: readonly ChromeLabel[]): string {
  const dictionary: ChromeDictionary = Object.fromEntries(names.map((name) => [bothLanguages(name), name]));
  const json = JSON.stringify(dictionary).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${CHROME_ID}">${json}</script>`;
}
