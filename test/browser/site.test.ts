import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser} from "playwright-core";
import {launchChromium, openPage} from "./chromium.js";
import {serveStatic} from "./serve.js";
import {FIXTURE_STUDIES, STUDIES} from "./studies.js";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic("dist");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the built site", () => {
  it("lists every demo study on the home page, offline, without loading DuckDB-WASM", async () => {
    const {page, log} = await openPage(browser);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${server.url}/`);
    await expect
      .poll(() => page.locator("#catalogue-count").innerText(), {timeout: 30_000})
      .toMatch(new RegExp(`^共 ${STUDIES.length + FIXTURE_STUDIES.length} 项研究`)); // the home page opens in Chinese
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => url.includes("duckdb"))).toEqual([]);
    // The site's own favicon: without one, browsers ask for /favicon.ico and log its 404.
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect((await page.request.get(new URL(icon!, page.url()).href)).status()).toBe(200);
    for (const id of ["p-street", "q-school", "z-village"]) {
      await expect(page.locator(`a.study-card[href="./studies/${id}/"]`).count()).resolves.toBe(1);
    }
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
  });

  it("opens each study's overview without errors", async () => {
    for (const id of ["p-street", "q-school", "z-village"]) {
      const {page, log} = await openPage(browser);
      await page.goto(`${server.url}/studies/${id}/`);
      await page.waitForLoadState("networkidle");
      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    }
  });
});
