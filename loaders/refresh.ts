// Keeps Framework's loader cache honest: Framework re-runs a loader only when the loader file itself is newer than
// its cached output, so when study inputs or ingest code change we touch the loader files.
import {existsSync} from "node:fs";
import {mkdir, readdir, readFile, utimes, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {createHash} from "node:crypto";
import {CODE_DIRS, fingerprint} from "./fingerprint.js";
import {pseudonymKey} from "./ingest/pseudonym.js";
import {STUDIES} from "./serve.js";

const STAMP = "src/.observablehq/cache/.evalbook-fingerprint";

/** Framework data loaders: files under src/ with a double extension ending in .ts (`scores.parquet.ts`). */
async function loaderFiles(): Promise<string[]> {
  const entries = await readdir("src", {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile() && /\.\w+\.ts$/.test(e.name) && !e.parentPath.includes(".observablehq"))
    .map((e) => join(e.parentPath, e.name));
}

/** Touches every loader when the studies, the ingest code or the key changed since the last call; says whether it did. */
export async function refreshLoaders(): Promise<boolean> {
  const keyId = createHash("sha256")
    .update(await pseudonymKey())
    .digest("hex");
  const print = await fingerprint([STUDIES, ...CODE_DIRS, "package-lock.json"], keyId);
  if (existsSync(STAMP) && (await readFile(STAMP, "utf8")) === print) return false;
  const now = new Date();
  for (const file of await loaderFiles()) await utimes(file, now, now);
  await mkdir(join(STAMP, ".."), {recursive: true});
  await writeFile(STAMP, print);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) await refreshLoaders();
