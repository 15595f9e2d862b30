// Keeps Framework's loader cache honest. Framework re-runs a loader only when the loader file itself is newer than its
// cached output (and `observable build` uses stale outputs anyway), so when study inputs, ingest code or the key change
// we delete the cached loader outputs and touch the loader files (which makes a running preview reload).
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, rm, utimes, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {createHash} from "node:crypto";
import {CODE_DIRS, fingerprint} from "./fingerprint.js";
import {pseudonymKey} from "./ingest/pseudonym.js";
import {isPublishBuild} from "./publish/mode.js";
import {STUDIES} from "./studies-root.js";

/** Framework data loaders: files under src/ with a double extension ending in .ts (`scores.parquet.ts`). */
async function loaderFiles(): Promise<string[]> {
  const entries = await readdir("src", {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile() && /\.\w+\.ts$/.test(e.name) && !e.parentPath.includes(".observablehq"))
    .map((e) => join(e.parentPath, e.name));
}

/** Framework's cache of the project rooted at `root`. */
const cacheOf = (root: string) => join(root, ".observablehq", "cache");

/** Loader outputs in Framework's cache; `_node`, `_npm` and other `_` folders hold bundled modules, not data. */
async function cachedOutputs(cache: string): Promise<string[]> {
  if (!existsSync(cache)) return [];
  return (await readdir(cache))
    .filter((name) => !name.startsWith("_") && !name.startsWith("."))
    .map((name) => join(cache, name));
}

/**
 * Clears the loader outputs of the Framework project rooted at `root` (src/ for dev, the build's own root for
 * npm run build) and touches loaders when studies, ingest code or key changed since its last call; says whether it did.
 */
export async function refreshLoaders(root = "src"): Promise<boolean> {
  const cache = cacheOf(root);
  const stamp = join(cache, ".evalbook-fingerprint");
  const keyId = createHash("sha256")
    .update(await pseudonymKey())
    .digest("hex");
  // The published build and the local one write different loader outputs (publish.json): never reuse one's in the other.
  const mode = isPublishBuild() ? "published" : "local";
  const print = await fingerprint([STUDIES, ...CODE_DIRS, "package-lock.json"], `${keyId} ${mode}`);
  if (existsSync(stamp) && (await readFile(stamp, "utf8")) === print) return false;
  for (const path of await cachedOutputs(cache)) await rm(path, {recursive: true, force: true});
  const now = new Date();
  for (const file of await loaderFiles()) await utimes(file, now, now);
  await mkdir(cache, {recursive: true});
  await writeFile(stamp, print);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) await refreshLoaders();
