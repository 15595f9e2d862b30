// `npm run bench -- [--xlsx-rows N]`: a million-row workbook (inside the documented limits) through the whole
// ingest, in a process whose V8 heap is capped: the reader must stream, and peak memory must stay in budget.
import {spawn} from "node:child_process";
import {stat} from "node:fs/promises";
import {parseArgs} from "node:util";
import {fileURLToPath} from "node:url";
import {generateWorkbook} from "./xlsx/generate.js";
import {recordResult} from "./results.js";

/** Most megabytes the ingest may hold: the V8 heap cap, and the resident-memory target. */
const HEAP_MB = 2048;
const BUDGET_MB = 2560;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const {values} = parseArgs({options: {"xlsx-rows": {type: "string", default: "1000000"}}, strict: false});
const rows = Number(values["xlsx-rows"]);
const study = here("./out/xlsx-study");

const {xlsx, generated} = await generateWorkbook(study, rows);
const bytes = (await stat(xlsx)).size;
console.log(
  `${generated ? "generated" : "reusing"} ${xlsx}: ${rows.toLocaleString("en")} rows, ${(bytes / 1e6).toFixed(0)} MB`
);

const result = await new Promise<{seconds: number; peak_rss_mb: number; stages: Record<string, number>}>(
  (resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        "--import",
        "tsx",
        here("./ingest/task.ts"),
        "evalbook",
        study,
        here("./out/xlsx")
      ],
      {stdio: ["ignore", "pipe", "inherit"]}
    );
    let stdout = "";
    child.stdout.on("data", (data) => (stdout += data));
    child.on("close", (code, signal) => {
      if (code !== 0)
        return reject(new Error(`the ingest failed (${signal ?? `exit ${code}`}) with a ${HEAP_MB} MB heap`));
      resolve(JSON.parse(stdout.trim().split("\n").pop()!));
    });
  }
);
const met = result.peak_rss_mb <= BUDGET_MB;
console.log(
  `  ${result.seconds.toFixed(1)} s, peak ${Math.round(result.peak_rss_mb)} MB (budget ${BUDGET_MB} MB) ${met ? "✓" : "✗"}`
);
await recordResult("xlsx", {
  title: `Ingest of a ${rows.toLocaleString("en")}-row workbook (${(bytes / 1e6).toFixed(0)} MB XLSX, heap capped at ${HEAP_MB} MB)`,
  columns: ["workbook"],
  rows: [
    {figure: "ingest time", values: {workbook: result.seconds}, unit: "s"},
    {figure: "… of which reading the sheet", values: {workbook: result.stages.read ?? null}, unit: "s"},
    {
      figure: "peak resident memory",
      values: {workbook: Math.round(result.peak_rss_mb)},
      unit: "MB",
      target: `≤ ${BUDGET_MB} MB`,
      met: {workbook: met}
    }
  ],
  details: {rows, bytes, heap_mb: HEAP_MB, stages: result.stages}
});
process.exitCode = met ? 0 : 1;
