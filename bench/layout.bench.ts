// `npm run bench` (after ingest.bench.ts, whose 1,000,000-row outputs it reads): Parquet layouts of the scores
// table, each against the layout the ingest writes (long, in participant order, DuckDB's default row groups), in
// the same run. Per layout: bytes; DuckDB time for a subscale's summary by group × wave (what a page or notebook
// cell asks) and for one participant's rows; hyparquet time to decode what a page would need for one subscale.
// Figures to bench/results.json and bench/results.md (key "layout"); see bench/NOTES.md.
import {existsSync} from "node:fs";
import {mkdir, readFile, rm, stat} from "node:fs/promises";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {parquetMetadata, parquetReadObjects} from "hyparquet";
import {compressors} from "hyparquet-compressors";
import {ident, literal, withDuckDB} from "../loaders/duckdb.js";
import {recordResult, type FigureRow} from "./results.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const scores = here("./out/evalbook/study/scores.parquet");
const out = here("./out/layout");
if (!existsSync(scores)) throw new Error(`${scores} is missing: run bench/ingest.bench.ts first`);
await rm(out, {recursive: true, force: true});
await mkdir(out, {recursive: true});

/** Median wall milliseconds of `runs` calls. */
async function median(work: () => Promise<unknown>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

interface Layout {
  name: string;
  /** A SELECT over `scores` giving the layout's rows, and the COPY options. */
  select: string;
  options: string;
  /** Whether parts are columns (wide) rather than rows (long). */
  wide: boolean;
}

const rows = await withDuckDB(async (db) => {
  await db.run(`CREATE TABLE scores AS SELECT * FROM read_parquet(${literal(scores)})`);
  const parts = (
    await db.runAndReadAll("SELECT DISTINCT instrument, subscale FROM scores ORDER BY ALL")
  ).getRows() as [string, string][];
  const [instrument, subscale] = parts[0];
  const participant = (
    await db.runAndReadAll("SELECT min(participant) FROM scores")
  ).getRows()[0][0] as string;
  const wideColumns = parts
    .map(
      ([i, s]) =>
        `max(score) FILTER (WHERE instrument = ${literal(i)} AND subscale = ${literal(s)}) AS ${ident(`${i}.${s}`)}`
    )
    .join(", ");
  const bySubscale = `ORDER BY instrument, subscale, "group", wave, participant`;
  const layouts: Layout[] = [
    {name: "long, participant order (ingest)", select: "SELECT * FROM scores", options: "", wide: false},
    {
      name: "long, sorted by subscale",
      select: `SELECT * FROM scores ${bySubscale}`,
      options: "",
      wide: false
    },
    {
      name: "long, sorted, 16k-row groups",
      select: `SELECT * FROM scores ${bySubscale}`,
      options: ", ROW_GROUP_SIZE 16384",
      wide: false
    },
    {
      name: "wide (a column per subscale)",
      select: `SELECT participant, "group", wave, ${wideColumns} FROM scores GROUP BY ALL ORDER BY participant, wave`,
      options: "",
      wide: true
    }
  ];
  const figures = [];
  for (const [i, layout] of layouts.entries()) {
    const file = join(out, `scores-${i}.parquet`);
    await db.run(
      `COPY (${layout.select}) TO ${literal(file)} (FORMAT parquet, COMPRESSION zstd${layout.options})`
    );
    const source = `read_parquet(${literal(file)})`;
    const column = layout.wide ? ident(`${instrument}.${subscale}`) : "score";
    const where = layout.wide
      ? ""
      : `WHERE instrument = ${literal(instrument)} AND subscale = ${literal(subscale)}`;
    const summary = await median(() =>
      db.run(`SELECT "group", wave, count(${column}), avg(${column}) FROM ${source} ${where} GROUP BY ALL`)
    );
    const person = await median(() =>
      db.run(`SELECT * FROM ${source} WHERE participant = ${literal(participant)}`)
    );
    const bytes = await readFile(file);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    // A page decoding one subscale in the browser: the columns it draws, rows pruned by row-group statistics.
    const decode = await median(
      () =>
        parquetReadObjects({
          file: buffer,
          metadata: parquetMetadata(buffer),
          compressors,
          columns: layout.wide
            ? ["participant", "group", "wave", `${instrument}.${subscale}`]
            : ["participant", "group", "wave", "score"],
          ...(layout.wide ? {} : {filter: {instrument: {$eq: instrument}, subscale: {$eq: subscale}}})
        }),
      1
    );
    figures.push({name: layout.name, bytes: (await stat(file)).size, summary, person, decode});
    console.log(
      `  ${layout.name}: ${(figures.at(-1)!.bytes / 1e6).toFixed(1)} MB, summary ${summary.toFixed(0)} ms, ` +
        `one participant ${person.toFixed(0)} ms, hyparquet one subscale ${decode.toFixed(0)} ms`
    );
  }
  return figures;
});

const [reference] = rows;
const columns = rows.map((r) => r.name);
const per = (f: (r: (typeof rows)[number]) => number) => Object.fromEntries(rows.map((r) => [r.name, f(r)]));
const figures: FigureRow[] = [
  {figure: "file size", values: per((r) => r.bytes / 1e6), unit: "MB", note: "8,000,000 score rows, zstd"},
  {figure: "… ÷ ingest layout", values: per((r) => r.bytes / reference.bytes), unit: "x"},
  {
    figure: "DuckDB: one subscale by group × wave ÷ ingest layout",
    values: per((r) => r.summary / reference.summary),
    unit: "x",
    note: `ingest layout ${reference.summary.toFixed(0)} ms (median of 3)`
  },
  {
    figure: "DuckDB: one participant's rows ÷ ingest layout",
    values: per((r) => r.person / reference.person),
    unit: "x",
    note: `ingest layout ${reference.person.toFixed(0)} ms`
  },
  {
    figure: "hyparquet: decode one subscale ÷ ingest layout",
    values: per((r) => r.decode / reference.decode),
    unit: "x",
    note: `ingest layout ${(reference.decode / 1000).toFixed(1)} s; what a page in the browser would pay`
  }
];
await recordResult("layout", {
  title: "Parquet layouts of scores (1,000,000 rows × 8 parts)",
  columns,
  rows: figures
});
await rm(out, {recursive: true, force: true});
