// Framework's client bundle names libraries a page might import implicitly (npm:react-dom for JSX, npm:d3, npm:echarts
// …); bundling it asks registry.npmjs.org for each one's latest version, so a build without network dies
// ('fetch failed … EAI_AGAIN'). Framework skips the request when its npm cache already holds a folder
// `<name>@<version>`; we create those folders first, with the version installed in node_modules (else 0.0.0).
// Evalbook pages never import from npm: (everything comes from node_modules), so no such file is ever fetched.
import {existsSync, readFileSync} from "node:fs";
import {mkdir, readdir, readFile} from "node:fs/promises";
import {join} from "node:path";

const CLIENT = "node_modules/@observablehq/framework/dist/client";

/** Package names behind the `"npm:…"` specifiers of Framework's client code (subpaths dropped). */
export async function clientNpmNames(client = CLIENT): Promise<string[]> {
  const names = new Set<string>();
  for (const file of await readdir(client, {recursive: true})) {
    if (!file.endsWith(".js")) continue;
    for (const [, specifier] of (await readFile(join(client, file), "utf8")).matchAll(
      /["']npm:([^"'@][^"']*|@[^"']+)["']/g
    )) {
      const parts = specifier!.split("/");
      names.add(parts.slice(0, specifier!.startsWith("@") ? 2 : 1).join("/"));
    }
  }
  return [...names].sort();
}

/** The version of `name` in node_modules, or 0.0.0 when it is not installed. */
function installedVersion(name: string): string {
  const manifest = join("node_modules", name, "package.json");
  return existsSync(manifest) ? String(JSON.parse(readFileSync(manifest, "utf8")).version) : "0.0.0";
}

/** Seeds the npm version cache of the Framework project rooted at `root`, so its build asks no registry. */
export async function seedNpmCache(root = "src"): Promise<void> {
  const cache = join(root, ".observablehq", "cache", "_npm");
  for (const name of await clientNpmNames()) {
    // Any version already there (a build made online) wins: Framework takes the cached one first.
    const scope = name.startsWith("@") ? join(cache, name.split("/")[0]!) : cache;
    const base = name.split("/").at(-1)!;
    if (existsSync(scope) && (await readdir(scope)).some((entry) => entry.startsWith(`${base}@`))) continue;
    await mkdir(join(cache, `${name}@${installedVersion(name)}`), {recursive: true});
  }
}
