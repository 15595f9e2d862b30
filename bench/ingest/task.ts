// One timed task of the ingest benchmark, run in its own process so its peak memory is its own:
// `tsx bench/ingest/task.ts plain|plain-lossy|evalbook <study-dir> <out-dir>` prints one JSON line
// {seconds, peak_rss_mb, stages}; stage times go to stderr as they end.
import {mkdir, rm} from "node:fs/promises";
import {join} from "node:path";
import {literal, withDuckDB} from "../../loaders/duckdb.js";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {readSource} from "../../loaders/ingest/read-source.js";

/** A fixed key: pseudonyms, and so the outputs, are the same on every run. */
const KEY = "evalbook-bench";

const [task, dir, out] = process.argv.slice(2);
/**
 * The plain copies. A bare read_csv stops at the first invalid answer (it guesses BIGINT from a sample), so the
 * reference reads the whole file to guess types and keeps every row; the lossy one skips rows it cannot parse.
 */
const PLAIN: Record<string, string> = {plain: "sample_size = -1", "plain-lossy": "ignore_errors = true"};

if (!(task in PLAIN || task === "evalbook") || !dir || !out) {
  throw new Error("usage: tsx bench/ingest/task.ts plain|plain-lossy|evalbook <study-dir> <out-dir>");
}
await rm(out, {recursive: true, force: true});
await mkdir(out, {recursive: true});
const stages: Record<string, number> = {};
const start = performance.now();
if (task in PLAIN) {
  const csv = join(dir, "raw", "export.csv");
  await withDuckDB(async (db) => {
    await db.run(
      `COPY (SELECT * FROM read_csv(${literal(csv)}, ${PLAIN[task]})) TO ${literal(join(out, "export.parquet"))} (FORMAT parquet)`
    );
  });
} else {
  let mark = start;
  let cpuMark = process.cpuUsage();
  await ingestStudy(dir, {
    out: join(out, "study"),
    key: KEY,
    read: readSource,
    onStage: (stage) => {
      const now = performance.now();
      const cpu = process.cpuUsage(cpuMark);
      stages[stage] = (stages[stage] ?? 0) + (now - mark) / 1000;
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      console.error(`  ${stage}: ${((now - mark) / 1000).toFixed(2)} s (cpu ${cpuSeconds.toFixed(2)} s)`);
      mark = now;
      cpuMark = process.cpuUsage();
    }
  });
}
const seconds = (performance.now() - start) / 1000;
const {userCPUTime, systemCPUTime} = process.resourceUsage();
// CPU time (all threads) as well as wall time: on a shared machine it is the steadier of the two.
const cpu_seconds = (userCPUTime + systemCPUTime) / 1e6;
console.log(
  JSON.stringify({seconds, cpu_seconds, peak_rss_mb: process.resourceUsage().maxRSS / 1024, stages})
);
