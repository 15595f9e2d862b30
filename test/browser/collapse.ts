// Redraws a page's charts through a collapsed main column and back, as a page measured mid-layout does (a full-page
// screenshot at phone width once handed the charts 0 px): any mark drawn with a negative size logs a console error.
import type {Page} from "playwright-core";
import type {ExpectStatic} from "vitest";

/**
 * Waits until the page has rendered (no request in flight, no cell pending), then sets the main column to 0 px and
 * back, each time waiting until every chart that follows the column has been drawn again for the new width. `expect`:
 * the running test's (tests run side by side).
 */
export async function collapseAndRestore(page: Page, expect: ExpectStatic): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector("observablehq-loading")); // Framework's pending cells
  const count = await page.evaluate(columnCharts, {markStale: true, width: "0px"});
  // At 0 px Framework's resize() removes its charts; the others are drawn again, at the charts' narrowest.
  await page.waitForFunction(() => !document.querySelector("svg[data-stale]"));
  await page.evaluate(columnCharts, {width: ""});
  await expect.poll(() => page.evaluate(columnCharts, {})).toBe(count);
}

/**
 * Run in the page: counts the Plot charts (class "plot-…") as wide as the main column, i.e. those that follow its
 * width (at phone width the column caps every one of them; the report's fixed-width charts do not follow it).
 * Marks them stale if asked, then sets the column's width if given ("" for the stylesheet's).
 */
function columnCharts({markStale = false, width}: {markStale?: boolean; width?: string}): number {
  const main = document.querySelector<HTMLElement>("#observablehq-main")!;
  const style = getComputedStyle(main);
  const column = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const charts = [...document.querySelectorAll<SVGElement>('svg[class^="plot-"]')].filter(
    (svg) => Math.abs(Number(svg.getAttribute("width")) - column) < 1
  );
  if (markStale) for (const svg of charts) svg.dataset.stale = "";
  if (width !== undefined) main.style.width = width;
  return charts.length;
}
