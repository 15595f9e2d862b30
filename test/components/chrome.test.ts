import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {JSDOM} from "jsdom";
import {localizeChrome} from "../../src/components/chrome.js";
import {chromeDictionary, pageLabel, uiLabel} from "../../src/lib/chrome.js";
import {STUDY_PAGES} from "../../src/lib/pages.js";

// The frame as Framework renders it for a study page (abridged), with the config's names and dictionary.
function page() {
  const study = {zh: "P 街道小组", en: "P Street group"};
  return new JSDOM(`<!DOCTYPE html><html><head><title>Overview | Evalbook</title>
${chromeDictionary([pageLabel("index"), pageLabel("prepost"), study, uiLabel("footer")])}</head><body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol><li class="observablehq-link"><a href="../../">Evalbook</a></li></ol>
  <details open><summary>P 街道小组 · P Street group</summary><ol>
    <li class="observablehq-link observablehq-link-active"><a href="./">概览 · Overview</a></li>
    <li class="observablehq-link"><a href="./prepost.html">前后测比较 · Pre/post</a></li>
  </ol></details>
</nav>
<main id="observablehq-main"><h1>概览 · Overview</h1></main>
<footer id="observablehq-footer"><nav><a rel="next" href="./prepost.html"><span>前后测比较 · Pre/post</span></a></nav>
<div>Evalbook：社会工作小组干预评估 · Evalbook — evaluating social-work group interventions</div></footer>
</body></html>`).window.document;
}

const text = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((e) => e.textContent!.trim());

describe("localizeChrome(lang, document)", () => {
  it("shows the sidebar, pager, footer and tab title in one language, and marks the page's language", () => {
    const doc = page();
    localizeChrome("en", doc);
    expect(text(doc, "#observablehq-sidebar a, #observablehq-sidebar summary")).toEqual([
      "Evalbook",
      "P Street group",
      "Overview",
      "Pre/post"
    ]);
    expect(text(doc, "#observablehq-footer a, #observablehq-footer div")).toEqual([
      "Pre/post",
      "Evalbook — evaluating social-work group interventions"
    ]);
    expect(doc.title).toBe("Overview | Evalbook");
    expect(doc.documentElement.lang).toBe("en");
    expect(doc.getElementById("observablehq-sidebar-toggle")!.title).toBe("Toggle sidebar");
  });

  it("switches back and forth, and leaves the page's own text to the page", () => {
    const doc = page();
    localizeChrome("en", doc);
    localizeChrome("zh", doc);
    expect(text(doc, "#observablehq-sidebar a")).toEqual(["Evalbook", "概览", "前后测比较"]);
    expect(text(doc, "#observablehq-footer div")).toEqual(["Evalbook：社会工作小组干预评估"]);
    expect(doc.title).toBe("概览 | Evalbook");
    expect(doc.documentElement.lang).toBe("zh-CN");
    expect(doc.getElementById("observablehq-sidebar-toggle")!.title).toBe("显示或隐藏侧边栏");
    expect(text(doc, "h1")).toEqual(["概览 · Overview"]);
  });

  it("names a page the sidebar leaves out (it does not apply to the study) from its static tab title", () => {
    const doc = page();
    doc.title = "Pre/post | Evalbook";
    doc.querySelector(".observablehq-link-active")!.remove();
    localizeChrome("zh", doc);
    expect(doc.title).toBe("前后测比较 | Evalbook");
    localizeChrome("en", doc);
    expect(doc.title).toBe("Pre/post | Evalbook");
  });

  it("finds every study page's static title (its front matter) among the sidebar names", () => {
    for (const name of STUDY_PAGES) {
      const markdown = readFileSync(`src/studies/[study]/${name}.md`, "utf8");
      expect(/^title: (.*)$/m.exec(markdown)?.[1], name).toBe(pageLabel(name).en);
    }
  });
});
