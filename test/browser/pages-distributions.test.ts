import {describe, it} from "vitest";
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

/** A participant with a row in every wave of the strip's export (header row first, participant in column 0). */
function scoredInEveryWave(rows: string[][]): string {
  const waves = new Set(rows.slice(1).map((r) => r[2])).size;
  const count = new Map<string, number>();
  for (const [participant] of rows.slice(1)) count.set(participant, (count.get(participant) ?? 0) + 1);
  const found = [...count].find(([, n]) => n === waves);
  if (!found) throw new Error("no participant is scored in every wave");
  return found[0];
}

// The studies side by side, a few at a time (the browser project's maxConcurrency), each in a context of its own.
describe.concurrent("the distributions page, local profile", () => {
  for (const study of STUDIES) {
    it(
      `${study}: Likert bars and score strips, a filter, the language switch and exports`,
      {timeout: 300_000},
      async ({expect}) => {
        const {page, log} = await openStudyPage(site.browser, site.server, study, "distributions", {
          ready: ".likert svg",
          profile: "local"
        });
        // Two waves per item, each a stack of answer categories.
        await expect(marks(page, "likert", "bar", "rect").count()).resolves.toBeGreaterThanOrEqual(8);
        const dots = marks(page, "strip", "dot", "circle");
        const before = await dots.count();
        expect(before).toBeGreaterThanOrEqual(12);
        // The mean labels of the strip whose data is exported below (the first): one per group × wave panel.
        const means = page.locator(".strip").first().locator('svg g[aria-label="text"]');
        const stats = (await means.allTextContents()).join(" | ");
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

        // Pseudonyms (and so the export's order) change with each ingest's key: leave out someone scored in every
        // wave, so that the panels of their group change whoever comes first (z-village has two groups).
        await excludeParticipant(page, scoredInEveryWave(scores));
        await expect.poll(() => dots.count()).toBeLessThan(before);
        await expect.poll(async () => (await means.allTextContents()).join(" | ")).not.toBe(stats);

        await switchToEnglish(page);
        await expect.poll(() => page.locator("h2").first().innerText()).not.toMatch(/[\u4e00-\u9fff]/);
        await expect(page.locator(".likert svg").first().textContent()).resolves.toMatch(/Percent/);

        expect(log.errors).toEqual([]);
        expect(log.external).toEqual([]);
        await page.context().close();
      }
    );
  }
});
