// A scratch copy of the project with studies of a test's choosing, to run `npm run build` on them.
import {spawnSync} from "node:child_process";
import {cp, mkdir, mkdtemp, symlink} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";

/** Copies the site's code and config, links node_modules, and copies each study folder into data/studies. */
export async function scratchProject(studies: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "evalbook-site-"));
  for (const part of ["src", "loaders", "observablehq.config.ts", "package.json", "tsconfig.json"]) {
    await cp(part, join(root, part), {recursive: true, filter: (path) => !path.includes(".observablehq")});
  }
  await symlink(resolve("node_modules"), join(root, "node_modules"));
  for (const [id, folder] of Object.entries(studies)) {
    await mkdir(join(root, "data", "studies"), {recursive: true});
    await cp(folder, join(root, "data", "studies", id), {recursive: true});
  }
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
