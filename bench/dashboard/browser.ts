// The browser half of the dashboard benchmark: opens built pages in headless Chromium (Debian's, through the
// tests' launcher, so nothing leaves 127.0.0.1) and reads the page's own Performance API: the first chart,
// paint, long tasks, resource sizes, and the latency of control changes.
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {gzipSync} from "node:zlib";
import {chromium, type Browser, type Page, type Request} from "playwright-core";
import {CHROMIUM} from "../../test/browser/chromium.js";
import {useProfile, type Profile} from "../../test/browser/profile.js";
import {probeScript, type ChangeTiming} from "./probe.js";

/** The first chart of a study page: Plot's SVG directly inside an export figure. */
export const CHART = "figure.evalbook-figure > svg";
/** What a control change on the pre/post page redraws (those of them the page shows). */
const PREPOST_OUTPUTS = [
  "figure.slopes > svg",
  "figure.means > svg",
  "figure.differences > svg",
  ".paired-table table",
  ".one-sample-table table"
];
/** Requests that belong to DuckDB-WASM (module, worker, .wasm), loaded only when a page runs a query. */
const isDuckDB = (url: string) => url.includes("duckdb-wasm");

/** One resource of a page load, as the page's Performance API (or, for worker fetches, the network) saw it. */
export interface Resource {
  path: string;
  /** Bytes on the wire (headers included; 0 for a cached response). */
  transfer: number;
  /** Body bytes as sent (before any content decoding). */
  encoded: number;
  /** The body gzipped at level 6: what a host that compresses would send, for the same file in dist/. */
  gzip: number | null;
  start_ms: number;
  end_ms: number;
  /** `page` (Resource Timing of the page) or `network` (a worker's fetch, seen by Playwright only). */
  seen_by: "page" | "network";
}

export interface Bytes {
  requests: number;
  transfer: number;
  encoded: number;
  gzip: number;
  /** The same three without DuckDB-WASM's module, worker and .wasm. */
  without_duckdb: {requests: number; transfer: number; encoded: number; gzip: number};
  /** Encoded bytes by kind: parquet, json, js, wasm, css, html, other. */
  by_kind: Record<string, number>;
  largest: {path: string; encoded: number}[];
}

export interface LoadFigures {
  path: string;
  /** Milliseconds from the start of navigation; null when it did not happen within the timeout. */
  first_chart_inserted_ms: number | null;
  first_chart_painted_ms: number | null;
  fcp_ms: number | null;
  dom_content_loaded_ms: number | null;
  long_tasks: number;
  long_task_ms: number;
  /** DuckDB-WASM's .wasm: whether the page asked for it, and when its response ended (ms from navigation). */
  duckdb_wasm: {requested: boolean; start_ms: number | null; end_ms: number | null};
  /** Whether the first chart was painted before duckdb-eh.wasm finished arriving (true when never requested). */
  chart_before_duckdb: boolean | null;
  js_heap_mb: number | null;
  bytes: Bytes;
  errors: string[];
  /** Why the load was cut short, if it was. */
  timeout?: string;
}

export interface ChangeFigure {
  kind: string;
  /** From the input event to the frame after every output was replaced. */
  ms: number;
  /** From the input event to the last output in the DOM. */
  dom_ms: number;
}

const KINDS: Record<string, string> = {
  ".parquet": "parquet",
  ".json": "json",
  ".js": "js",
  ".wasm": "wasm",
  ".css": "css",
  ".html": "html"
};
function kindOf(path: string): string {
  const ext = path.match(/\.[a-z]+$/)?.[0] ?? "";
  return KINDS[ext] ?? (path.endsWith("/") || !ext ? "html" : "other");
}

const gzipCache = new Map<string, number | null>();
/** Gzip size of the dist/ file behind `path` (clean URLs map to .html), cached per run. */
async function gzipSize(dist: string, path: string): Promise<number | null> {
  if (gzipCache.has(`${dist}${path}`)) return gzipCache.get(`${dist}${path}`)!;
  const base = join(dist, decodeURIComponent(path));
  let size: number | null = null;
  for (const file of [base, `${base}.html`, join(base, "index.html")]) {
    const bytes = await readFile(file).catch(() => null);
    if (bytes) {
      size = gzipSync(bytes, {level: 6}).length;
      break;
    }
  }
  gzipCache.set(`${dist}${path}`, size);
  return size;
}

interface PageResource {
  name: string;
  transferSize: number;
  encodedBodySize: number;
  startTime: number;
  responseEnd: number;
}

