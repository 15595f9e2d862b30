// The built site must not reference another host for code, styles, fonts or data: users are offline or behind firewalls.
import {readdir, readFile} from "node:fs/promises";
import {extname, join} from "node:path";
import {describe, expect, it} from "vitest";

const EXTERNAL = String.raw`(?:https?:)?//(?!127\.0\.0\.1|localhost)[a-z0-9.-]+\.[a-z]{2,}`;

/** Patterns that load something from a URL, per file type; plain `<a href>` links are prose and allowed. */
const LOADS: Record<string, RegExp[]> = {
  ".html": [
    new RegExp(
      String.raw`<(?:script|img|iframe|source|embed|audio|video|track)\b[^>]*\bsrc\s*=\s*["']?${EXTERNAL}`,
      "gi"
    ),
    new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*["']?${EXTERNAL}`, "gi"),
    new RegExp(String.raw`<object\b[^>]*\bdata\s*=\s*["']?${EXTERNAL}`, "gi"),
    new RegExp(String.raw`\bimport\s*(?:\(\s*)?["']${EXTERNAL}`, "gi"),
    new RegExp(String.raw`url\(\s*["']?${EXTERNAL}`, "gi")
  ],
  ".css": [
    new RegExp(String.raw`url\(\s*["']?${EXTERNAL}`, "gi"),
    new RegExp(String.raw`@import\s+(?:url\()?["']?${EXTERNAL}`, "gi")
  ],
  ".js": [
    new RegExp(String.raw`\b(?:import|from)\s*\(?\s*["']${EXTERNAL}`, "gi"),
    new RegExp(String.raw`\bimportScripts\s*\(\s*["']${EXTERNAL}`, "gi"),
    new RegExp(String.raw`\bfetch\s*\(\s*["']${EXTERNAL}`, "gi"),
    new RegExp(String.raw`\bnew\s+(?:Worker|SharedWorker|EventSource|WebSocket)\s*\(\s*["']${EXTERNAL}`, "gi")
  ]
};

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export async function externalReferences(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await files(dir)) {
    const patterns = LOADS[extname(file)];
    if (!patterns) continue;
    const text = await readFile(file, "utf8");
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) found.push(`${file}: ${match[0].slice(0, 120)}`);
    }
  }
  return found;
}

describe("the built site in dist/", () => {
  it("references no other host for code, styles, fonts or data", async () => {
    expect(await externalReferences("dist")).toEqual([]);
  });

  it("the check itself catches the usual offenders", async () => {
    const {mkdtemp, writeFile} = await import("node:fs/promises");
    const {tmpdir} = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "evalbook-ext-"));
    await writeFile(
      join(dir, "a.html"),
      '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=X"><a href="https://observablehq.com">ok</a>'
    );
    await writeFile(
      join(dir, "b.js"),
      'import {x} from "https://cdn.jsdelivr.net/npm/d3@7/+esm"; const u = "https://example.org";'
    );
    await writeFile(join(dir, "c.css"), '@import url("https://fonts.googleapis.com/css");');
    const found = await externalReferences(dir);
    expect(new Set(found.map((f) => f.split(":")[0].slice(dir.length + 1)))).toEqual(
      new Set(["a.html", "b.js", "c.css"])
    );
    expect(found.join("\n")).not.toContain("observablehq.com");
  });
});
