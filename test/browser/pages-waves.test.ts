// The pages of studies that are not two-wave pre/post designs: `waves3` (three waves with drop-out, a sum-scored
// instrument and one without a midpoint) and `onewave` (a one-wave survey of 240 people in two groups).
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {cell, marks, openStudyPage, servedSite, switchToEnglish} from "./pages.js";

const site = servedSite();

const select = (page: Page, labelText: string) =>
  page.locator("form", {hasText: labelText}).locator("select");

/** The y-axis tick labels of a figure's chart. */
const yTicks = (page: Page, figure: string) =>
  page.locator(`.${figure} svg g[aria-label="y-axis tick label"] text`).allTextContents();

describe("a three-wave study with sum scores (waves3)", () => {
  it("pre/post: every declared pair of waves selectable, the trajectory over all waves, sum scores on 0–12", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "waves3", "prepost", {
      ready: ".paired-table table",
      profile: "local"
    });
    const pair = select(page, "比较的测量时点");
    await expect(pair.locator("option").allInnerTexts()).resolves.toEqual([
      "基线 → 12 个月",
      "基线 → 6 个月",
      "6 个月 → 12 个月"
    ]);
    const header = () => page.locator(".paired-table thead").innerText();
    await expect(header()).resolves.toMatch(/基线 M \(SD\)[\s\S]*12 个月 M \(SD\)/);
    // 14 people answered t0 and t2; 18 answered t0 and t1.
    await expect(cell(page, "paired-table", 0, 1)).resolves.toBe("14");
    await pair.selectOption({label: "基线 → 6 个月"});
    await expect.poll(header).toMatch(/基线 M \(SD\)[\s\S]*6 个月 M \(SD\)/);
    await expect.poll(() => cell(page, "paired-table", 0, 1)).toBe("18");
    await expect(marks(page, "slopes", "link", "path").count()).resolves.toBe(18);

    // Sum of 4 items on 0–3: every score chart runs 0–12, with the midpoint 4 × 1.5 = 6.
    for (const figure of ["slopes", "trajectory"]) {
      await expect(yTicks(page, figure)).resolves.toContain("12");
      await expect(page.locator(`.${figure} svg`).innerHTML()).resolves.toMatch(/0–12/);
    }
    await expect(page.locator(".trajectory svg").innerHTML()).resolves.toMatch(/理论中值[\s\S]*>6</);
    // Two groups × three waves of means; a line per participant (20, the drop-outs' shorter).
    await expect(marks(page, "trajectory", "dot", "circle").count()).resolves.toBe(6);
    await expect(
      page.locator('.trajectory svg g[aria-label="line"]').first().locator("path").count()
    ).resolves.toBe(20);
    // The means chart of two-wave studies gives way to the trajectory.
    await expect(page.locator("figure.means").count()).resolves.toBe(0);
    // Under it, the tests across all three waves on the people with a score at each.
    await expect(page.locator(".omnibus-table thead").innerText()).resolves.toMatch(/Friedman[\s\S]*ε/);
    await expect(page.locator(".omnibus-table tbody tr").count()).resolves.toBeGreaterThan(0);

    // The instrument without a midpoint still gets its means, and a line on why there is no one-sample test.
    await select(page, "分量表").selectOption({label: "幸福感 · 幸福感"});
    await expect.poll(() => page.locator(".trajectory svg").innerHTML()).toMatch(/1–5/);
    await expect(marks(page, "trajectory", "dot", "circle").count()).resolves.toBe(6);
    await expect.poll(() => page.locator("p", {hasText: "没有为该量表声明理论中值"}).count()).toBe(1);

    await switchToEnglish(page);
    // The control is made anew in English and keeps the chosen pair.
    const english = select(page, "Waves compared");
    await expect
      .poll(() => english.locator("option").allTextContents())
      .toEqual(["Baseline → Month 12", "Baseline → Month 6", "Month 6 → Month 12"]);
    await expect(english.inputValue()).resolves.toBe("1");
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("pre/post, published: participants' lines only where a group has min_cell people, no pseudonyms", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "waves3", "prepost", {
      ready: ".trajectory svg"
    });
    await expect(
      page.locator('.trajectory svg g[aria-label="line"]').first().locator("path").count()
    ).resolves.toBe(20);
    await expect(page.locator(".trajectory svg").innerHTML()).resolves.not.toMatch(/W\d\d/);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("change: the RCI of the chosen pair of waves, counted apart per pair", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "waves3", "change", {
      ready: ".counts-table table",
      profile: "local"
    });
    const title = () => page.locator(".rci svg").first().innerHTML();
    await expect(title()).resolves.toMatch(/12 个月 − 基线/);
    // Per group: 7 people have t0 and t2, 9 have t0 and t1.
    await expect(cell(page, "counts-table", 0, 2)).resolves.toBe("7");
    await select(page, "比较的测量时点").selectOption({label: "基线 → 6 个月"});
    await expect.poll(title).toMatch(/6 个月 − 基线/);
    await expect.poll(() => cell(page, "counts-table", 0, 2)).toBe("9");
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("overview: one count of matched pairs, the same in the table and below it, with its definition", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "waves3", "", {
      ready: "#matched-pairs"
    });
    const matched = await page.locator("#matched-pairs").innerText();
    expect(matched).toBe("14");
    await expect(cell(page, "design-table", 0, 4)).resolves.toBe(matched);
    await expect(page.locator("p.muted", {hasText: "每个测量时点都有量表得分"}).count()).resolves.toBe(1);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

describe("a one-wave study (onewave)", () => {
  for (const path of ["prepost", "change"]) {
    it(`${path}: one line on why the page does not apply, and nothing else`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, "onewave", path, {
        ready: ".not-applicable",
        profile: "local"
      });
      await expect(page.locator(".not-applicable").innerText()).resolves.toMatch(/只有一个测量时点/);
      await page.waitForLoadState("networkidle");
      await expect(page.locator("main h2, main figure, main table, main select").count()).resolves.toBe(0);
      expect(log.errors).toEqual([]);
      await page.context().close();
    });
  }

  it("distributions: the means against the midpoint, per group, with n of 240 written out", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "onewave", "distributions", {
      ready: ".one-sample-table table",
      profile: "local"
    });
    await expect(marks(page, "means", "dot", "circle").count()).resolves.toBe(2);
    // Two subscales and the total, in each of the two groups.
    await expect(page.locator(".one-sample-table tbody tr").count()).resolves.toBe(6);
    // The Likert chart's right margin fits "n = 240": the label ends inside the SVG.
    const svg = page.locator(".likert svg").first();
    const width = Number(await svg.getAttribute("width"));
    const label = svg.locator("text", {hasText: "n = 240"}).first();
    const box = (await label.boundingBox())!;
    const frame = (await svg.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + width);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("groups: compared at the one wave, no paired sections; overview and reliability without pre/post wording", async () => {
    const groups = await openStudyPage(site.browser, site.server, "onewave", "groups", {
      ready: ".between-table table",
      profile: "local"
    });
    await expect(groups.page.locator(".paired-table, figure.slopes").count()).resolves.toBe(0);
    await expect(marks(groups.page, "means", "dot", "circle").count()).resolves.toBe(2);
    expect(groups.log.errors).toEqual([]);
    await groups.page.context().close();

    const overview = await openStudyPage(site.browser, site.server, "onewave", "", {
      ready: ".design-table table"
    });
    await expect(overview.page.locator("#matched-pairs").count()).resolves.toBe(0);
    await expect(overview.page.locator(".design-table thead").innerText()).resolves.not.toMatch(/配对/);
    expect(overview.log.errors).toEqual([]);
    await overview.page.context().close();

    const reliability = await openStudyPage(site.browser, site.server, "onewave", "reliability", {
      ready: ".alpha-table table"
    });
    await expect(reliability.page.locator("main").innerText()).resolves.not.toMatch(/小样本/);
    await switchToEnglish(reliability.page);
    await expect
      .poll(() => reliability.page.locator("main").innerText())
      .toMatch(/items did not hang together in this sample/);
    expect(reliability.log.errors).toEqual([]);
    await reliability.page.context().close();
  });
});
