// Debian's Chromium driven by playwright-core: no browser download, no traffic beyond this machine.
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  });
}

/** What a page did that a test may object to: console errors, uncaught exceptions, off-machine requests. */
export interface PageLog {
  errors: string[];
  external: string[];
}

/** Opens a page that records console errors and any request to a host other than 127.0.0.1, in a context of its own. */
export async function openPage(
  browser: Browser,
  {width = 1280, height = 900} = {}
): Promise<{page: Page; log: PageLog}> {
  const {context, external} = await sharedContext(browser, {width, height});
  const page = await context.newPage();
  return {page, log: {errors: recordErrors(page), external}};
}

/**
 * One context for several page loads that need no fresh state (no language switch, no profile): its pages share
 * Chromium's compiled DuckDB-WASM and cached files, so each load after the first costs about a third less CPU.
 * `external` collects the off-machine requests of all its pages.
 */
export async function sharedContext(
  browser: Browser,
  {width = 1280, height = 900} = {}
): Promise<{context: BrowserContext; external: string[]}> {
  const context = await browser.newContext({viewport: {width, height}, deviceScaleFactor: 1});
  return {context, external: await refuseExternal(context)};
}

/** The console errors and uncaught exceptions of `page`, as they come. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
}

/**
 * Records the page's Content-Security-Policy violations from its start, for `violations` to read (Chromium also logs
 * them as console errors). One is known and harmless: @stdlib's generator-support probe (in the statistics code
 * pages load to recompute) tries `new Function` inside try/catch, is refused and falls back; nothing runs.
 */
export async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {violations: string[]}).violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      if (!e.sourceFile?.includes("/@stdlib/assert-has-generator-support@"))
        seen.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** The violations `watchViolations` has recorded so far, as "directive blocked-URI". */
export function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as {violations: string[]}).violations);
}

/** Aborts every request of `context` to a host other than 127.0.0.1 and lists it. */
async function refuseExternal(context: BrowserContext): Promise<string[]> {
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1")
      return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return external;
}

/**
 * Answers `page`'s requests for `pattern` with the served JSON as `rewrite` changes it. A request still in flight
 * when its test closes the page is dropped, not left as an unhandled rejection ("Response has been disposed"): its
 * context may be closing while the page does not say closed yet.
 */
export async function rewriteJson(
  page: Page,
  pattern: string,
  rewrite: (json: Record<string, any>) => unknown
): Promise<void> {
  await page.route(pattern, async (route) => {
    try {
      await route.fulfill({json: rewrite(await (await route.fetch()).json())});
    } catch (error) {
      if (!page.isClosed() && !/has been (disposed|closed)/.test(String(error))) throw error;
    }
  });
}
