// The Content-Security-Policy of the published site: scripts, workers and WASM from the site itself, nothing remote,
// and each page's inline scripts (Framework's bootstrap and sidebar) allowed by their SHA-256 hashes.
import {createHash} from "node:crypto";
import {readdir, readFile, writeFile} from "node:fs/promises";
import {join, relative} from "node:path";

/**
 * The policy before the build adds each page's script hashes. `'wasm-unsafe-eval'` lets DuckDB-WASM and the
 * Parquet decompressors compile WebAssembly; `'unsafe-eval'` is not granted, so code that builds functions
 * from strings (d3.csvParse's row objects, arquero's string expressions) does not run on published pages.
 * Styles allow inline because Plot writes `style` attributes and `<style>` elements; CSS cannot run script.
 * `frame-ancestors` and reporting are not available to a `<meta>` policy; a server can add them as headers.
 */
export const POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'"
].join("; ");

/** The tag for Framework's `head` option; the build replaces it on every page with one that names the page's hashes. */
export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`;

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/g;
/** Framework's sidebar script, the one inline script it puts in `<body>`. */
const SIDEBAR = '{const e=document.querySelector("#observablehq-sidebar")';

/** The hash source of a script's text, as browsers compute it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * `html` with its policy naming the hashes of its inline scripts: those in `<head>` (Framework's module
 * bootstrap) and Framework's sidebar script. Any other inline script means text was inserted as HTML, so
 * it is refused rather than allowed: the returned `problems` name it.
 */
export function pinInlineScripts(html: string): {html: string; problems: string[]} {
  const metas = [...html.matchAll(META)];
  if (metas.length !== 1)
    return {html, problems: [`has ${metas.length} Content-Security-Policy tags, not 1`]};
  const bodyStart = html.indexOf("<body");
  const hashes: string[] = [];
  const problems: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes = "", text = ""] = match;
    if (/\ssrc\s*=/i.test(attributes)) continue;
    if (match.index < bodyStart || text.startsWith(SIDEBAR)) hashes.push(scriptHash(text));
    else {
      const line = html.slice(0, match.index).split("\n").length;
      problems.push(`line ${line}: an inline script Framework did not write ("${text.slice(0, 40)}…")`);
    }
  }
  const policy = metas[0]![1]!.replace(/script-src ([^;]*)/, (_, sources: string) =>
    ["script-src", sources, ...new Set(hashes)].join(" ")
  );
  return {
    html: html.replace(META, `<meta http-equiv="Content-Security-Policy" content="${policy}">`),
    problems
  };
}

/** Pins the inline scripts of every HTML page under `root`; returns one line per problem (`file: …`). */
export async function pinSite(root: string): Promise<string[]> {
  const entries = await readdir(root, {withFileTypes: true, recursive: true});
  const pages = entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name));
  const problems: string[] = [];
  for (const page of pages.sort()) {
    const pinned = pinInlineScripts(await readFile(page, "utf8"));
    problems.push(...pinned.problems.map((problem) => `${relative(root, page)}: ${problem}`));
    await writeFile(page, pinned.html);
  }
  return problems;
}
