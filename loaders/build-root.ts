// `npm run build` (and the tests that run it) must never share mutable state with a running `npm run dev`: both use
// Framework's cache under `<root>/.observablehq/cache` (loader outputs, publish.json) and refresh.ts's stamp there.
// The build gives Framework a root of its own: a folder whose entries link to those of src/, so pages, components
// and loaders are the same files while the cache lives beside the links.
import {existsSync} from "node:fs";
import {lstat, mkdir, readdir, readlink, rm, symlink} from "node:fs/promises";
import {join, relative} from "node:path";

/** The environment variable observablehq.config.ts reads its `root` from; unset: `src` (npm run dev). */
export const ROOT_ENV = "EVALBOOK_ROOT";

/** The Framework root of the published build. */
export const BUILD_ROOT = ".evalbook/build/src";

/** Makes `root` mirror `source` (one link per entry, Framework's own folder excluded); returns `root`. */
export async function mirrorSource(root = BUILD_ROOT, source = "src"): Promise<string> {
  await mkdir(root, {recursive: true});
  const wanted = (await readdir(source)).filter((name) => name !== ".observablehq");
  for (const name of await readdir(root)) {
    if (name === ".observablehq") continue;
    const path = join(root, name);
    const target = relative(root, join(source, name));
    const linked = (await lstat(path)).isSymbolicLink() && (await readlink(path)) === target;
    if (!wanted.includes(name) || !linked) await rm(path, {recursive: true, force: true});
  }
  for (const name of wanted) {
    const path = join(root, name);
    if (!existsSync(path)) await symlink(relative(root, join(source, name)), path);
  }
  return root;
}
