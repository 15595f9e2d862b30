// The qualitative pages of the built demo site in Chromium: they render offline without errors, show
// excerpts strictly as text, export SVG/PNG/CSV, and a study that forbids excerpts has none in dist/.
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {writeParquet} from "../../loaders/write/parquet.js";
import {readParquet} from "../../src/lib/parquet.js";
import {launchChromium, openPage, type PageLog} from "./chromium.js";
import {useProfile} from "./profile.js";
import {serveStatic} from "./serve.js";

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

async function visit(
  path: string,
  prepare?: (page: Page) => Promise<void>
): Promise<{page: Page; log: PageLog}> {
  const opened = await openPage(browser);
  await prepare?.(opened.page);
  await opened.page.goto(`${server.url}${path}`);
  await opened.page.waitForLoadState("networkidle");
  return opened;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, selector: string, text: string): Promise<{name: string; bytes: Buffer}> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`${selector} + .evalbook-export button`, {hasText: text}).click()
  ]);
  return {name: file.suggestedFilename(), bytes: await readFile((await file.path())!)};
}

const csvLines = (bytes: Buffer) =>
  bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("the qualitative pages of the demo studies", () => {
  it("render offline without console errors, with the tallies, quotes and joint display of each study", async () => {
    // The published site: the joint display leaves out the interviewed participants without scores (fewer than
    // min_cell in each study: 1, 1 and 2), so 7, 13 and 17 rows become 6, 12 and 15.
    const expected = {
      "q-school": {quotes: 72, joint: 6, agreement: true, excerpts: true},
      "p-street": {quotes: 36, joint: 12, agreement: false, excerpts: false},
      "z-village": {quotes: 69, joint: 15, agreement: false, excerpts: true}
    };
    // The three studies in parallel: each page waits on the network, not on the CPU.
    await Promise.all(
      Object.entries(expected).map(async ([id, want]) => {
        const themes = await visit(`/studies/${id}/themes.html`);
        await themes.page.locator("#theme-bars svg").waitFor();
        expect(await themes.page.locator("#theme-bars svg [aria-label='bar'] rect").count()).toBeGreaterThan(
          0
        );
        expect(await themes.page.locator("#breakdown-table tbody tr").count()).toBeGreaterThan(0);
        expect(await themes.page.locator("#agreement-table").count()).toBe(want.agreement ? 1 : 0);
        expect(await themes.page.locator("#no-double-coding").count()).toBe(want.agreement ? 0 : 1);
        const quotes = await visit(`/studies/${id}/quotes.html`);
        await quotes.page.locator("#quote-table").waitFor();
        expect(await quotes.page.locator("#quote-table tbody tr").count()).toBe(want.quotes);
        expect(await quotes.page.locator("#quote-table td.excerpt").count()).toBe(
          want.excerpts ? want.quotes : 0
        );
        expect(await quotes.page.locator("#excerpts-hidden").count()).toBe(want.excerpts ? 0 : 1);
        const joint = await visit(`/studies/${id}/joint.html`);
        await joint.page.locator("#joint-table").waitFor();
        expect(await joint.page.locator("#joint-table tbody tr").count()).toBe(want.joint);
        for (const {page, log} of [themes, quotes, joint]) {
          expect(log.errors, `${id}: ${page.url()}`).toEqual([]);
          expect(log.external, `${id}: ${page.url()}`).toEqual([]);
          await page.context().close();
        }
      })
    );
  });

  it("filter the quotes and recompute the tallies in the browser", async () => {
    const {page} = await visit("/studies/q-school/quotes.html");
    await page.getByLabel("搜索摘录").fill("错题本");
    await expect.poll(() => page.locator("#quote-table tbody tr").count()).toBeGreaterThan(0);
    const excerpts = await page.locator("#quote-table td.excerpt").allInnerTexts();
    expect(excerpts.every((text) => text.includes("错题本"))).toBe(true);
    await page.context().close();

    const themes = await visit("/studies/q-school/themes.html");
    const before = await themes.page.locator("#theme-bars svg [aria-label='bar'] rect").count();
    await themes.page.getByLabel("受访者角色").selectOption({label: "班主任／教师"});
    await expect
      .poll(() => themes.page.locator("#theme-bars svg [aria-label='bar'] rect").count())
      .toBeLessThan(before);
    await themes.page.context().close();
  });

  it("export charts as SVG and 300-dpi PNG, and charts and tables as CSV", async () => {
    const {page, log} = await visit("/studies/q-school/themes.html");
    await page.locator("#theme-bars svg").waitFor();
    const svg = await download(page, "#theme-bars", "SVG");
    expect(svg.name).toMatch(/^q-school_themes_codes_\d{4}-\d\d-\d\d\.svg$/);
    expect(svg.bytes.toString("utf8")).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    expect(svg.bytes.toString("utf8")).toContain("学习自信");
    const png = await download(page, "#theme-bars", "PNG");
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const phys = png.bytes.indexOf("pHYs", 0, "latin1");
    expect(png.bytes.readUInt32BE(phys + 4)).toBe(11811); // 300 dpi in pixels per metre
    const csv = await download(page, "#theme-bars", "CSV");
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csvLines(csv.bytes);
    expect(lines[0]).toBe("theme,code,segments,participants");
    // 12 codes, 2 of them applied to fewer than 3 participants: not charted in the published site.
    expect(lines).toHaveLength(1 + 10);
    expect(lines).toContain("学习自信,相信自己能学好,12,6");
    const heat = await download(page, "#cooccurrence", "SVG");
    expect(heat.bytes.toString("utf8")).toContain("掌握学习方法");
    const breakdown = await download(page, "#breakdown-table", "CSV");
    expect(csvLines(breakdown.bytes)[0]).toMatch(/^主题,编码,前测,后测/);
    const agreement = await download(page, "#agreement-table", "CSV");
    expect(csvLines(agreement.bytes)[0]).toMatch(/^theme,code,coder_a,coder_b,documents,n,/);
    expect(csvLines(agreement.bytes)).toHaveLength(1 + 10);
    expect(log.errors).toEqual([]);
    await page.context().close();

    const joint = await visit("/studies/q-school/joint.html");
    const table = await download(joint.page, "#joint-table", "CSV");
    const rows = csvLines(table.bytes);
    expect(rows).toHaveLength(1 + 6);
    expect(rows[0]).toBe(
      "参与者,学习能力自我效能感,学习能力自我效能感 RCI,学习行为自我效能感,学习行为自我效能感 RCI,学业自我效能感总分,学业自我效能感总分 RCI,访谈主题"
    );
    await joint.page.context().close();

    const quotes = await visit("/studies/q-school/quotes.html");
    const all = await download(quotes.page, "#quote-table", "CSV");
    expect(csvLines(all.bytes)).toHaveLength(1 + 72);
    await quotes.page.context().close();
  });
});

