// `npm run bench:ingest [-- --rows N]`: a million-row wide export through plain DuckDB and through the Evalbook
// ingest, each in its own process, timed in the same run; figures to bench/results.json and bench/results.md.
import {spawn} from "node:child_process";
import {stat} from "node:fs/promises";
import {parseArgs} from "node:util";
import {fileURLToPath} from "node:url";
import {generateStudy} from "./ingest/generate.js";
import {recordResult, type Run} from "./results.js";

const TARGET = 1.5;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const {values} = parseArgs({options: {rows: {type: "string", default: "1000000"}}, strict: false});
const rows = Number(values.rows);
const study = here("./out/ingest-study");

interface TaskResult {
  seconds: number;
  cpu_seconds: number;
  peak_rss_mb: number;
  stages: Record<string, number>;
}

/** Runs bench/ingest/task.ts in a child process: its peak memory is the task's alone. */
function task(name: string): Promise<TaskResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", here("./ingest/task.ts"), name, study, here(`./out/${name}`)],
      {stdio: ["ignore", "pipe", "inherit"]}
    );
    let stdout = "";
    child.stdout.on("data", (data) => (stdout += data));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${name} failed with exit code ${code}`));
      resolve(JSON.parse(stdout.trim().split("\n").pop()!) as TaskResult);
    });
  });
}

const started = performance.now();
const {csv, generated} = await generateStudy(study, {rows});
const bytes = (await stat(csv)).size;
console.log(
  `${generated ? "generated" : "reusing"} ${csv}: ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(0)} MB`
);
const run = async (name: string, label: string): Promise<Run & TaskResult> => {
  console.log(`${label} …`);
  const result = await task(name);
  console.log(
    `  ${result.seconds.toFixed(2)} s (cpu ${result.cpu_seconds.toFixed(2)} s), peak ${Math.round(result.peak_rss_mb)} MB`
  );
  return {label, ...result};
};
const plain = await run("plain", "DuckDB COPY read_csv(sample_size = -1) → Parquet");
const lossy = await run("plain-lossy", "DuckDB COPY read_csv(ignore_errors = true) → Parquet (drops rows)");
const evalbook = await run("evalbook", "Evalbook ingestStudy (readSource, fixed key)");
const ratio = evalbook.seconds / plain.seconds;
console.log(
  `ratio ${ratio.toFixed(2)} (target ≤ ${TARGET}); ${((performance.now() - started) / 1000).toFixed(0)} s in all`
);
const {stages, cpu_seconds: _, ...subject} = evalbook;
await recordResult("ingest", {
  title: `Ingest, ${rows.toLocaleString("en")} rows × 60 items (${(bytes / 1e6).toFixed(0)} MB CSV)`,
  reference: {label: plain.label, seconds: plain.seconds, peak_rss_mb: plain.peak_rss_mb},
  subject: {...subject, stages},
  ratio,
  target: TARGET,
  context: [{label: lossy.label, seconds: lossy.seconds, peak_rss_mb: lossy.peak_rss_mb}],
  details: {
    rows,
    bytes,
    ratio_to_lossy_copy: evalbook.seconds / lossy.seconds,
    // Wall time suffers when other work shares the machine; CPU time (all threads) much less.
    cpu_seconds: {reference: plain.cpu_seconds, lossy: lossy.cpu_seconds, evalbook: evalbook.cpu_seconds},
    cpu_ratio: evalbook.cpu_seconds / plain.cpu_seconds
  }
});
