// Shared pieces of the fuzz suite: scratch files, a time cap per case, and the one failure a reader may show.
import {mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import fc from "fast-check";
import {strToU8, unzipSync, zipSync} from "fflate";
import {expect} from "vitest";
import {InputError} from "../../loaders/errors.js";

/** Runs per property: enough to meet every generator branch a few times, few enough for 2 cores. */
export const RUNS = Number(process.env.EVALBOOK_FUZZ_RUNS ?? 25);
/**
 * Most CPU time a reader may spend on one hostile input. CPU time of this process (DuckDB's threads included), not
 * wall time: a busy machine stretches the wall clock of the same work, which made the cap fail under load.
 */
export const CASE_MS = 5_000;

/** Milliseconds of CPU this process has used. */
const cpuMs = () => {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
};

let folder: Promise<string> | undefined;
let count = 0;

/** Writes `bytes` to a fresh scratch file named `*.<extension>` and returns its path. */
export async function scratch(bytes: Uint8Array | string, extension: string): Promise<string> {
  const dir = await (folder ??= mkdtemp(join(tmpdir(), "evalbook-fuzz-")));
  const path = join(dir, `case-${count++}.${extension}`);
  await writeFile(path, bytes);
  return path;
}

/** {@link survives} for synchronous code (parseStudy). */
export function survivesSync<T>(run: () => T): T | undefined {
  const start = cpuMs();
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).not.toMatch(/\n\s+at /);
    return undefined;
  } finally {
    expect(cpuMs() - start).toBeLessThan(CASE_MS);
  }
}

/**
 * Awaits `run` and checks that it finished within {@link CASE_MS} and either returned or threw an InputError
 * whose message is one headline line (a list may follow the fix); returns the value, or undefined after an error.
 */
export async function survives<T>(run: () => Promise<T> | T): Promise<T | undefined> {
  const start = cpuMs();
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message.split("\n")[0]!.length).toBeGreaterThan(0);
    expect(error.message).not.toMatch(/\n\s+at /); // no stack trace in what the user reads
    return undefined;
  } finally {
    expect(cpuMs() - start).toBeLessThan(CASE_MS);
  }
}

/** Text meant to break whatever reads it: markup, formulas, quotes, separators, controls, astral characters. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x","点我")',
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1)",
    '"quoted, with comma"',
    "line\nbreak",
    "tab\tand;semicolon",
    "\u0000\u0001\u001f",
    "\uFEFFbom",
    "😀𝒜家长",
    "(跳过)",
    "NULL",
    "&amp;&lt;&#x3c;",
    "]]><!--",
    "\r\n\r"
  ),
  fc.string({maxLength: 30}),
  fc.string({unit: "grapheme", maxLength: 20})
);

/** A copy of the zip archive `bytes` with `entries` replaced or added. */
export function rezip(bytes: Uint8Array, entries: Record<string, string | Uint8Array>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, content] of Object.entries(entries)) {
    files[name] = typeof content === "string" ? strToU8(content) : new Uint8Array(content);
  }
  return zipSync(files);
}

/** `<a><a>…</a></a>`, `depth` deep. */
export const nested = (tag: string, depth: number) => `<${tag}>`.repeat(depth) + `</${tag}>`.repeat(depth);
