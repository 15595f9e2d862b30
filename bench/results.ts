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

/** One row of a table of figures: a measured quantity per column (e.g. per study), and its target. */
export interface FigureRow {
  figure: string;
  /** Column → value; null when it could not be measured (say why in `note`). */
  values: Record<string, number | string | null>;
  unit: "ms" | "s" | "MB" | "kB" | "x" | "";
  /** The target, as text (e.g. "≤ 1000 ms"), and whether each column meets it. */
  target?: string;
  met?: Record<string, boolean | null>;
  note?: string;
}

/** A benchmark whose figures are a table (browser timings, bytes), not one subject against one reference. */
export interface TableResult {
  title: string;
  columns: string[];
  rows: FigureRow[];
  details?: Record<string, unknown>;
}

const isTable = (r: BenchResult | TableResult): r is TableResult => "rows" in r;

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

function value(x: number | string | null, unit: FigureRow["unit"]): string {
  if (x === null) return "—";
  if (typeof x === "string") return x;
  const digits = unit === "ms" || unit === "kB" || Number.isInteger(x) ? 0 : 2;
  return `${x.toLocaleString("en", {maximumFractionDigits: digits, minimumFractionDigits: digits})}${unit ? ` ${unit}` : ""}`;
}

function tableMarkdown(key: string, r: TableResult & {date?: string}): string[] {
  const lines = [
    "",
    `## ${key}: ${r.title}${r.date ? ` (${r.date})` : ""}`,
    "",
    `| figure | ${r.columns.join(" | ")} | target | note |`,
    `| --- | ${r.columns.map(() => "---").join(" | ")} | --- | --- |`
  ];
  for (const row of r.rows) {
    const cells = r.columns.map((c) => {
      const met = row.met?.[c];
      return `${value(row.values[c] ?? null, row.unit)}${met === true ? " ✓" : met === false ? " ✗" : ""}`;
    });
    lines.push(`| ${row.figure} | ${cells.join(" | ")} | ${row.target ?? ""} | ${row.note ?? ""} |`);
  }
  return lines;
}

function markdown(results: Record<string, (BenchResult | TableResult) & {date?: string}>): string {
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (see `bench/NOTES.md`); ratios are subject / reference, timed in the same run.",
    "",
    "| benchmark | reference | reference time | Evalbook time | ratio (target) | peak memory (reference / Evalbook) | date |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  ];
  for (const r of Object.values(results)) {
    if (isTable(r)) continue;
    lines.push(
      `| ${r.title} | ${r.reference.label} | ${s(r.reference.seconds)} | ${s(r.subject.seconds)} | ` +
        `${r.ratio.toFixed(2)} (≤ ${r.target}) | ${mb(r.reference.peak_rss_mb)} / ${mb(r.subject.peak_rss_mb)} | ${r.date ?? ""} |`
    );
  }
  for (const [key, r] of Object.entries(results)) {
    if (isTable(r)) {
      lines.push(...tableMarkdown(key, r));
      continue;
    }
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
export async function recordResult(key: string, result: BenchResult | TableResult): Promise<void> {
  const all = JSON.parse(await readFile(JSON_FILE, "utf8").catch(() => "{}"));
  all[key] = {...result, date: new Date().toISOString().slice(0, 10), machine: machine()};
  await writeFile(JSON_FILE, JSON.stringify(all, null, 2) + "\n");
  await writeFile(MD_FILE, markdown(all));
}
