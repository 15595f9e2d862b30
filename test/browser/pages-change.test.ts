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

describe("the individual change page, local profile", () => {
  // q-school's first subscale has a negative α, so it has no RCI categories (see the test below).
  for (const study of STUDIES.filter((s) => s !== "q-school")) {
    it(`${study}: RCI per participant, counts per category, a filter, the language switch and exports`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "change", {
        ready: ".counts-table table",
        profile: "local"
      });
      const dots = marks(page, "rci", "dot", "circle");
      const before = await dots.count();
      expect(before).toBeGreaterThanOrEqual(6);
      // The counts of the three categories add up to n.
      const at = study === "z-village" ? 2 : 1; // a group column comes first in a study with groups
      const [n, improved, unchanged, deteriorated] = await Promise.all(
        [0, 1, 2, 3].map((i) => cell(page, "counts-table", 0, at + i).then(Number))
      );
      expect(improved + unchanged + deteriorated).toBe(n);
      await expect(page.locator(".rci svg").textContent()).resolves.toMatch(/改善 \(\d+\)/);

      const rci = await expectChartExports(page, "rci", [
        "参与者",
        "组别",
        "前测",
        "后测",
        "差值",
        "SEdiff",
        "RCI"
      ]);
      await expectTableExports(page, "counts-table", ["分量表"]);

      await excludeParticipant(page, rci[1][0]);
      await expect.poll(() => dots.count()).toBe(before - 1);
      await expect.poll(() => cell(page, "counts-table", 0, at)).not.toBe(String(n));

      await switchToEnglish(page);
      await expect.poll(() => page.locator(".counts-table th").first().innerText()).toBe("Subscale");
      await expect(page.locator(".rci svg").textContent()).resolves.toMatch(/Improved \(\d+\)/);

      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }
});
