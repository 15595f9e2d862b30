// The published build's Framework root links src/'s entries but keeps a cache of its own (dev never sees it).
import {existsSync} from "node:fs";
import {lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {mirrorSource} from "../../loaders/build-root.js";

describe("mirrorSource(root, source)", () => {
  it("links every entry of the source but Framework's cache, and drops entries the source lost", async () => {
    const dir = await mkdtemp(join(tmpdir(), "evalbook-root-"));
    const source = join(dir, "src");
    await mkdir(join(source, "components"), {recursive: true});
    await mkdir(join(source, ".observablehq", "cache"), {recursive: true});
    await writeFile(join(source, "index.md"), "# home\n");
    await writeFile(join(source, "old.md"), "# old\n");
    const root = join(dir, "build", "src");
    await mirrorSource(root, source);
    await mkdir(join(root, ".observablehq", "cache"), {recursive: true});
    await writeFile(join(root, ".observablehq", "cache", "publish.json"), "{}");
    expect((await readdir(root)).sort()).toEqual([".observablehq", "components", "index.md", "old.md"]);
    expect((await lstat(join(root, "components"))).isSymbolicLink()).toBe(true);
    await expect(readFile(join(root, "index.md"), "utf8")).resolves.toBe("# home\n");

    await rm(join(source, "old.md"));
    await mirrorSource(root, source);
    expect((await readdir(root)).sort()).toEqual([".observablehq", "components", "index.md"]);
    // The build's cache stays its own; the source's (npm run dev's) is untouched.
    expect(existsSync(join(root, ".observablehq", "cache", "publish.json"))).toBe(true);
    expect(await readdir(join(source, ".observablehq", "cache"))).toEqual([]);
  });
});
