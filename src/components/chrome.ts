// Puts the site's frame — sidebar, pager, footer, tab title — in the chosen language. Framework renders it as static
// text in both languages (src/lib/chrome.ts); each text is looked up in the page's dictionary and replaced.
import {CHROME_ID, type ChromeDictionary} from "../lib/chrome.js";
import {t, type Lang} from "../lib/i18n.js";

/** Each text node's static text, kept so the language can switch back and forth. */
const original = new WeakMap<Text, string>();

/** Each page's static tab title: its name in English, as the page's front matter gives it ("Groups | Evalbook"). */
const staticTitle = new WeakMap<Document, string>();

/** Shows the frame of `doc` in `lang`, and marks the page's language (`<html lang>`: fonts, the pager's CSS labels). */
export function localizeChrome(lang: Lang, doc: Document = document): void {
  doc.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  const dictionary: ChromeDictionary = JSON.parse(doc.getElementById(CHROME_ID)?.textContent || "{}");
  for (const root of doc.querySelectorAll("#observablehq-sidebar, #observablehq-footer")) {
    const walker = doc.createTreeWalker(root, 4); // NodeFilter.SHOW_TEXT, without the browser global
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!original.has(node)) original.set(node, node.data.trim());
      const name = dictionary[original.get(node)!];
      if (name) node.data = name[lang];
    }
  }
  doc.getElementById("observablehq-sidebar-toggle")?.setAttribute("title", t("toggleSidebar", lang));
  // The tab shows the page's name as the sidebar does ("概览 | Evalbook"); the home page is the site's name alone. A
  // page the sidebar leaves out (one that does not apply to the study's design) is named from its static title.
  if (!staticTitle.has(doc)) staticTitle.set(doc, doc.title.replace(/ \| Evalbook$/, ""));
  const own = Object.values(dictionary).find((name) => name.en === staticTitle.get(doc));
  const active =
    doc.querySelector("#observablehq-sidebar .observablehq-link-active a")?.textContent ?? own?.[lang];
  if (active && active !== "Evalbook") doc.title = `${active} | Evalbook`;
}
