// The publishing profile on the study pages: the published site (dist/, npm run build) suppresses small cells, leaves
// out the individual data of small groups, names no participant and says so under each table and chart; the local
// profile (npm run dev: data/publish.json says published: false) shows everything, with no note.
import type {Page} from "playwright-core";
import {describe, it} from "vitest";
import {openPage, rewriteJson} from "./chromium.js";
import {cell, download, expectCsv, openStudyPage, servedSite} from "./pages.js";
import {PSEUDONYM, type Profile} from "./profile.js";

const site = servedSite();

async function open(study: string, path: string, ready: string, profile: Profile = "published") {
  const opened = await openStudyPage(site.browser, site.server, study, path, {ready, profile});
  return opened;
}

const notes = (page: Page) => page.locator(".suppression-note:not([hidden])");

describe.concurrent("the published site (dist/)", () => {
  it("hides small answer counts (with one beside them), draws them as one hidden segment and says why; the local profile shows them", async ({
    expect
  }) => {
    const published = await open("q-school", "distributions", ".likert svg");
    await expect(published.page.locator(".likert svg").textContent()).resolves.toMatch(/已隐藏（< 3）/);
    const rows = expectCsv(
      (await download(published.page.locator(".likert .evalbook-export button").nth(2))).bytes,
      ["题目"]
    );
    // The hidden answers come as one row per item × wave (the light segment), the shown ones as 3 or more.
    const hidden = rows.slice(1).filter((r) => r[4] === "已隐藏（< 3）");
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((r) => r[3] === "")).toBe(true);
    expect(rows.slice(1).some((r) => r[4] !== "已隐藏（< 3）" && /^[12]$/.test(r[5]!))).toBe(false);
    // The rule is said once, under the page's title; the notes under figures say only what each one hides.
    await expect(published.page.locator(".publish-rule").innerText()).resolves.toMatch(/“< 3”/);
    await expect(published.page.getByText(/为保护参与者隐私/).count()).resolves.toBe(1);
    expect(published.log.errors).toEqual([]);
    await published.page.context().close();

    const local = await open("q-school", "distributions", ".likert svg", "local");
    const full = expectCsv(
      (await download(local.page.locator(".likert .evalbook-export button").nth(2))).bytes,
      ["题目"]
    );
    expect(full.slice(1).some((r) => /^[12]$/.test(r[5]!))).toBe(true);
    expect(full.flat()).not.toContain("< 3");
    await expect(notes(local.page).count()).resolves.toBe(0);
    await expect(local.page.locator("details.exclude-input").count()).resolves.toBe(1);
    await local.page.context().close();
  });

  it("numbers participants in the RCI chart and suppresses category counts; the local profile names them by pseudonym", async ({
    expect
  }) => {
    const published = await open("z-village", "change", ".counts-table table");
    const labels = await published.page
      .locator('.rci svg g[aria-label="y-axis tick label"] text')
      .allTextContents();
    expect(labels.length).toBeGreaterThan(6);
    expect(labels.every((l) => /^参与者 \d+/.test(l))).toBe(true);
    await expect(published.page.locator(".counts-table tbody").innerText()).resolves.toMatch(/< 3/);
    await expect(notes(published.page).count()).resolves.toBeGreaterThan(0);
    await published.page.context().close();

    const local = await open("z-village", "change", ".counts-table table", "local");
    const named = await local.page
      .locator('.rci svg g[aria-label="y-axis tick label"] text')
      .allTextContents();
    expect(named.every((l) => PSEUDONYM.test(l))).toBe(true);
    await expect(local.page.locator(".counts-table tbody").innerText()).resolves.not.toMatch(/< 3/);
    await local.page.context().close();
  });

  it("leaves out a group smaller than min_cell from the individual displays and hides its statistics, and says so", async ({
    expect
  }) => {
    // The demo groups have 7 (children) and 8 (parents) matched pairs: a min_cell of 8 makes the children's group small.
    const strict: Profile = {published: true, min_cell: 8, excerpts: true};
    const {page, log} = await open("z-village", "groups", ".between-table table", strict);
    // Only the parents' 8 lines are drawn (one group: no panel titles at all).
    await expect(page.locator('.slopes svg g[aria-label="link"] path').count()).resolves.toBe(8);
    await expect(page.locator(".slopes svg").textContent()).resolves.not.toMatch(/儿童组/);
    await expect(
      notes(page)
        .filter({hasText: /未显示个人数据：儿童组/})
        .count()
    ).resolves.toBeGreaterThan(0);
    await expect(cell(page, "paired-table", 0, 1)).resolves.toBe("儿童组");
    await expect(cell(page, "paired-table", 0, 2)).resolves.toBe("< 8");
    await expect(cell(page, "paired-table", 0, 3)).resolves.toBe("—");
    // The children's post-test mean rests on 7 people: three of the four means are drawn.
    await expect(page.locator('.means svg g[aria-label="dot"] circle').count()).resolves.toBe(3);
    await expect(page.locator(".between-table tbody").innerText()).resolves.toMatch(/< 8, —/);
    expect(log.errors).toEqual([]);
    await page.context().close();

    const local = await open("z-village", "groups", ".between-table table", "local");
    await expect(
      local.page.locator('.slopes svg g[aria-label="fx-axis tick label"] text').allTextContents()
    ).resolves.toEqual(["儿童组", "家长组"]);
    await expect(cell(local.page, "paired-table", 0, 3)).resolves.toMatch(/\d\.\d\d \(/);
    await local.page.context().close();
  });

  it("offers the notebook over the summary tables only, with a note; the local profile has every table", async ({
    expect
  }) => {
    const {page, log} = await open("q-school", "notebook", ".sql-result table");
    const tables = await page.locator("main p.muted code").allInnerTexts();
    expect(tables).toEqual([
      "items",
      "comparisons",
      "one_sample",
      "between_groups",
      "reliability",
      "item_reliability",
      "change_counts"
    ]);
    await expect(page.locator(".notebook-published").innerText()).resolves.toMatch(/只提供汇总结果表/);
    await page.locator(".sql-cell textarea").fill("SELECT participant FROM scores");
    await page.locator(".sql-run").click();
    await expect.poll(() => page.locator(".sql-error").innerText()).toMatch(/scores/);
    expect(log.errors).toEqual([]);
    await page.context().close();

    const local = await open("q-school", "notebook", ".sql-result table", "local");
    await expect(local.page.locator("main p.muted code").allInnerTexts()).resolves.toContain("scores");
    await expect(local.page.locator(".notebook-published").count()).resolves.toBe(0);
    await local.page.context().close();
  });

  it("shows interview excerpts only when the policy allows them", async ({expect}) => {
    const closed: Profile = {published: true, min_cell: 3, excerpts: false};
    const {page} = await open("q-school", "quotes", "#quote-table", closed);
    await expect(page.locator("#quote-table td.excerpt").count()).resolves.toBe(0);
    await expect(page.locator("#excerpts-hidden").count()).resolves.toBe(1);
    await page.context().close();
    const open_ = await open("q-school", "quotes", "#quote-table");
    await expect(open_.page.locator("#quote-table td.excerpt").count()).resolves.toBeGreaterThan(0);
    await open_.page.context().close();
  });

  it("draws a study that did not opt in to individual displays from its result tables only, and says so", async ({
    expect
  }) => {
    // What dist/ holds for such a study: study.json says its per-participant tables are empty.
    const {page, log} = await openPage(site.browser, {width: 1280, height: 900});
    await rewriteJson(page, "**/data/study.*.json", (study) => ({
      ...study,
      size: {...study.size, individuals: false}
    }));
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(request.url()));
    await page.goto(`${site.server.url}/studies/q-school/prepost.html`);
    await page.locator(".paired-table table").first().waitFor({timeout: 30_000});
    await expect(page.locator(".large-study-note").innerText()).resolves.toMatch(/只包含汇总结果/);
    await expect(page.locator("figure.slopes, figure.differences").count()).resolves.toBe(0);
    await expect(page.locator("details.exclude-input").count()).resolves.toBe(0);
    expect(fetched.filter((url) => /\/(scores|responses|change)\.[0-9a-f]+\.parquet/.test(url))).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
