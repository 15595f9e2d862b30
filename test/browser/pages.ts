// Shared steps of the study-page tests: open a page per study, wait for its figures, intercept and check exports.
import {readFile} from "node:fs/promises";
import {parse} from "csv-parse/sync";
import {JSDOM} from "jsdom";
import type {Browser, Locator, Page} from "playwright-core";
import {afterAll, beforeAll, expect} from "vitest";
import {launchChromium, openPage, type PageLog} from "./chromium.js";
import {useProfile, type Profile} from "./profile.js";
import {serveStatic} from "./serve.js";

export {STUDIES} from "./studies.js";

export type Server = Awaited<ReturnType<typeof serveStatic>>;

export {serveStatic};

/** dist/ served on 127.0.0.1 and one Chromium, for the tests of one file: started before them, closed after. */
export function servedSite(): {browser: Browser; server: Server} {
  const site = {} as {browser: Browser; server: Server};
  beforeAll(async () => {
    site.server = await serveStatic("dist");
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** How long a page may take to show its first figure: generous, since a busy 2-core machine is slow, not broken. */
export const READY_TIMEOUT = 90_000;

/** Opens `/studies/<study>/<page>.html` (the study's index.html for "") in a fresh context (so the language starts from the study's default). */
export async function openStudyPage(
  browser: Browser,
  server: Server,
  study: string,
  path: string,
  {ready = "h1", profile = "published"}: {ready?: string; profile?: Profile} = {}
): Promise<{page: Page; log: PageLog}> {
  const opened = await openPage(browser, {width: 1280, height: 900});
  await useProfile(opened.page, profile);
  await opened.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await opened.page.goto(`${server.url}/studies/${study}/${path && `${path}.html`}`);
  await opened.page.locator(ready).first().waitFor({timeout: READY_TIMEOUT});
  return opened;
}

/** Marks of a given aria-label inside a figure's SVG (in any facet), e.g. ("slopes", "link", "path") → its lines. */
export function marks(page: Page, figure: string, mark: string, element = "*"): Locator {
  return page.locator(`.${figure} svg g[aria-label="${mark}"] ${element}`);
}

/** Clicks a button and returns the file it downloads. */
export async function download(button: Locator): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([button.page().waitForEvent("download"), button.click()]);
  const path = await file.path();
  return {name: file.suggestedFilename(), bytes: await readFile(path)};
}

/** Ticks "leave out" for a participant (opening the folded control first). */
export async function excludeParticipant(page: Page, participant: string): Promise<void> {
  const details = page.locator("details.exclude-input");
  if (!(await details.getAttribute("open"))) await details.locator("summary").click();
  await details.locator("label", {hasText: participant}).first().click();
}

/** Switches the site-wide language radio to English. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.locator("label", {hasText: "English"}).first().click();
}

const CJK = /[\u4e00-\u9fff]/;

/** A standalone SVG file that parses as XML, is an <svg>, and carries Chinese text. */
export function expectSvg(bytes: Buffer, {chinese = true} = {}): void {
  const text = bytes.toString("utf8");
  const {window} = new JSDOM();
  const doc = new window.DOMParser().parseFromString(text, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.localName).toBe("svg");
  if (chinese) expect(doc.documentElement.textContent).toMatch(CJK);
}

/** A PNG with the signature, a pHYs chunk of 11811 px/m (300 dpi) and a width of 300/96 × the chart's CSS width. */
export function expectPng(bytes: Buffer, cssWidth: number): void {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = bytes.readUInt32BE(16);
  expect(Math.abs(width - (cssWidth * 300) / 96)).toBeLessThanOrEqual(1);
  const phys = bytes.indexOf(Buffer.from("pHYs"));
  expect(phys).toBeGreaterThan(0);
  expect(bytes.readUInt32BE(phys + 4)).toBe(11811);
  expect(bytes.readUInt32BE(phys + 8)).toBe(11811);
  expect(bytes[phys + 12]).toBe(1);
}

/** A CSV (UTF-8 with BOM) whose first row starts with `header`, and no cell a spreadsheet would run as a formula. */
export function expectCsv(bytes: Buffer, header: readonly string[]): string[][] {
  const text = bytes.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = parse(text.slice(1));
  expect(rows.length).toBeGreaterThan(1);
  expect(rows[0].slice(0, header.length)).toEqual(header);
  for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@]/);
  return rows;
}

/** Downloads a chart's SVG, PNG and CSV and checks each; returns the CSV rows. */
export async function expectChartExports(
  page: Page,
  figure: string,
  header: readonly string[]
): Promise<string[][]> {
  const box = page.locator(`.${figure}`).first();
  const buttons = box.locator(".evalbook-export button");
  const svg = await download(buttons.nth(0));
  expect(svg.name).toMatch(/\.svg$/);
  expectSvg(svg.bytes);
  const width = Number(await box.locator("svg").first().getAttribute("width"));
  const png = await download(buttons.nth(1));
  expect(png.name).toMatch(/\.png$/);
  expectPng(png.bytes, width);
  const csv = await download(buttons.nth(2));
  expect(csv.name).toMatch(/\.csv$/);
  return expectCsv(csv.bytes, header);
}

/** Downloads a table's CSV and checks its header; copies it and checks the clipboard holds an HTML table. */
export async function expectTableExports(
  page: Page,
  figure: string,
  header: readonly string[]
): Promise<string[][]> {
  const box = page.locator(`.${figure}`).first();
  const buttons = box.locator(".evalbook-export button");
  const csv = await download(buttons.nth(1));
  expect(csv.name).toMatch(/\.csv$/);
  const rows = expectCsv(csv.bytes, header);
  await buttons.nth(0).click();
  await expect.poll(() => box.locator(".evalbook-export span").innerText()).not.toBe("");
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item.getType("text/html")).text();
  });
  expect(html).toMatch(/<table[\s>]/);
  return rows;
}

/** The text of one cell of a figure's table body. */
export function cell(page: Page, figure: string, row: number, column: number): Promise<string> {
  return page.locator(`.${figure} table tbody tr`).nth(row).locator("td").nth(column).innerText();
}
