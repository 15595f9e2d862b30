// Content fingerprints: a study's inputs plus the code that ingests them, so outputs are rebuilt exactly when either changes.
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {readdir, readFile, stat} from "node:fs/promises";
import {join, relative} from "node:path";

/** Folders whose code shapes every ingest output. */
export const CODE_DIRS = ["loaders", "src/lib"];

async function files(dir: string, skip: (path: string) => boolean): Promise<string[]> {
  if (!existsSync(dir)) return [];
  if ((await stat(dir)).isFile()) return [dir];
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !skip(path))
    .sort();
}

/** SHA-256 over the relative paths and contents of `paths` (files, or folders walked with outputs skipped). */
export async function fingerprint(paths: string[], extra = ""): Promise<string> {
  const hash = createHash("sha256").update(extra);
  for (const path of paths) {
    for (const file of await files(path, (p) =>
      /(^|\/)out(\/|$)|\.evalbook-(tmp|old)-\d+-[0-9a-f]+\//.test(relative(path, p))
    )) {
      hash
        .update(relative(".", file))
        .update("\0")
        .update(await readFile(file))
        .update("\0");
    }
  }
  return hash.digest("hex");
}