/** Every resource of the page so far: the page's Resource Timing entries, plus worker fetches from the network log. */
async function resources(page: Page, network: Request[], dist: string): Promise<Resource[]> {
  const {entries, origin} = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    entries: [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map(
      (e) => {
        const r = e as PerformanceResourceTiming;
        return {
          name: r.name,
          transferSize: r.transferSize,
          encodedBodySize: r.encodedBodySize,
          startTime: r.startTime,
          responseEnd: r.responseEnd
        };
      }
    ) as PageResource[]
  }));
  const out: Resource[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const path = new URL(e.name).pathname;
    seen.add(e.name);
    out.push({
      path,
      transfer: e.transferSize,
      encoded: e.encodedBodySize,
      gzip: await gzipSize(dist, path),
      start_ms: e.startTime,
      end_ms: e.responseEnd,
      seen_by: "page"
    });
  }
  for (const request of network) {
    const url = request.url();
    if (seen.has(url) || !url.startsWith("http")) continue;
    seen.add(url);
    const sizes = await request.sizes().catch(() => null);
    const timing = request.timing();
    const path = new URL(url).pathname;
    out.push({
      path,
      transfer: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
      encoded: sizes?.responseBodySize ?? 0,
      gzip: await gzipSize(dist, path),
      start_ms: timing.startTime - origin,
      end_ms: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd - origin : -1,
      seen_by: "network"
    });
  }
  return out;
}

function bytesOf(list: Resource[]): Bytes {
  const sum = (rs: Resource[]) => ({
    requests: rs.length,
    transfer: rs.reduce((a, r) => a + r.transfer, 0),
    encoded: rs.reduce((a, r) => a + r.encoded, 0),
    gzip: rs.reduce((a, r) => a + (r.gzip ?? r.encoded), 0)
  });
  const by_kind: Record<string, number> = {};
  for (const r of list) by_kind[kindOf(r.path)] = (by_kind[kindOf(r.path)] ?? 0) + r.encoded;
  return {
    ...sum(list),
    without_duckdb: sum(list.filter((r) => !isDuckDB(r.path))),
    by_kind,
    largest: [...list]
      .sort((a, b) => b.encoded - a.encoded)
      .slice(0, 5)
      .map(({path, encoded}) => ({path, encoded}))
  };
}

async function heapMb(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const {metrics} = await cdp.send("Performance.getMetrics");
    await cdp.detach();
    const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
    return used === undefined ? null : used / 2 ** 20;
  } catch {
    return null;
  }
}

/**
 * Debian's Chromium with the tests' flags. The tests' `openPage` blocks other hosts by routing every request
 * through Playwright, which costs a round trip to Node per request (5–35 ms each on this machine, ~1.4 s for a
 * page's 265 modules): far too much for timing. Here a proxy on a closed local port takes every request that is
 * not to loopback (Chromium bypasses proxies for loopback), so nothing leaves the machine and nothing is slowed.
 */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--proxy-server=http://127.0.0.1:9",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
    ]
  });
}

/** An opened page with its network log, probe installed. */
export interface Opened {
  page: Page;
  errors: string[];
  network: Request[];
}

/**
 * Opens `url` in a fresh context (cold cache) and waits for `ready` (a selector) until `timeout` ms; `profile`
 * `local` gives the page the researcher's rules of `npm run dev` (the leave-out control among them), with the
 * per-participant tables of the studies in `studies` (the folder the site was built from).
 */
export async function openTimed(
  browser: Browser,
  url: string,
  {
    timeout,
    ready = CHART,
    profile = "published",
    studies
  }: {timeout: number; ready?: string; profile?: Profile; studies?: string}
): Promise<Opened & {timeout?: string}> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, deviceScaleFactor: 1});
  const page = await context.newPage();
  const log = {errors: [] as string[], external: [] as string[]};
  page.on("console", (message) => {
    if (message.type() === "error") log.errors.push(message.text());
  });
  page.on("pageerror", (error) => log.errors.push(String(error)));
  const network: Request[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.hostname !== "127.0.0.1") log.external.push(url.href);
  });
  context.on("requestfinished", (request) => network.push(request));
  await page.addInitScript({content: probeScript(CHART)});
  await useProfile(page, profile, {studies});
  const start = Date.now();
  try {
    await page.goto(url, {waitUntil: "commit", timeout});
    await page.waitForFunction(
      // A chart page is ready once its first chart is painted; another (the home page) once `ready` is there.
      ([selector, chart]) =>
        document.querySelector(selector) && (selector !== chart || window.__bench.chartPainted !== null),
      [ready, CHART],
      {timeout: Math.max(1000, timeout - (Date.now() - start)), polling: 50}
    );
    return {page, errors: [...log.errors, ...log.external.map((u) => `blocked ${u}`)], network};
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      page,
      errors: [...log.errors, ...log.external.map((u) => `blocked ${u}`)],
      network,
      timeout: `${ready} not painted within ${timeout} ms: ${message}`
    };
  }
}

