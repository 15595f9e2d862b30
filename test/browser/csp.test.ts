import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {buildScratch, scratchProject} from "../publish/scratch-project.js";
import {launchChromium, openPage, violations, watchViolations} from "./chromium.js";
import {serveStatic} from "./serve.js";

type Server = Awaited<ReturnType<typeof serveStatic>>;

let browser: Browser;
let site: Server;
let hostile: Server;

/** Builds, in a scratch copy of the project, a site whose only study has HTML in every label and reason. */
async function buildHostileSite(): Promise<string> {
  const root = await scratchProject({hostile: "test/fixtures/studies/hostile"}, {warm: true});
  const {status, stderr} = buildScratch(root);
  if (status !== 0) throw new Error(`the hostile site did not build:\n${stderr}`);
  return join(root, "dist");
}

beforeAll(async () => {
  const dist = await buildHostileSite();
  [site, hostile, browser] = await Promise.all([serveStatic("dist"), serveStatic(dist), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), hostile?.close()]);
});

describe("the Content-Security-Policy of the published site", () => {
  it("is on every page: same-origin scripts, workers and WASM, inline scripts only by hash, no remote host", async () => {
    const pages = (await readdir("dist", {recursive: true})).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const html = await readFile(join("dist", page), "utf8");
      const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
      expect(policies, page).toHaveLength(1);
      const directives = Object.fromEntries(
        policies[0]![1]!.split(";").map((d) => {
          const [name, ...sources] = d.trim().split(/\s+/);
          return [name, sources];
        })
      );
      expect(directives["script-src"]!.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(
        directives["script-src"]!.slice(2).every((s: string) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))
      ).toBe(true);
      expect(directives).toMatchObject({
        "default-src": ["'none'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"]
      });
      expect(policies[0]![1]).not.toMatch(/https?:|\*|'unsafe-eval'/);
    }
  });

  it("lets DuckDB-WASM run a notebook query, with no violation and nothing fetched from elsewhere", async () => {
    const {page, log} = await openPage(browser);
    await watchViolations(page);
    await page.goto(`${site.url}/studies/q-school/notebook.html`);
    await expect.poll(() => page.locator(".sql-result table").count(), {timeout: 30_000}).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.context().close();
  });

  it("blocks inline event handlers and eval, should markup ever be inserted", async () => {
    const {page} = await openPage(browser);
    await watchViolations(page);
    await page.goto(`${site.url}/`);
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as {__pwned?: number; __evaluated?: number};
      document.body.insertAdjacentHTML("beforeend", `<img src="data:," onload="window.__pwned = 1">`);
      // A string timer is evaluated by the page itself (code run through the test driver is exempt from CSP).
      (setTimeout as (code: string, ms: number) => number)("window.__evaluated = 1", 0);
      await new Promise((done) => setTimeout(done, 500));
      return {pwned: w.__pwned, evaluated: w.__evaluated};
    });
    expect(outcome).toEqual({pwned: undefined, evaluated: undefined});
    expect((await violations(page)).map((v) => v.split(" ")[0]).sort()).toEqual([
      "script-src",
      "script-src-attr"
    ]);
    await page.context().close();
  });
});

describe("hostile labels in a published study", () => {
  const TEXTS = [
    "<img src=x onerror=window.__pwned=1>敌意标签研究",
    "<b onmouseover=window.__pwned=3>描述</b>",
    "<img src=x onerror=window.__pwned=6>前测",
    "<img src=x onerror=window.__pwned=8>量表",
    "<img src=x onerror=window.__pwned=9>分量表",
    // The published report gives a typed value only by its length (loaders/publish/labels.ts), here in Chinese.
    "测量时点“［37 个字符的文本］”未在 study.yaml 中声明"
  ];

  for (const path of ["/", "/studies/hostile/"]) {
    it(`are shown as text on ${path}, run nothing and break no policy`, async () => {
      const {page, log} = await openPage(browser);
      await watchViolations(page);
      await page.goto(`${hostile.url}${path}`);
      await page.waitForLoadState("networkidle");
      await expect.poll(() => page.locator("observablehq-loading").count(), {timeout: 30_000}).toBe(0);
      const text = await page.locator("body").innerText();
      const expected = path === "/" ? TEXTS.slice(0, 1) : TEXTS;
      for (const label of expected) expect(text).toContain(label);
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as {__pwned?: number}).__pwned,
        handlers: [...document.querySelectorAll("*")].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName} ${a.name}`)
        ),
        markup: document.querySelectorAll(
          "img[src=x], svg[onload], iframe, b[onmouseover], a[href^=javascript]"
        ).length
      }));
      expect(injected).toEqual({pwned: undefined, handlers: [], markup: 0});
      expect(await violations(page)).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }
});
