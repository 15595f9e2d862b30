// No page or component turns text into HTML: a source check over src/ (the browser test with hostile labels is
// the real proof; this one names the line when someone reaches for a sink).
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

/** Ways to turn a string into markup or code; reading `outerHTML` (as the clipboard export does) is fine. */
const SINKS: [RegExp, string][] = [
  [/\.(?:inner|outer)HTML\s*\+?=(?!=)/, "assigns innerHTML/outerHTML"],
  [/\binsertAdjacentHTML\s*\(/, "calls insertAdjacentHTML"],
  [/\bdocument\.write(?:ln)?\s*\(/, "calls document.write"],
  [/\bcreateContextualFragment\s*\(/, "parses a fragment"],
  [/\bnew\s+DOMParser\b/, "parses HTML with DOMParser"],
  [/\bsrcdoc\b/, "sets an iframe srcdoc"],
  [/\bhtml\.unsafe\b/, "uses html.unsafe"],
  [
    /(?<![\w.])eval\s*\(|\bnew\s+Function\s*\(/,
    "evaluates a string (also forbidden by the published site's CSP)"
  ],
  [/\son[a-z]+\s*=\s*\$\{/i, "interpolates into an event-handler attribute"],
  // A URL attribute must start with a literal relative path, so data cannot make it `javascript:`.
  [
    /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\$\{(?!`(?:\.{1,2}\/|#|\/(?!\/)))/i,
    "interpolates data into a URL attribute"
  ]
];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile() && /\.(?:ts|js|md)$/.test(e.name) && !e.parentPath.includes(".observablehq"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `file:line: what` for every sink in `text`; line comments are not code. */
function sinks(file: string, text: string): string[] {
  return text.split("\n").flatMap((line, i) => {
    const code = line.replace(/(^|\s)\/\/.*$/, "$1");
    return SINKS.filter(([pattern]) => pattern.test(code)).map(([, what]) => `${file}:${i + 1}: ${what}`);
  });
}

describe("src/ pages and components", () => {
  it("never insert text as HTML or evaluate strings", async () => {
    const found: string[] = [];
    for (const file of await sources("src")) found.push(...sinks(file, await readFile(file, "utf8")));
    expect(found).toEqual([]);
  });

  it("would be caught reaching for a sink", () => {
    const bad = [
      "el.innerHTML = label;",
      "node.outerHTML += x",
      "el.insertAdjacentHTML('beforeend', s)",
      "document.write(s)",
      "new DOMParser().parseFromString(s)",
      "html`<a href=${row.url}>`",
      'html`<img src="${row.src}">`',
      "html`<b onclick=${f}>`",
      "eval(code)",
      "new Function('x', body)"
    ];
    expect(bad.map((line) => sinks("x.ts", line).length)).toEqual(bad.map(() => 1));
    const fine = [
      "const copy = table.outerHTML;",
      "if (el.innerHTML === '') {}",
      "html`<a href=${`./studies/${s.id}/`}>${s.title}</a>`",
      "// new Function is forbidden by the CSP",
      "retrieval(x)"
    ];
    expect(fine.flatMap((line) => sinks("x.ts", line))).toEqual([]);
  });
});
