// What the language switch should have translated and did not: interface text of the other language left in a page
// or in its frame (sidebar, pager, footer, tab title).
// Data keep the language they were given in (a Chinese scale's answer labels, theme names, items), so chart tick
// labels, facet headers, table cells, form options and code are not checked; names of statistics are allowed.
import type {Page} from "playwright-core";

/** Latin words a Chinese page may show: statistics and tools named as the literature and software name them. */
const ALLOWED_IN_ZH =
  /\b(?:Cronbach's|Cronbach|Wilcoxon|wilcox\.test|Holm|Feldt|Welch|Hedges'|Hedges|Mann|Whitney|Cohen's|Cohen|Jacobson|Truax|Steiger|Fouladi|Kerby|Champely|Friedman|Greenhouse|Geisser|SEdiff|DuckDB|SQL|CSV|SVG|PNG|dpi|Ctrl|Enter|Word|docx|Excel|Language|English|study\.yaml|publish|excerpts|false|true|between_groups|compare|sources|coding|reliability|npm|run|dev|Evalbook)(?![A-Za-z])/g;

/** Text a reader sees in the page body that the language switch should have translated, and is in the other language. */
export function leftovers(page: Page, lang: "zh" | "en"): Promise<string[]> {
  return page.evaluate(
    ({lang, allowed}) => {
      const data = [
        "td",
        "option",
        "code",
        "textarea",
        "pre",
        "style",
        "script",
        '[aria-label$="tick label"]', // categories and values on chart axes
        '[aria-label="header"]', // facet headers: a theme's or an answer's name
        '[translate="no"]', // proper names, such as the coders
        ".sql-output th, .sql-output svg, .sql-axes" // a query's own column names
      ].join(", ");
      const switcher = new Set(["语言 / Language", "中文", "English"]); // the language switch names both
      const other = lang === "zh" ? /[A-Za-z]{4,}/ : /[\u3400-\u9fff]/;
      const texts: string[] = [];
      for (const root of document.querySelectorAll(
        "#observablehq-main, #observablehq-sidebar, #observablehq-footer"
      )) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          const text = node.textContent!.trim();
          if (element && !element.closest(data) && !switcher.has(text)) texts.push(text);
        }
      }
      // Text of the frame that is not in a text node: the tab title, Framework's sidebar button, the pager's labels.
      texts.push(
        document.title,
        document.querySelector("#observablehq-sidebar-toggle")?.getAttribute("title") ?? ""
      );
      for (const link of document.querySelectorAll("#observablehq-footer nav a"))
        texts.push(getComputedStyle(link, "::before").content);
      const found = texts.filter((text) =>
        other.test(lang === "zh" ? text.replace(new RegExp(allowed, "g"), "") : text)
      );
      return [...new Set(found.map((text) => text.slice(0, 100)))];
    },
    {lang, allowed: ALLOWED_IN_ZH.source}
  );
}
