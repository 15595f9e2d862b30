import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {fixtures} from "../../fixtures/qual/make-fixtures.js";

describe("make-fixtures.ts", () => {
  it("reproduces the committed coded fixtures byte for byte", () => {
    for (const [path, bytes] of fixtures()) {
      const committed = readFileSync(new URL(`../../fixtures/qual/${path}`, import.meta.url));
      expect(Buffer.compare(committed, Buffer.from(bytes)), path).toBe(0);
    }
  });
});
