// `npm run bench`: large hostile exports through the ingest, each in its own process with its peak memory: a ragged
// row in a 34 MB CSV must give one line naming the row and none of its content; a 10,006-column one must ingest.
import {spawn} from "node:child_process";
import {fileURLToPath} from "node:url";
import {PLANTED, raggedCsv, wideCsv} from "./hostile/generate.js";
import {recordResult} from "./results.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

interface Outcome {
  seconds: number;
  peak_rss_mb: number;
  error?: string;
}

function ingest(dir: string, out: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", here("./hostile/task.ts"), dir, out], {
      stdio: ["ignore", "pipe", "inherit"]
    });
    let stdout = "";
    child.stdout.on("data", (data) => (stdout += data));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${dir}: the ingest crashed (exit ${code})`));
      resolve(JSON.parse(stdout.trim().split("\n").pop()!));
    });
  });
}

const ragged = await ingest(await raggedCsv(here("./out/hostile-ragged")), here("./out/hostile-ragged-out"));
const raggedHeld =
  /raw\/pre\.csv, row 5001: this row has 7 cells/.test(ragged.error ?? "") &&
  !ragged.error!.includes("\n") &&
  PLANTED.every((value) => !ragged.error!.includes(value));
console.log(`ragged 34 MB CSV: ${ragged.error ?? "no error"} ${raggedHeld ? "✓" : "✗"}`);
const wide = await ingest(await wideCsv(here("./out/hostile-wide")), here("./out/hostile-wide-out"));
console.log(`10,006-column 34 MB CSV: ${wide.error ?? "ingested"} ${wide.error ? "✗" : "✓"}`);

await recordResult("hostile", {
  title: "Large hostile exports (34 MB UTF-8 CSVs, read by DuckDB)",
  columns: ["ragged row", "10,006 columns"],
  rows: [
    {
      figure: "outcome",
      values: {
        "ragged row": ragged.error ? "one-line error" : "ingested",
        "10,006 columns": wide.error ? "error" : "ingested"
      },
      unit: "",
      target: "error naming the row, without its content / ingested",
      met: {"ragged row": raggedHeld, "10,006 columns": !wide.error}
    },
    {figure: "time", values: {"ragged row": ragged.seconds, "10,006 columns": wide.seconds}, unit: "s"},
    {
      figure: "peak resident memory",
      values: {"ragged row": Math.round(ragged.peak_rss_mb), "10,006 columns": Math.round(wide.peak_rss_mb)},
      unit: "MB"
    }
  ]
});
process.exitCode = raggedHeld && !wide.error ? 0 : 1;
