// A scratch copy of the project with studies of a test's choosing, to run `npm run build` on them.
import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {cp, mkdir, mkdtemp, symlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";

/**
 * Framework's bundles of the libraries in node_modules from this checkout's last build, one folder per package
 * version: a scratch build given them skips bundling DuckDB-WASM, Plot, arquero… again, most of a build's time.
 */
const LIBRARY_BUNDLES = ".evalbook/build/src/.observablehq/cache/_node";

/**
 * Copies the site's code and config, links node_modules, and copies each study folder into data/studies. `warm`:
 * with this checkout's library bundles when it has built once (the browser tests' global setup builds first), for
 * tests of what a build does with the site rather than of a first build.
 */
export async function scratchProject(
  studies: Record<string, string>,
  {warm = false}: {warm?: boolean} = {}
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "evalbook-site-"));
  for (const part of ["src", "loaders", "observablehq.config.ts", "package.json", "tsconfig.json"]) {
    await cp(part, join(root, part), {recursive: true, filter: (path) => !path.includes(".observablehq")});
  }
  await symlink(resolve("node_modules"), join(root, "node_modules"));
  for (const [id, folder] of Object.entries(studies)) {
    await mkdir(join(root, "data", "studies"), {recursive: true});
    await cp(folder, join(root, "data", "studies", id), {recursive: true});
  }
  if (warm && existsSync(LIBRARY_BUNDLES))
    await cp(LIBRARY_BUNDLES, join(root, LIBRARY_BUNDLES), {recursive: true});
  return root;
}

/** Runs the published build (loaders/build.ts) in `root`; its exit status and what it printed on stderr. */
export function buildScratch(root: string): {status: number | null; stderr: string} {
  const run = spawnSync("npx", ["tsx", "loaders/build.ts"], {
    cwd: root,
    encoding: "utf8",
    env: {...process.env, EVALBOOK_KEY: "scratch-build-key-of-32-characters"}
  });
  return {status: run.status, stderr: run.stderr};
}
