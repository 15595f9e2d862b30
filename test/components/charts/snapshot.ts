// Registers one SVG snapshot test per named chart function, compared with test/output/<name>.svg (Plot's habit).
import {fileURLToPath} from "node:url";
import {expect, it} from "vitest";
import {pretty} from "../dom.js";

export function snapshotTests(charts: Record<string, () => Element>): void {
  for (const [name, chart] of Object.entries(charts)) {
    it(name, async () => {
      const file = fileURLToPath(new URL(`../../output/${name}.svg`, import.meta.url));
      await expect(pretty(chart()) + "\n").toMatchFileSnapshot(file);
    });
  }
}