/** First-load figures of an opened page; waits (bounded) for the network to go quiet first. */
export async function loadFigures(
  opened: Opened & {timeout?: string},
  path: string,
  dist: string,
  {settle = "networkidle"}: {settle?: "networkidle" | "none"} = {}
): Promise<LoadFigures> {
  const {page} = opened;
  if (settle === "networkidle") await page.waitForLoadState("networkidle", {timeout: 15_000}).catch(() => {});
  const state = await page
    .evaluate(() => ({
      inserted: window.__bench.chartInserted,
      painted: window.__bench.chartPainted,
      fcp: window.__bench.fcp,
      longTasks: window.__bench.longTasks,
      longTaskMs: window.__bench.longTaskMs,
      dcl:
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)
          ?.domContentLoadedEventEnd ?? null
    }))
    .catch(() => null);
  const list = await resources(page, opened.network, dist).catch(() => []);
  const wasm = list.find((r) => r.path.endsWith("duckdb-eh.wasm"));
  const painted = state?.painted ?? null;
  return {
    path,
    first_chart_inserted_ms: state?.inserted ?? null,
    first_chart_painted_ms: painted,
    fcp_ms: state?.fcp ?? null,
    dom_content_loaded_ms: state?.dcl || null,
    long_tasks: state?.longTasks ?? 0,
    long_task_ms: state?.longTaskMs ?? 0,
    duckdb_wasm: {requested: !!wasm, start_ms: wasm?.start_ms ?? null, end_ms: wasm?.end_ms ?? null},
    chart_before_duckdb: painted === null ? null : !wasm || wasm.end_ms < 0 || painted < wasm.end_ms,
    js_heap_mb: await heapMb(page),
    bytes: bytesOf(list),
    errors: opened.errors,
    ...(opened.timeout ? {timeout: opened.timeout} : {})
  };
}

/** Runs `act` (a user action on a control) and times it to the frame after every output in `watch` was replaced. */
async function timedChange(
  page: Page,
  watch: string[],
  act: () => Promise<void>,
  timeout: number
): Promise<ChangeTiming> {
  await page.evaluate((selectors) => window.__bench.arm(selectors), watch);
  await act();
  return page.evaluate((ms) => window.__bench.settled(ms), timeout);
}

/**
 * `count` control changes on an opened pre/post page, cycling through the subscale select, the group radio (when
 * the study has groups) and the leave-out checklist (ticking a participant, then unticking them, so at most one
 * is left out). Stops at the first change that does not finish within `timeout` ms.
 */
export async function prepostChanges(
  page: Page,
  {count, timeout}: {count: number; timeout: number}
): Promise<{changes: ChangeFigure[]; error?: string}> {
  const select = page.locator("div.controls select").first();
  const radios = page.locator("div.controls form input[type=radio]");
  const details = page.locator("details.exclude-input");
  const options = await select.locator("option").count();
  const groups = await radios.count();
  // The published site offers no leave-out control, nor does a study above the individual-display limit.
  const leaveOut = (await details.count()) > 0;
  const kinds = ["subscale", ...(groups > 1 ? ["group"] : []), ...(leaveOut ? ["leave out"] : [])];
  const changes: ChangeFigure[] = [];
  let part = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
  let group = 0;
  let ticked: number | null = null;
  let next = 0;
  if (leaveOut && !(await details.getAttribute("open"))) await details.locator("summary").click();
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length];
    let label = kind;
    let act: () => Promise<void>;
    if (kind === "subscale") {
      part = (part + 1) % options;
      act = () => select.selectOption({index: part}).then(() => {});
    } else if (kind === "group") {
      group = (group + 1) % groups;
      act = () => radios.nth(group).check();
    } else {
      const index: number = ticked ?? next++;
      label = ticked === null ? "leave out (tick)" : "leave out (untick)";
      ticked = ticked === null ? index : null;
      act = () => details.locator("label").nth(index).click();
    }
    try {
      const t = await timedChange(page, PREPOST_OUTPUTS, act, timeout);
      const from = t.input ?? t.updated;
      changes.push({kind: label, ms: t.painted - from, dom_ms: t.updated - from});
    } catch (error) {
      return {changes, error: `${label}: ${error instanceof Error ? error.message.split("\n")[0] : error}`};
    }
  }
  return {changes};
}

/** The q-th quantile (0–1) of `xs`, linear between order statistics. */
export function quantile(xs: readonly number[], q: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}
