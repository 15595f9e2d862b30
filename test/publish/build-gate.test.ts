// The build gate end to end: personal data that only a page adds (the ingest cannot know) stops `npm run build`.
import {existsSync} from "node:fs";
import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {buildScratch, scratchProject} from "./scratch-project.js";

describe("npm run build on a site that would publish personal data", () => {
  it(
    "fails with one line per value found, names none in full, and deletes dist/",
    {timeout: 480_000}, // a build of a scratch site: 2–4 min cold on a busy 2-core machine
    async () => {
      const root = await scratchProject({"q-school": "data/studies/q-school"}, {warm: true});
      // A page written by hand that quotes a child's name, a parent's phone and an e-mail, and a module with a raw id.
      await writeFile(
        join(root, "src", "contact.md"),
        '# 联系\n\n如需了解小明的情况，请致电 138-2024-7919 或写信给 parent.li@example.com。\n\n```js\nimport {TOKEN} from "./components/token.js";\ndisplay(TOKEN);\n```\n'
      );
      await mkdir(join(root, "src", "components"), {recursive: true});
      await writeFile(join(root, "src", "components", "token.js"), 'export const TOKEN = "学号 20210302";\n');
      const {status, stderr} = buildScratch(root);
      expect(status).toBe(1);
      const lines = stderr.split("\n");
      const headline = lines.find((line) => line.startsWith("✗ dist/: "));
      expect(headline).toMatch(
        /^✗ dist\/: the built site holds personal data, so it was deleted \(4 found\)\. Fix: /
      );
      const listed = lines.filter((line) => line.startsWith("  - ")).join("\n");
      expect(listed).toMatch(
        /- _import\/components\/token\.\w+\.js, byte \d+: a value from a personal-data or participant-id column in ".*TOKEN = "学号 202\*{3}02"/
      );
      expect(listed).toMatch(
        /- contact\.html, line \d+: a value from a personal-data or participant-id column in "<p>如需了解小\*的情况/
      );
      expect(listed).toMatch(/- contact\.html, line \d+: a Chinese mobile number in ".*138\*{8}19 或/);
      expect(listed).toMatch(/- contact\.html, line \d+: an e-mail address in ".*par\*{16}om。/);
      for (const value of ["小明", "138-2024-7919", "parent.li@example.com", "20210302"])
        expect(stderr).not.toContain(value);
      expect(existsSync(join(root, "dist"))).toBe(false);
    }
  );
});
