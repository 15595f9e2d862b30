// One timed task of the ingest benchmark, run in its own process so its peak memory is its own:
// `tsx bench/ingest/task.ts plain|plain-lossy|evalbook|floor <study-dir> <out-dir>` prints one JSON line
// {seconds, peak_rss_mb, stages}; stage times go to stderr as they end.
import {mkdir, readFile, rm} from "node:fs/promises";
import {join} from "node:path";
import {literal, withDuckDB} from "../../loaders/duckdb.js";
import {copyOnOneThread} from "../../loaders/write/parquet.js";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {loadLargeCsv} from "../../loaders/ingest/large-csv.js";
import {readSource} from "../../loaders/ingest/read-source.js";
import {INSTRUMENTS} from "./generate.js";

/** A fixed key: pseudonyms, and so the outputs, are the same on every run. */
const KEY = "evalbook-bench";

const [task, dir, out] = process.argv.slice(2);
/**
 * The plain copies. A bare read_csv stops at the first invalid answer (it guesses BIGINT from a sample), so the
 * reference reads the whole file to guess types and keeps every row; the lossy one skips rows it cannot parse.
 */
const PLAIN: Record<string, string> = {plain: "sample_size = -1", "plain-lossy": "ignore_errors = true"};

/** The ingest's three large tables, which `floor` rewrites from the evalbook task's outputs. */
const LARGE = ["responses", "scores", "change"];

if (!(task in PLAIN || task === "evalbook" || task === "floor") || !dir || !out) {
  throw new Error("usage: tsx bench/ingest/task.ts plain|plain-lossy|evalbook|floor <study-dir> <out-dir>");
}
await rm(out, {recursive: true, force: true});
await mkdir(out, {recursive: true});
const stages: Record<string, number> = {};
const start = performance.now();
/** The floor's timed part (wall and CPU seconds), when not the whole task. */
let timed: {seconds: number; cpu_seconds: number} | undefined;
if (task in PLAIN) {
  const csv = join(dir, "raw", "export.csv");
  await withDuckDB(async (db) => {
    await db.run(
      `COPY (SELECT * FROM read_csv(${literal(csv)}, ${PLAIN[task]})) TO ${literal(join(out, "export.parquet"))} (FORMAT parquet)`
    );
  });
} else if (task === "floor") {
  // Evalbook's I/O alone, computing nothing: load the CSV with the ingest's loader (answers as an ENUM of their
  // texts) and write its large tables, byte for byte, from memory as the ingest writes them. Loading those tables
  // is not timed.
  const evalbookOut = join(out, "..", "evalbook", "study");
  await withDuckDB(async (db, instance) => {
    for (const name of LARGE) {
      const path = literal(join(evalbookOut, `${name}.parquet`));
      await db.run(`CREATE TABLE ${name} AS SELECT * FROM read_parquet(${path})`);
    }
    const [wall, cpu] = [performance.now(), process.cpuUsage()];
    // id, wave, timestamp, then the items (bench/ingest/generate.ts).
    const width = 3 + INSTRUMENTS.flatMap((i) => i.items).length;
    await loadLargeCsv(db, "raw", {
      file: "export.csv",
      path: join(dir, "raw", "export.csv"),
      delimiter: ",",
      width,
      answers: Array.from({length: width - 3}, (_, i) => 3 + i)
    });
    const copies = LARGE.map((name) => ({
      query: `SELECT * FROM ${name}`,
      path: join(out, `${name}.parquet`)
    }));
    await copyOnOneThread(db, instance, copies);
    const {user, system} = process.cpuUsage(cpu);
    timed = {seconds: (performance.now() - wall) / 1000, cpu_seconds: (user + system) / 1e6};
  });
  for (const name of LARGE) {
    const [ours, ingest] = await Promise.all(
      [out, evalbookOut].map((folder) => readFile(join(folder, `${name}.parquet`)))
    );
    if (!ours!.equals(ingest!)) throw new Error(`floor: ${name}.parquet differs from the ingest's`);
  }
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
const {userCPUTime, systemCPUTime} = process.resourceUsage();
// CPU time (all threads) as well as wall time: on a shared machine it is the steadier of the two.
const {seconds, cpu_seconds} = timed ?? {
  seconds: (performance.now() - start) / 1000,
  cpu_seconds: (userCPUTime + systemCPUTime) / 1e6
};
console.log(
  JSON.stringify({seconds, cpu_seconds, peak_rss_mb: process.resourceUsage().maxRSS / 1024, stages})
);
