// Registers one SVG snapshot test per named chart function, compared with test/output/<name>.svg (Plot's habit).
import {fileURLToPath} from "node:url";
import {expect, it} from "vitest";
import {pretty} from "../dom.js";

export function snapshotTests(charts: Record<string, () => Element>): void {
  for (const [name, chart] of Object.entries(charts)) {
    it(name, async () => {
      const svg = chart();
      // A snapshot records whatever is drawn; a browser rejects negative sizes, so they fail here first.
      expect(invalidSizes(svg)).toEqual([]);
      const file = fileURLToPath(new URL(`../../output/${name}.svg`, import.meta.url));
      await expect(pretty(svg) + "\n").toMatchFileSnapshot(file);
    });
  }
}

/** The elements with a negative width or height, as markup. */
function invalidSizes(svg: Element): string[] {
  return [...svg.querySelectorAll("[width], [height]")]
    .filter((e) => ["width", "height"].some((a) => Number(e.getAttribute(a)) < 0))
    .map((e) => e.outerHTML);
}
