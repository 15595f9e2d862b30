// Every page of dist/ from a plain static file server (no clean-URL rewriting, as python3 -m http.server serves it):
// no 404, no console error at phone width (charts redrawn through a collapsed layout), and every link on it resolves.
// The page tests cover the desktop width.
import {readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {openPage} from "./chromium.js";
import {collapseAndRestore} from "./collapse.js";
import {servedSite} from "./pages.js";

const site = servedSite();

/** URL paths of the built pages, as a reader reaches them: a file, or a folder for its index.html. */
const PAGES = readdirSync("dist", {recursive: true, encoding: "utf8"})
  .filter((file) => file.endsWith(".html") && file !== "404.html")
  .map((file) => "/" + file.replace(/(^|\/)index\.html$/, "$1"))
  .sort();

describe("the built site on a plain static host", () => {
  const links = new Set<string>();

  it.each(PAGES)("%s loads and redraws at 390 px without a 404 or a console error", async (path) => {
    const {page, log} = await openPage(site.browser, {width: 390, height: 844});
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${site.server.url}${path}`);
    await collapseAndRestore(page);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) if (href.startsWith(site.server.url)) links.add(href.replace(/#.*$/, ""));
    expect({failed, errors: log.errors, external: log.external}).toEqual({
      failed: [],
      errors: [],
      external: []
    });
    await page.context().close();
  });

  it("every link on those pages resolves", async () => {
    expect(links.size).toBeGreaterThanOrEqual(PAGES.length); // the sidebar links every page
    const {page} = await openPage(site.browser);
    const broken: string[] = [];
    for (const link of links) if ((await page.request.get(link)).status() !== 200) broken.push(link);
    expect(broken).toEqual([]);
    await page.context().close();
  });
});
