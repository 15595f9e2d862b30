import {describe, expect, it} from "vitest";
import {
  cell,
  excludeParticipant,
  expectChartExports,
  expectTableExports,
  marks,
  openStudyPage,
  servedSite,
  STUDIES,
  switchToEnglish
} from "./pages.js";

const site = servedSite();

describe("the pre/post page, local profile", () => {
  for (const study of STUDIES) {
    it(`${study}: charts, tables, notes, a filter, the language switch and every export`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "prepost", {
        ready: ".paired-table table",
        profile: "local"
      });
      const lines = marks(page, "slopes", "link", "path");
      const pairs = await lines.count();
      expect(pairs).toBeGreaterThanOrEqual(6);
      await expect(marks(page, "means", "dot", "circle").count()).resolves.toBe(2);
      await expect(marks(page, "differences", "dot", "circle").count()).resolves.toBe(pairs);
      await expect(page.locator(".results-sentence p").first().innerText()).resolves.toMatch(
        /t\(\d+\) = .*d_z = /
      );
      await expect(page.locator(".one-sample-table tbody tr").count()).resolves.toBeGreaterThan(1);
      await expect(page.locator("ul.guardrails li").count()).resolves.toBeGreaterThan(0);

      // Exports, in the study's language (Chinese).
      await expectChartExports(page, "slopes", ["参与者", "组别", "前测", "后测"]);
      await expectChartExports(page, "differences", ["参与者", "组别", "前测", "后测", "后测 − 前测"]);
      const means = await expectChartExports(page, "means", ["测量时点", "组别", "n"]);
      // Exports name waves and groups as the page does, never by id ("all", "pre").
      expect(means.slice(1).map((row) => row.slice(0, 2))).toEqual([
        ["前测", "全体"],
        ["后测", "全体"]
      ]);
      // Chromium refuses an eleventh quick download from one page (the flake of this test on main when the PNGs are
      // fast): the tables export from a fresh load.
      await page.reload();
      await page.locator(".paired-table table").waitFor();
      await expectTableExports(page, "paired-table", ["分量表", "n", "前测 M (SD)", "后测 M (SD)"]);
      await expectTableExports(page, "one-sample-table", ["分量表", "测量时点", "n", "M (SD)", "理论中值"]);

      // Leaving out one participant recomputes the charts and the statistics in the browser.
      const n = await cell(page, "paired-table", 0, 1);
      // The last text mark of the differences chart names the participants.
      const who = await page
        .locator('.differences svg g[aria-label="text"]')
        .last()
        .locator("text")
        .first()
        .textContent();
      await excludeParticipant(page, who!);
      await expect.poll(() => lines.count()).toBe(pairs - 1);
      await expect.poll(() => cell(page, "paired-table", 0, 1)).toBe(String(Number(n) - 1));
      await expect(page.locator(".recomputed-note").count()).resolves.toBe(1);

      await switchToEnglish(page);
      await expect.poll(() => page.locator("h2").first().innerText()).not.toMatch(/[\u4e00-\u9fff]/);
      await expect.poll(() => page.locator(".paired-table th").first().innerText()).toBe("Subscale");
      await expect(page.locator(".results-sentence p").first().innerText()).resolves.toMatch(/paired t test/);
      // The exclusion survives the language switch.
      await expect(cell(page, "paired-table", 0, 1)).resolves.toBe(String(Number(n) - 1));

      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }

  it("z-village: choosing a group shows that group's statistics", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "z-village", "prepost", {
      ready: ".paired-table table",
      profile: "local"
    });
    const pooled = await cell(page, "paired-table", 0, 1);
    const lines = await marks(page, "slopes", "link", "path").count();
    await page.locator("label", {hasText: "儿童组"}).first().click();
    await expect.poll(() => cell(page, "paired-table", 0, 1)).not.toBe(pooled);
    await expect.poll(() => marks(page, "slopes", "link", "path").count()).toBeLessThan(lines);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
