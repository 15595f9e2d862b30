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
      // The pages that apply to the design, in reading order, and the glossary: no Groups page for one group.
      const links = await page
        .locator("nav.study-pages a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      const expected = {
        "p-street": [
          "prepost",
          "change",
          "distributions",
          "reliability",
          "themes",
          "quotes",
          "joint",
          "report",
          "notebook"
        ],
        "q-school": [
          "prepost",
          "change",
          "distributions",
          "reliability",
          "themes",
          "quotes",
          "joint",
          "report",
          "notebook"
        ],
        "z-village": [
          "prepost",
          "change",
          "groups",
          "distributions",
          "reliability",
          "themes",
          "quotes",
          "joint",
          "report",
          "notebook"
        ]
      }[study];
      expect(links).toEqual([...expected.map((p) => `./${p}.html`), "../../glossary.html"]);
      // The pager stays inside the study: the overview opens it, so there is a next page and no previous one.
      const pager = await page
        .locator("#observablehq-footer nav a")
        .evaluateAll((as) => as.map((a) => `${a.getAttribute("rel")} ${a.getAttribute("href")}`));
      expect(pager).toEqual(["next ./prepost.html"]);

      // The summary: a card per scored part with the headline in words, effect size with its CI, p and n.
      const cards = page.locator(".summary-card");
      await expect(cards.count()).resolves.toBeGreaterThanOrEqual(2);
      await expect(cards.first().locator(".headline").first().innerText()).resolves.toMatch(
        /分（\d–\d+ 分量表）：变化幅度/
      );
      await expect(cards.first().locator(".headline-stats").first().innerText()).resolves.toMatch(
        /^效应量 d_z = -?\d\.\d\d（95% 置信区间 \[-?\d\.\d\d, -?\d\.\d\d\]），p [=<] \.\d{3}，n = \d+/
      );
      await expect(cards.first().getAttribute("href")).resolves.toBe("./prepost.html");
      // Exclusion reasons in the page's language.
      await expect(page.locator("#exclusions tbody").innerText()).resolves.not.toMatch(
        /duplicate submission/
      );
      // What the interview coding's ingest read past is listed with the questionnaires' warnings; the published
      // report quotes no raw id.
      const warnings = {
        "p-street": ["文件 3：1 个高亮没有标签，未计入"],
        "q-school": [],
        "z-village": [
          "文件 3：参与者编号［5 个字符的文本］没有对应的问卷，联合展示中不会显示其得分；请对照问卷核对编号"
        ]
      }[study];
      await expect(page.locator("#ingest-warnings li").allInnerTexts()).resolves.toEqual(warnings);

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
      await expect(page.locator(".summary-card .headline").first().innerText()).resolves.toMatch(
        /^▲? ?(.*: )?The average (rose|fell) by \d\.\d\d points/
      );

      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }
});
