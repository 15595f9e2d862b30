import {describe, expect, it} from "vitest";
import {
  cell,
  excludeParticipant,
  expectTableExports,
  openStudyPage,
  servedSite,
  STUDIES,
  switchToEnglish
} from "./pages.js";

const site = servedSite();

describe("the reliability page, local profile", () => {
  for (const study of STUDIES) {
    it(`${study}: α [CI] per subscale and wave, item analysis, a filter, the language switch and exports`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "reliability", {
        ready: ".item-table table",
        profile: "local"
      });
      const alpha = await cell(page, "alpha-table", 0, 4);
      expect(alpha).toMatch(/^-?\d*\.\d\d \[-?\d*\.\d\d, -?\d*\.\d\d\]$/);
      await expect(page.locator(".item-table tbody tr").count()).resolves.toBeGreaterThanOrEqual(2);
      await expect(cell(page, "item-table", 0, 3)).resolves.toMatch(/^-?\.\d\d$/);

      await expectTableExports(page, "alpha-table", ["分量表", "测量时点", "n", "题目数 k", "α [95% CI]"]);
      await expectTableExports(page, "item-table", ["题目", "题目内容", "反向计分", "前测 校正题总相关"]);

      const n = await cell(page, "alpha-table", 0, 2);
      const who = (await page.locator("details.exclude-input label").first().textContent())!.trim();
      await excludeParticipant(page, who);
      await expect.poll(() => cell(page, "alpha-table", 0, 2)).toBe(String(Number(n) - 1));
      await expect.poll(() => cell(page, "alpha-table", 0, 4)).not.toBe(alpha);

      await switchToEnglish(page);
      await expect.poll(() => page.locator(".item-table th").nth(1).innerText()).toBe("Item wording");

      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }
});
