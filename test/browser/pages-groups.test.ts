import {describe, expect, it} from "vitest";
import {
  cell,
  excludeParticipant,
  expectChartExports,
  expectTableExports,
  marks,
  openStudyPage,
  servedSite,
  switchToEnglish
} from "./pages.js";

const site = servedSite();

describe("the groups page, local profile", () => {
  for (const study of ["p-street", "q-school"]) {
    it(`${study}: says plainly that the study has one group`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "groups", {
        ready: ".one-group",
        profile: "local"
      });
      await expect(page.locator(".one-group").innerText()).resolves.toMatch(/只有一个小组/);
      await expect(page.locator(".evalbook-figure").count()).resolves.toBe(0);
      await switchToEnglish(page);
      await expect.poll(() => page.locator(".one-group").innerText()).toMatch(/one group/);
      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }

  it("z-village: both groups side by side, between-group tests, a filter, the language switch and exports", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "z-village", "groups", {
      ready: ".between-table table",
      profile: "local"
    });
    // One panel per group in the slopegraph, two groups × two waves in the means.
    const panels = page.locator('.slopes svg g[aria-label="fx-axis tick label"] text');
    await expect(panels.allTextContents()).resolves.toEqual(["儿童组", "家长组"]);
    const lines = marks(page, "slopes", "link", "path");
    const before = await lines.count();
    await expect(marks(page, "means", "dot", "circle").count()).resolves.toBe(4);
    await expect(cell(page, "paired-table", 0, 1)).resolves.toBe("儿童组");
    await expect(cell(page, "between-table", 2, 1)).resolves.toMatch(/变化量/);

    const pairs = await expectChartExports(page, "slopes", ["参与者", "组别", "前测", "后测"]);
    await expectChartExports(page, "means", ["组别", "测量时点", "n"]);
    await expectTableExports(page, "paired-table", ["分量表", "组别", "n"]);
    await expectTableExports(page, "between-table", [
      "分量表",
      "比较内容",
      "儿童组 n, M (SD)",
      "家长组 n, M (SD)"
    ]);

    const between = () => page.locator(".between-table tbody").innerText();
    const tests = await between();
    await excludeParticipant(page, pairs[1][0]);
    await expect.poll(() => lines.count()).toBe(before - 1);
    await expect.poll(between).not.toBe(tests);

    await switchToEnglish(page);
    await expect.poll(() => cell(page, "paired-table", 0, 1)).toBe("Children's group");

    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.context().close();
  });
});
