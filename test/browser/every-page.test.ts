// Every page of dist/ as a reader gets it from a plain static file server (no clean-URL rewriting, as python3 -m
// http.server serves it), at phone width, loaded once for every check a page must pass whatever it shows: no 404, no
// console error, no request off the machine, no Content-Security-Policy violation; no participant's pseudonym and no
// exclusion control (dist/ is the published profile); charts redrawn through a collapsed main column without a
// negative size (a page measured mid-layout once drew one); no interface string of the other language and no chart
// text cut off at the chart's edge and no scrolling sideways (a wide table scrolls within itself), in Chinese and then
// in English; and every link on it resolves. The page tests cover each page's own content at desktop width.
import {readdirSync} from "node:fs";
import {readFile} from "node:fs/promises";
import type {BrowserContext, Page} from "playwright-core";
import {describe, it, type ExpectStatic} from "vitest";
import {parse} from "yaml";
import {applicablePages, pageDesign, type StudyPage} from "../../src/lib/pages.js";
import {recordErrors, sharedContext, violations, watchViolations} from "./chromium.js";
import {clippedLabels} from "./clipped.js";
import {collapseAndRestore} from "./collapse.js";
import {leftovers} from "./leftovers.js";
import {READY_TIMEOUT, servedSite, switchToEnglish} from "./pages.js";
import {PSEUDONYM} from "./profile.js";
import {TEST_STUDIES} from "./studies.js";

const site = servedSite();

/** URL paths of the built pages, as a reader reaches them (a folder for its index.html), by study ("" for the site's own). */
const PAGES = new Map<string, string[]>();
for (const file of readdirSync("dist", {recursive: true, encoding: "utf8"}).sort()) {
  if (!file.endsWith(".html") || file === "404.html") continue;
  const path = "/" + file.replace(/(^|\/)index\.html$/, "$1");
  const study = /^\/studies\/([^/]+)\//.exec(path)?.[1] ?? "";
  PAGES.set(study, [...(PAGES.get(study) ?? []), path]);
}

/** What shows that a study page has drawn what it checks (the notebook: its first query's result). */
const READY: Partial<Record<StudyPage, string>> = {
  index: ".summary-cards",
  prepost: ".paired-table table",
  change: ".counts-table table",
  distributions: ".likert svg",
  reliability: ".item-table table",
  themes: "#breakdown-table",
  quotes: "#quote-table",
  joint: "#joint-table",
  report: ".report .report-table",
  notebook: ".sql-result table"
};

/** The selector of `path`'s drawn content: a page that does not apply to the study's design shows one line. */
function readySelector(path: string, applies: readonly StudyPage[]): string {
  const name = (/([^/]+)\.html$/.exec(path)?.[1] ?? "index") as StudyPage;
  return (applies.includes(name) && READY[name]) || "h1";
}

/** Everything a reader can see or hover in the page's main column: text (SVG's included), titles, labels, options. */
function visible(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const attributes = [...main.querySelectorAll("[title], [aria-label], option, input[value]")].map((el) =>
      [
        el.getAttribute("title"),
        el.getAttribute("aria-label"),
        el.textContent,
        el.getAttribute("value")
      ].join(" ")
    );
    return [main.textContent, ...attributes].join("\n");
  });
}

/** How far the page scrolls sideways at its width: 0 when it fits (a wide table scrolls within itself). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Links already requested, so a sidebar shared by a study's pages is checked once. */
const resolved = new Set<string>();

/** Loads `path` in `context` and runs every check on it; returns the same-site links it holds. */
async function checkPage(
  context: BrowserContext,
  external: readonly string[],
  path: string,
  ready: string,
  expect: ExpectStatic
): Promise<string[]> {
  const page = await context.newPage();
  const errors = recordErrors(page);
  await watchViolations(page);
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${site.server.url}${path}`);
  await page.locator(ready).first().waitFor({timeout: READY_TIMEOUT});
  await collapseAndRestore(page, expect);
  if (path.startsWith("/studies/")) {
    expect(await visible(page), path).not.toMatch(PSEUDONYM);
    expect(await page.locator("details.exclude-input").count(), path).toBe(0);
  }
  await expect.poll(() => leftovers(page, "zh"), {message: `${path} zh`}).toEqual([]);
  await expect.poll(() => clippedLabels(page), {message: `${path} zh: chart text cut off`}).toEqual([]);
  await expect.poll(() => sideways(page), {message: `${path} zh: the page scrolls sideways`}).toBe(0);
  await switchToEnglish(page);
  await expect.poll(() => page.locator("h1").first().innerText()).not.toMatch(/[\u3400-\u9fff]/);
  await page.locator(ready).first().waitFor({timeout: READY_TIMEOUT});
  await page.waitForLoadState("networkidle");
  await expect.poll(() => leftovers(page, "en"), {message: `${path} en`}).toEqual([]);
  await expect.poll(() => clippedLabels(page), {message: `${path} en: chart text cut off`}).toEqual([]);
  await expect.poll(() => sideways(page), {message: `${path} en: the page scrolls sideways`}).toBe(0);
  const links = await page
    .locator("a[href]")
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href.replace(/#.*$/, "")));
  expect({failed, errors, external, violations: await violations(page)}, path).toEqual({
    failed: [],
    errors: [],
    external: [],
    violations: []
  });
  // The context's next page opens in the study's own language again.
  await page.evaluate(() => localStorage.removeItem("evalbook:lang"));
  await page.close();
  return links.filter((href) => href.startsWith(site.server.url));
}

// The studies side by side (three at a time: the browser project's maxConcurrency), each in one context whose pages
// load one after another, so each off-machine request is that study's and its pages share compiled WASM and cache.
describe.concurrent("every page of the built site on a plain static host, at 390 px", () => {
  for (const [study, paths] of PAGES) {
    it(
      `${study || "the home page and the glossary"}: every check, in Chinese and in English`,
      {timeout: 900_000},
      async ({expect}) => {
        const applies = study
          ? applicablePages(pageDesign(parse(await readFile(`${TEST_STUDIES}/${study}/study.yaml`, "utf8"))))
          : [];
        const {context, external} = await sharedContext(site.browser, {width: 390, height: 844});
        const links = new Set<string>();
        for (const path of paths)
          for (const link of await checkPage(context, external, path, readySelector(path, applies), expect))
            links.add(link);
        expect(links.size, "the sidebar links every page").toBeGreaterThanOrEqual(paths.length);
        const broken: string[] = [];
        for (const link of links) {
          if (resolved.has(link)) continue;
          resolved.add(link);
          if ((await context.request.get(link)).status() !== 200) broken.push(link);
        }
        expect(broken).toEqual([]);
        await context.close();
      }
    );
  }
});
