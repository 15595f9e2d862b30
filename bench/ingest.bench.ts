// `npm run bench:ingest [-- --rows N]`: a million-row wide export through plain DuckDB, through the Evalbook
// ingest, through its reading and writing alone and (when Rscript is installed) through base R's read + score +
// write, each in its own process, timed in the same run; figures to bench/results.json and bench/results.md.
import {spawn, spawnSync} from "node:child_process";
import {stat, writeFile} from "node:fs/promises";
import {parseArgs} from "node:util";
import {fileURLToPath} from "node:url";
import {generateStudy, INSTRUMENTS} from "./ingest/generate.js";
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

/** Runs `command` in a child process whose last stdout line is its JSON result: its peak memory is its own. */
function child(name: string, command: string, args: string[]): Promise<TaskResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, {stdio: ["ignore", "pipe", "inherit"]});
    let stdout = "";
    proc.stdout.on("data", (data) => (stdout += data));
    proc.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${name} failed with exit code ${code}`));
      const result = JSON.parse(stdout.trim().split("\n").pop()!) as Partial<TaskResult>;
      resolve({...result, stages: result.stages ?? {}} as TaskResult);
    });
  });
}

/** One task of bench/ingest/task.ts. */
const task = (name: string) =>
  child(name, process.execPath, [
    "--import",
    "tsx",
    here("./ingest/task.ts"),
    name,
    study,
    here(`./out/${name}`)
  ]);

/** Base R's read + score + write of the export (bench/ingest/base-r.R), given the study's items as a CSV. */
async function baseR(csv: string): Promise<TaskResult> {
  const items = here("./out/ingest-items.csv");
  const rows = INSTRUMENTS.flatMap((i) => i.items).map(
    (i) => `${i.id},${i.subscale},${i.reverse ? "TRUE" : "FALSE"}`
  );
  await writeFile(items, ["item,subscale,reverse", ...rows].join("\n") + "\n");
  return child("base R", "Rscript", [here("./ingest/base-r.R"), csv, items, here("./out/base-r-scores.csv")]);
}

const hasR = spawnSync("Rscript", ["--version"], {stdio: "ignore"}).status === 0;

const started = performance.now();
const {csv, generated} = await generateStudy(study, {rows});
const bytes = (await stat(csv)).size;
console.log(
  `${generated ? "generated" : "reusing"} ${csv}: ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(0)} MB`
);
const run = async (label: string, work: () => Promise<TaskResult>): Promise<Run & TaskResult> => {
  console.log(`${label} …`);
  const result = await work();
  console.log(
    `  ${result.seconds.toFixed(2)} s (cpu ${result.cpu_seconds.toFixed(2)} s), peak ${Math.round(result.peak_rss_mb)} MB`
  );
  return {label, ...result};
};
const plain = await run("DuckDB COPY read_csv(sample_size = -1) → Parquet", () => task("plain"));
const lossy = await run("DuckDB COPY read_csv(ignore_errors = true) → Parquet (drops rows)", () =>
  task("plain-lossy")
);
const evalbook = await run("Evalbook ingestStudy (readSource, fixed key)", () => task("evalbook"));
// What no ingest that keeps today's files can go below: the same read and the same bytes written, nothing computed.
const floor = await run(
  "Evalbook's I/O alone: load the CSV as the ingest does, write responses, scores, change",
  () => task("floor")
);
const r = hasR
  ? await run("base R: read.csv, reverse keys, 6 subscale means, write.csv", () => baseR(csv))
  : undefined;
const ratio = evalbook.seconds / plain.seconds;
const ratioToR = r ? evalbook.seconds / r.seconds : undefined;
console.log(
  `Evalbook ÷ copy ${ratio.toFixed(2)} (target ≤ ${TARGET}); Evalbook ÷ base R ${ratioToR?.toFixed(2) ?? "— (no Rscript)"} (target < 1); its I/O alone ÷ copy ${(floor.seconds / plain.seconds).toFixed(2)}`
);
console.log(`\n| run | time | CPU | peak memory |\n| --- | --- | --- | --- |`);
for (const x of [plain, lossy, evalbook, floor, ...(r ? [r] : [])])
  console.log(
    `| ${x.label} | ${x.seconds.toFixed(2)} s | ${x.cpu_seconds.toFixed(2)} s | ${Math.round(x.peak_rss_mb)} MB |`
  );
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s in all`);
const {stages, cpu_seconds: _, ...subject} = evalbook;
await recordResult("ingest", {
  title: `Ingest, ${rows.toLocaleString("en")} rows × 60 items (${(bytes / 1e6).toFixed(0)} MB CSV)`,
  reference: {label: plain.label, seconds: plain.seconds, peak_rss_mb: plain.peak_rss_mb},
  subject: {...subject, stages},
  ratio,
  target: TARGET,
  context: [lossy, floor, ...(r ? [r] : [])].map(({label, seconds, peak_rss_mb}) => ({
    label,
    seconds,
    peak_rss_mb
  })),
  details: {
    rows,
    bytes,
    ratio_to_lossy_copy: evalbook.seconds / lossy.seconds,
    // Evalbook ÷ base R (read.csv, reverse keys, six subscale means, write.csv); null without Rscript.
    ratio_to_base_r: ratioToR ?? null,
    // Evalbook's reading and writing alone ÷ copy: the least any ingest writing the same files could reach.
    floor_ratio: floor.seconds / plain.seconds,
    // Wall time suffers when other work shares the machine; CPU time (all threads) much less.
    cpu_seconds: {
      reference: plain.cpu_seconds,
      lossy: lossy.cpu_seconds,
      evalbook: evalbook.cpu_seconds,
      floor: floor.cpu_seconds,
      base_r: r?.cpu_seconds ?? null
    },
    cpu_ratio: evalbook.cpu_seconds / plain.cpu_seconds
  }
});
