import {describe, expect, it} from "vitest";
import {
  excludeParticipant,
  expectChartExports,
  marks,
  openStudyPage,
  servedSite,
  STUDIES,
  switchToEnglish
} from "./pages.js";

const site = servedSite();

describe("the distributions page, local profile", () => {
  for (const study of STUDIES) {
    it(`${study}: Likert bars and score strips, a filter, the language switch and exports`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "distributions", {
        ready: ".likert svg",
        profile: "local"
      });
      // Two waves per item, each a stack of answer categories.
      await expect(marks(page, "likert", "bar", "rect").count()).resolves.toBeGreaterThanOrEqual(8);
      const dots = marks(page, "strip", "dot", "circle");
      const before = await dots.count();
      expect(before).toBeGreaterThanOrEqual(12);
      const means = page.locator('.strip svg g[aria-label="text"]').last();
      const stats = await means.textContent();
      expect(stats).toMatch(/M = \d\.\d\dn = \d+/);

      const scores = await expectChartExports(page, "strip", ["参与者", "组别", "测量时点"]);
      const counts = await expectChartExports(page, "likert", [
        "题目",
        "题目内容",
        "测量时点",
        "选项",
        "选项文字",
        "人数"
      ]);
      expect(counts.flat().join("")).toMatch(/[\u4e00-\u9fff]/);

      await excludeParticipant(page, scores[1][0]);
      await expect.poll(() => dots.count()).toBeLessThan(before);
      await expect.poll(() => means.textContent()).not.toBe(stats);

      await switchToEnglish(page);
      await expect.poll(() => page.locator("h2").first().innerText()).not.toMatch(/[\u4e00-\u9fff]/);
      await expect(page.locator(".likert svg").first().textContent()).resolves.toMatch(/Percent/);

      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }
});
