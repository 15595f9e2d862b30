// `npm run bench`: large hostile exports through the ingest, each in its own process with its peak memory: a ragged
// row in a 34 MB CSV must give one line naming the row and none of its content; a 10,006-column one must ingest;
// 10,000 personal columns in 0.6 MB (issue 15: 18 GB once) must ingest within 500 MB, and so must 180,000 distinct
// 67-character names (which once ran the JS heap out).
import {spawn} from "node:child_process";
import {fileURLToPath} from "node:url";
import {childNamesCsv, longNamesCsv, PLANTED, raggedCsv, wideCsv} from "./hostile/generate.js";
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
/** Issue 15's memory budget for the 10,000-column file. */
const BUDGET_MB = 500;
const mb = (outcome: Outcome) => `${Math.round(outcome.peak_rss_mb)} MB`;
const ingested = async (name: string, label: string, dir: string, budget = Infinity) => {
  const outcome = await ingest(dir, here(`./out/${name}-out`));
  const held = !outcome.error && outcome.peak_rss_mb <= budget;
  console.log(
    `${label}: ${outcome.error ?? "ingested"} in ${outcome.seconds.toFixed(1)} s, peak ${mb(outcome)}` +
      `${budget < Infinity ? ` (budget ${budget} MB)` : ""} ${held ? "✓" : "✗"}`
  );
  return {...outcome, held};
};
const wide = await ingested(
  "hostile-wide",
  "10,006-column 34 MB CSV",
  await wideCsv(here("./out/hostile-wide"))
);
const childNames = await ingested(
  "hostile-child-names",
  "10,000 personal columns (child_name_N), 0.6 MB CSV",
  await childNamesCsv(here("./out/hostile-child-names")),
  BUDGET_MB
);
const longNames = await ingested(
  "hostile-long-names",
  "180,000 distinct 67-character names",
  await longNamesCsv(here("./out/hostile-long-names"))
);
const cases = {"10,006 columns": wide, "10,000 personal columns": childNames, "180,000 names": longNames};
const each = <T>(value: (outcome: (typeof cases)[keyof typeof cases]) => T) =>
  Object.fromEntries(Object.entries(cases).map(([key, outcome]) => [key, value(outcome)]));

await recordResult("hostile", {
  title: "Large hostile exports (34 MB UTF-8 CSVs read by DuckDB; issue 15 memory cases)",
  columns: ["ragged row", ...Object.keys(cases)],
  rows: [
    {
      figure: "outcome",
      values: {
        "ragged row": ragged.error ? "one-line error" : "ingested",
        ...each((outcome) => (outcome.error ? "error" : "ingested"))
      },
      unit: "",
      target: "error naming the row, without its content / ingested",
      met: {"ragged row": raggedHeld, ...each((outcome) => !outcome.error)}
    },
    {
      figure: "time",
      values: {"ragged row": ragged.seconds, ...each((outcome) => outcome.seconds)},
      unit: "s"
    },
    {
      figure: "peak resident memory",
      values: {
        "ragged row": Math.round(ragged.peak_rss_mb),
        ...each((outcome) => Math.round(outcome.peak_rss_mb))
      },
      unit: "MB",
      target: `≤ ${BUDGET_MB} MB for the 10,000 personal columns`,
      met: {"10,000 personal columns": childNames.peak_rss_mb <= BUDGET_MB}
    }
  ]
});
process.exitCode = raggedHeld && Object.values(cases).every((outcome) => outcome.held) ? 0 : 1;
