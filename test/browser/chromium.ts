// Debian's Chromium driven by playwright-core: no browser download, no traffic beyond this machine.
import {chromium, type Browser, type Page} from "playwright-core";

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

/** Opens a page that records console errors and any request to a host other than 127.0.0.1. */
export async function openPage(
  browser: Browser,
  {width = 1280, height = 900} = {}
): Promise<{page: Page; log: PageLog}> {
  const context = await browser.newContext({viewport: {width, height}, deviceScaleFactor: 1});
  const page = await context.newPage();
  const log: PageLog = {errors: [], external: []};
  page.on("console", (message) => {
    if (message.type() === "error") log.errors.push(message.text());
  });
  page.on("pageerror", (error) => log.errors.push(String(error)));
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1")
      return route.continue();
    log.external.push(url.href);
    return route.abort();
  });
  return {page, log};
}
