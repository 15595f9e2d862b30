// Every page of dist/ from a plain static file server (no clean-URL rewriting, as python3 -m http.server serves it):
// no 404, no console error, and every link on it resolves.
import {readdir} from "node:fs/promises";
import {describe, expect, it} from "vitest";
import {openPage} from "./chromium.js";
import {servedSite} from "./pages.js";

const site = servedSite();

describe("the built site on a plain static host", () => {
  it("loads every page without a 404 or a console error, and every link on it resolves", async () => {
    const pages = (await readdir("dist", {recursive: true}))
      .filter((file) => file.endsWith(".html") && file !== "404.html")
      .map((file) => "/" + file.replace(/(^|\/)index\.html$/, "$1"));
    expect(pages.length).toBeGreaterThan(3);
    const links = new Set<string>();
    for (const path of pages) {
      const {page, log} = await openPage(site.browser);
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${site.server.url}${path}`);
      await page.waitForLoadState("networkidle");
      for (const href of await page
        .locator("a[href]")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        if (href.startsWith(site.server.url)) links.add(href.replace(/#.*$/, ""));
      expect({path, failed, errors: log.errors, external: log.external}).toEqual({
        path,
        failed: [],
        errors: [],
        external: []
      });
      await page.context().close();
    }
    const {page} = await openPage(site.browser);
    const broken: string[] = [];
    for (const link of links) if ((await page.request.get(link)).status() !== 200) broken.push(link);
    expect(broken).toEqual([]);
    await page.context().close();
  });
});
