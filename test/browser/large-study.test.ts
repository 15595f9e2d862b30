// A study above INDIVIDUAL_LIMIT participants (a city-wide survey): pages draw summaries only and never fetch the
// per-participant tables. The demo study stands in for one: its study.json is served with a large `size`.
import {describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {openPage, rewriteJson} from "./chromium.js";
import {servedSite} from "./pages.js";
import {useProfile} from "./profile.js";

const site = servedSite();

const PER_PARTICIPANT = /\/data\/(scores|responses|change)\.[0-9a-f]+\.parquet$/;

/**
 * Opens a z-village page (local profile) with study.json claiming 250,000 participants; records Parquet requests.
 * Both are set up before the page is first requested, so no request of a load with the real study.json counts.
 */
async function openLarge(
  path: string,
  ready: string
): Promise<{page: Page; fetched: string[]; errors: string[]}> {
  const fetched: string[] = [];
  const {page, log} = await openPage(site.browser, {width: 1280, height: 900});
  await useProfile(page, "local");
  await rewriteJson(page, "**/data/study.*.json", (study) => ({
    ...study,
    size: {...study.size, participants: 250_000}
  }));
  page.on("request", (request) => {
    if (request.url().endsWith(".parquet")) fetched.push(request.url());
  });
  await page.goto(`${site.server.url}/studies/z-village/${path && `${path}.html`}`);
  await page.locator(ready).first().waitFor({timeout: 30_000});
  return {page, fetched, errors: log.errors};
}

describe("a study above the individual-display limit", () => {
  it("pre/post: means, tests and the note, from the summary tables only; no slopes, no leave-out", async () => {
    const {page, fetched, errors} = await openLarge("prepost", ".paired-table table");
    await expect(page.locator(".large-study-note").innerText()).resolves.toMatch(/250,000 名参与者.*2,000/);
    await expect(page.locator("figure.means svg").count()).resolves.toBe(1);
    await expect(page.locator("figure.slopes, figure.differences").count()).resolves.toBe(0);
    await expect(page.locator("details.exclude-input").count()).resolves.toBe(0);
    await expect(page.locator(".paired-table tbody tr").count()).resolves.toBeGreaterThan(0);
    // A filter still updates the statistics.
    const before = await page.locator(".paired-table tbody").innerText();
    await page.locator("label", {hasText: "儿童组"}).first().click();
    await expect.poll(() => page.locator(".paired-table tbody").innerText()).not.toBe(before);
    expect(fetched.filter((url) => PER_PARTICIPANT.test(url))).toEqual([]);
    expect(fetched.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const [path, ready] of [
    ["", ".design-table table, table"],
    ["distributions", "figure svg"],
    ["change", ".counts-table table"],
    ["groups", ".between-table table"],
    ["reliability", "table"],
    ["joint", ".large-study-note"]
  ] as const) {
    it(`${path || "overview"}: renders without the per-participant tables`, async () => {
      const {page, fetched, errors} = await openLarge(path, ready);
      expect(fetched.filter((url) => PER_PARTICIPANT.test(url))).toEqual([]);
      if (path && path !== "reliability")
        await expect(page.locator(".large-study-note:not([hidden])").count()).resolves.toBe(1);
      // The change page counts reliable change from the ingest's change_counts.parquet.
      if (path === "change") {
        const headers = await page.locator(".counts-table thead th").allInnerTexts();
        const rows = await page
          .locator(".counts-table tbody tr")
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText))
          );
        const n = rows.map((row) => row[headers.indexOf("n")]);
        expect(n.length).toBeGreaterThan(0);
        expect(n.every((cell) => Number(cell) > 0)).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
