// bench/results.json (every benchmark's latest figures, by key) and the Markdown table made from it.
import {readFile, writeFile} from "node:fs/promises";
import {cpus, totalmem} from "node:os";

/** One timed run: wall seconds of the work itself and the process's peak resident memory. */
export interface Run {
  label: string;
  seconds: number;
  peak_rss_mb: number;
}

/** A benchmark's figures: a subject timed against a reference run on the same machine, in the same script. */
export interface BenchResult {
  title: string;
  reference: Run;
  subject: Run & {stages?: Record<string, number>};
  /** subject / reference seconds. */
  ratio: number;
  /** The ratio to stay under. */
  target: number;
  /** Other runs worth reading beside the two. */
  context?: Run[];
  details?: Record<string, unknown>;
}

const JSON_FILE = new URL("./results.json", import.meta.url);
const MD_FILE = new URL("./results.md", import.meta.url);

/** The machine, so figures from different machines are not compared blindly. */
export const machine = () => ({
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  memory_gb: Math.round(totalmem() / 2 ** 30),
  node: process.version
});

const s = (x: number) => `${x.toFixed(2)} s`;
const mb = (x: number) => `${Math.round(x)} MB`;

function markdown(results: Record<string, BenchResult & {date?: string}>): string {
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (see `bench/NOTES.md`); ratios are subject / reference, timed in the same run.",
    "",
    "| benchmark | reference | reference time | Evalbook time | ratio (target) | peak memory (reference / Evalbook) | date |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  ];
  for (const r of Object.values(results)) {
    lines.push(
      `| ${r.title} | ${r.reference.label} | ${s(r.reference.seconds)} | ${s(r.subject.seconds)} | ` +
        `${r.ratio.toFixed(2)} (≤ ${r.target}) | ${mb(r.reference.peak_rss_mb)} / ${mb(r.subject.peak_rss_mb)} | ${r.date ?? ""} |`
    );
  }
  for (const [key, r] of Object.entries(results)) {
    if (r.context?.length) {
      lines.push("", `## ${key}: other runs`, "", "| run | time | peak memory |", "| --- | --- | --- |");
      for (const c of r.context) lines.push(`| ${c.label} | ${s(c.seconds)} | ${mb(c.peak_rss_mb)} |`);
    }
    if (r.subject.stages) {
      lines.push("", `## ${key}: stages of ${r.subject.label}`, "", "| stage | time |", "| --- | --- |");
      for (const [stage, t] of Object.entries(r.subject.stages))
        if (t >= 0.005) lines.push(`| ${stage} | ${s(t)} |`);
    }
  }
  return lines.join("\n") + "\n";
}

/** Records `result` under `key` in results.json, keeping other benchmarks' entries, and rewrites results.md. */
export async function recordResult(key: string, result: BenchResult): Promise<void> {
  const all = JSON.parse(await readFile(JSON_FILE, "utf8").catch(() => "{}"));
  all[key] = {...result, date: new Date().toISOString().slice(0, 10), machine: machine()};
  await writeFile(JSON_FILE, JSON.stringify(all, null, 2) + "\n");
  await writeFile(MD_FILE, markdown(all));
}
