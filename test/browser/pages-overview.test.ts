import {describe, expect, it} from "vitest";
import {cell, expectTableExports, openStudyPage, servedSite, STUDIES, switchToEnglish} from "./pages.js";

const site = servedSite();

describe("the overview page", () => {
  for (const study of STUDIES) {
    it(`${study}: n per group × wave, instruments with items and α, exclusions, links to every page`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "", {
        ready: ".instruments-table table"
      });
      const groups = study === "z-village" ? ["全体", "儿童组", "家长组"] : ["全体"];
      for (const [i, group] of groups.entries())
        await expect(cell(page, "design-table", i, 0)).resolves.toBe(group);
      // Matched pairs in the "all" row agree with the ingest report.
      const matched = await page.locator("#matched-pairs").innerText();
      await expect(cell(page, "design-table", 0, 3)).resolves.toBe(matched);
      await expect(cell(page, "instruments-table", 0, 5)).resolves.toMatch(/^-?\d*\.\d\d$/);
      await expect(page.locator("#exclusions tbody tr").count()).resolves.toBeGreaterThan(0);
      await expect(page.locator("nav.study-pages a").count()).resolves.toBe(6);

      await expectTableExports(page, "design-table", ["组别", "前测 n", "后测 n", "前后测配对"]);
      await expectTableExports(page, "instruments-table", [
        "量表",
        "分量表",
        "题目数",
        "计分范围",
        "理论中值",
        "α（前测）"
      ]);

      await switchToEnglish(page);
      await expect.poll(() => page.locator(".instruments-table th").first().innerText()).toBe("Instrument");

      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }
});
