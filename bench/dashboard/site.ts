// Builds a site for the dashboard benchmark in a root of its own ($TMPDIR/evalbook-dashbench-*/<name>/): the config,
// loaders and pages are copied there and node_modules linked, so Framework, the loaders and the ingest cache
// (all relative to the working directory: data/studies, .evalbook/cache, src/.observablehq/cache, dist) run
// unchanged, without touching this checkout's dist/ or caches. Studies are chosen per site.
import {spawn} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {cp, link, mkdir, readdir, readFile, rm, stat, symlink} from "node:fs/promises";
import {join, relative, resolve} from "node:path";

/** What the site needs from the checkout; src is copied without Framework's cache. */
const CODE = [
  "src",
  "loaders",
  "observablehq.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json"
];

/** A fixed pseudonymisation key: outputs, and so the ingest cache, are the same on every run. */
export const BENCH_KEY = "evalbook-dashboard-bench-key-32-chars";

/**
 * Copies `from` to `to`, hard-linking files (a million-row export is not copied, and the ingest's fingerprint,
 * which skips symbolic links, still reads it). Falls back to a copy across file systems.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, {recursive: true});
  for (const entry of await readdir(from, {withFileTypes: true})) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target).catch(() => cp(source, target));
  }
}

/**
 * Makes `root` a site with `studies` (study id → folder): the code is copied afresh (so Framework's loader cache
 * starts empty), studies are replaced only when their files changed, the ingest cache (.evalbook/) is kept.
 */
export async function prepareSite(
  repo: string,
  root: string,
  studies: Record<string, string>,
  {keepIngestCache = true}: {keepIngestCache?: boolean} = {}
): Promise<void> {
  await mkdir(root, {recursive: true});
  for (const name of [...CODE, "dist"]) await rm(join(root, name), {recursive: true, force: true});
  for (const name of CODE) {
    await cp(join(repo, name), join(root, name), {
      recursive: true,
      filter: (path) => !relative(join(repo, name), path).startsWith(".observablehq")
    });
  }
  if (!existsSync(join(root, "node_modules"))) {
    await symlink(resolve(repo, "node_modules"), join(root, "node_modules"), "dir");
  }
  if (!keepIngestCache) await rm(join(root, ".evalbook"), {recursive: true, force: true});
  const dataDir = join(root, "data", "studies");
  await rm(dataDir, {recursive: true, force: true});
  for (const [id, folder] of Object.entries(studies)) await linkTree(folder, join(dataDir, id));
}

/** SHA-256 over the site's code in the checkout (what `prepareSite` copies, Framework's cache left out) and `extra`. */
export async function codeFingerprint(repo: string, extra: string): Promise<string> {
  const hash = createHash("sha256").update(extra);
  for (const name of CODE) {
    const path = join(repo, name);
    const files = (await stat(path)).isFile()
      ? [path]
      : (await readdir(path, {withFileTypes: true, recursive: true}))
          .filter((e) => e.isFile() && !relative(path, e.parentPath).startsWith(".observablehq"))
          .map((e) => join(e.parentPath, e.name))
          .sort();
    for (const file of files)
      hash
        .update(relative(repo, file))
        .update("\0")
        .update(await readFile(file))
        .update("\0");
  }
  return hash.digest("hex");
}

/** Total bytes of the files under `dir`. */
export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Runs a command in `cwd` with the bench key; resolves to wall seconds, or rejects with the output's tail. */
export function timed(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): Promise<{seconds: number; output: string}> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: {...process.env, EVALBOOK_KEY: BENCH_KEY, CI: "true", ...env},
      stdio: ["ignore", "pipe", "pipe"]
    });
    let output = "";
    const keep = (data: Buffer) => {
      output = (output + data.toString()).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - start) / 1000;
      if (code === 0) done({seconds, output});
      else
        fail(
          new Error(
            `${command} ${args.join(" ")} in ${cwd} failed (${signal ?? code}):\n${output.slice(-4000)}`
          )
        );
    });
  });
}
