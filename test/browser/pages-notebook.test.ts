import {describe, expect, it} from "vitest";
import {
  download,
  expectCsv,
  expectPng,
  expectSvg,
  openStudyPage,
  servedSite,
  STUDIES,
  switchToEnglish
} from "./pages.js";

const site = servedSite();

describe("the SQL notebook, local profile", () => {
  for (const study of STUDIES) {
    it(`${study}: runs the first example in DuckDB-WASM, fills the cell from examples, shows SQL errors, exports`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "notebook", {
        ready: ".sql-result table",
        profile: "local"
      });
      const count = page.locator(".sql-count");
      await expect(count.innerText()).resolves.toMatch(/\d+ 行/);
      // The first example reads scores: no other table was fetched for it.
      const parquet = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .map((e) => new URL(e.name).pathname.split("/").pop()!)
            .filter((name) => name.endsWith(".parquet"))
            .map((name) => name.split(".")[0])
        );
      await expect(parquet()).resolves.toEqual(["scores"]);
      await expect(page.locator(".sql-cell .chart svg").count()).resolves.toBe(1);
      // Numbers as the query made them: counts as integers, rounded means with their two decimals on every row.
      await expect(page.locator(".sql-result td:nth-child(4)").first().innerText()).resolves.toMatch(/^\d+$/);
      const means = await page.locator(".sql-result td:nth-child(5)").allInnerTexts();
      expect(means.every((m) => /^\d\.\d\d$/.test(m))).toBe(true);
      // The quick chart plots the mean, not n, and the reader can pick the axes.
      await expect(page.locator(".sql-axis-y select").inputValue()).resolves.toBe("mean");
      await page.locator(".sql-axis-y select").selectOption("n");
      await expect.poll(() => page.locator(".sql-cell .chart svg").textContent()).toMatch(/↑ n/);

      // An example button fills the cell and runs it.
      await page.locator(".sql-example").nth(2).click();
      await expect.poll(() => page.locator(".sql-cell textarea").inputValue()).toMatch(/FROM change/);
      await expect.poll(() => page.locator(".sql-result th").first().innerText()).toBe("participant");
      await expect(parquet()).resolves.toEqual(["scores", "change"]);

      // A query of one's own, with a Chinese label and a value that looks like a formula.
      await page
        .locator(".sql-cell textarea")
        .fill(
          "SELECT '学习' || subscale AS 分量表, '=1+1' AS formula, avg(score) AS mean FROM scores GROUP BY subscale ORDER BY 1"
        );
      await page.locator(".sql-run").click();
      await expect.poll(() => page.locator(".sql-result th").first().innerText()).toBe("分量表");
      const csv = await download(page.locator(".sql-result .evalbook-export button").nth(1));
      const rows = expectCsv(csv.bytes, ["分量表", "formula", "mean"]);
      expect(rows[1][1]).toBe("'=1+1");
      const chart = page.locator(".sql-cell .chart");
      const svg = await download(chart.locator(".evalbook-export button").nth(0));
      expectSvg(svg.bytes);
      const png = await download(chart.locator(".evalbook-export button").nth(1));
      expectPng(png.bytes, Number(await chart.locator("svg").getAttribute("width")));

      // A broken query is a message, not a crash.
      await page.locator(".sql-cell textarea").fill("SELECT nonsense FROM nowhere");
      await page.locator(".sql-run").click();
      await expect.poll(() => page.locator(".sql-error").innerText()).toMatch(/SQL 错误.*nowhere/s);
      // DuckDB's "LINE 1: … ^" pointer is shown once.
      await expect(page.locator(".sql-error").innerText()).resolves.not.toMatch(/LINE 1:[^]*LINE 1:/);

      await switchToEnglish(page);
      await expect.poll(() => page.locator(".sql-run").innerText()).toMatch(/^Run/);
      // The query survives the language switch.
      await expect(page.locator(".sql-cell textarea").inputValue()).resolves.toBe(
        "SELECT nonsense FROM nowhere"
      );

      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    });
  }
});
