// Chart text a reader cannot see whole: an axis label, title or legend entry reaching past the edge of its chart's SVG
// (an SVG clips what lies outside it). Phone widths squeeze margins, so the page crawl looks at 390 px.
import type {Page} from "playwright-core";

/** The text of each chart label that extends more than a pixel past its chart's SVG, with the side it crosses. */
export function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const svg of document.querySelectorAll("main figure svg:not(svg svg)")) {
      const box = svg.getBoundingClientRect();
      if (!box.width || !box.height) continue;
      for (const text of svg.querySelectorAll("text")) {
        const r = text.getBoundingClientRect();
        if (!r.width) continue;
        const sides = [
          r.left < box.left - 1 && "left",
          r.right > box.right + 1 && "right",
          r.top < box.top - 1 && "top",
          r.bottom > box.bottom + 1 && "bottom"
        ].filter(Boolean);
        if (sides.length) clipped.push(`${text.textContent} (${sides.join(", ")})`);
      }
    }
    return clipped;
  });
}