describe("excerpts are text", () => {
  const HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>孩子说“我能行”";

  it("shows an excerpt holding HTML as its literal text and runs nothing", async () => {
    const segments = await writeParquet({
      columns: {
        participant: "VARCHAR",
        source: "VARCHAR",
        role: "VARCHAR",
        wave: "VARCHAR",
        theme: "VARCHAR",
        code: "VARCHAR",
        coder: "VARCHAR",
        excerpt: "VARCHAR",
        passage: "INTEGER"
      },
      rows: [
        {
          participant: "P-0000000001",
          source: "<b>访谈</b>",
          role: "member",
          wave: "post",
          theme: "学习自信",
          code: "<svg onload=alert(3)>",
          coder: "A",
          excerpt: HOSTILE,
          passage: 0
        },
        {
          participant: "P-0000000002",
          source: "访谈2",
          role: "parent",
          wave: "pre",
          theme: "家庭支持",
          code: "缺少辅导",
          coder: "A",
          excerpt: "没人教他写作业",
          passage: 1
        }
      ]
    });
    const dialogs: string[] = [];
    // The local profile: in the published one these two participants (one per role) would not be shown at all.
    const {page, log} = await visit("/studies/q-school/quotes.html", async (p) => {
      await useProfile(p, "local");
      p.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await p.route("**/data/segments.*.parquet", (route) =>
        route.fulfill({body: segments, contentType: "application/octet-stream"})
      );
    });
    const cell = page.locator("#quote-table td.excerpt").first();
    await cell.waitFor();
    expect(await cell.innerText()).toBe(HOSTILE);
    expect(await page.getByText("<img src=x onerror=alert(1)>", {exact: false}).isVisible()).toBe(true);
    expect(await page.locator("#quote-table td.codes").first().innerText()).toBe(
      "学习自信 › <svg onload=alert(3)>"
    );
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.locator("#quote-table script, #quote-table svg, #quote-table b").count()).toBe(0);
    await page.getByLabel("搜索摘录").fill("onerror");
    await expect.poll(() => page.locator("#quote-table tbody tr").count()).toBe(1);
    // Any markup the filter inserted has loaded (or failed to) and painted: a handler would have run by now.
    await page.waitForLoadState("networkidle");
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    );
    expect(dialogs).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.context().close();
  });
});

describe("a study with publish.excerpts: false (p-street)", () => {
  it("has none of its interview text anywhere in dist/", async () => {
    const taguette = await readFile("data/studies/p-street/raw/coding/taguette_highlights.csv", "utf8");
    const excerpts = [
      ...new Set(
        taguette
          .trim()
          .split("\r\n")
          .slice(1)
          .map((line) => line.split(",").slice(3).join(",").replace(/^"|"$/g, ""))
      )
    ];
    expect(excerpts.length).toBeGreaterThan(15);
    // Short, generic snippets could occur by chance; the test looks for whole excerpts and their first 8 characters.
    const needles = [...new Set(excerpts.flatMap((e) => [e, Array.from(e).slice(0, 8).join("")]))];
    const files = (await readdir("dist", {recursive: true, withFileTypes: true})).filter((e) => e.isFile());
    expect(files.some((f) => f.name.startsWith("segments.") && f.parentPath.includes("p-street"))).toBe(true);
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      const bytes = await readFile(path);
      const text = entry.name.endsWith(".parquet")
        ? JSON.stringify(
            (
              await readParquet(
                bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
              )
            ).rows
          )
        : bytes.toString("utf8");
      for (const needle of needles) expect(text.includes(needle), `${needle} in ${path}`).toBe(false);
    }
  });
});
