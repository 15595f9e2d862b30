// `npm run bench:dashboard [-- --rows N --changes 20 --runs 3 --skip-large]`: the dashboards in headless Chromium.
// Builds two sites with `npm run build` in roots of their own under $TMPDIR/evalbook-dashbench-* (site.ts): the demo
// site (the three demo studies, from cold caches) and a large site (q-school plus the ingest benchmark's generated
// 1,000,000-row study, ingest cached between runs). Then opens the pre/post page of q-school and of the large study
// and reads the browser's Performance API: first chart, DuckDB-WASM timing, bytes, and control-change latency.
// Figures to bench/results.json and bench/results.md (key "dashboard"); see bench/NOTES.md.
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {readFile, stat, writeFile} from "node:fs/promises";
import {cpus, loadavg, tmpdir, totalmem} from "node:os";
import {join} from "node:path";
import {execFileSync} from "node:child_process";
import {parseArgs} from "node:util";
import {fileURLToPath} from "node:url";
import {serveStatic} from "../test/browser/serve.js";
import {CHROMIUM} from "../test/browser/chromium.js";
import {localIngest, type Profile} from "../test/browser/profile.js";
import {
  launchBenchChromium,
  loadFigures,
  openTimed,
  prepostChanges,
  quantile,
  type ChangeFigure,
  type LoadFigures
} from "./dashboard/browser.js";
import {codeFingerprint, folderBytes, prepareSite, timed} from "./dashboard/site.js";
import {generateStudy} from "./ingest/generate.js";
import {recordResult, type FigureRow} from "./results.js";

const TARGET_FIRST_CHART_MS = 1000;
const TARGET_CHANGE_P95_MS = 100;
const TARGET_BYTES = 1.5e6;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const {values: args} = parseArgs({
  options: {
    rows: {type: "string", default: "1000000"},
    changes: {type: "string", default: "20"},
    runs: {type: "string", default: "3"},
    "large-timeout": {type: "string", default: "120"},
    "skip-large": {type: "boolean", default: false},
    "rebuild-large": {type: "boolean", default: false}
  },
  strict: false
});
const rows = Number(args.rows);
const changesCount = Number(args.changes);
const runs = Number(args.runs);
const largeTimeout = Number(args["large-timeout"]) * 1000;

const repo = here("..");
// Outside the checkout: the sites hold copies of src/ and loaders/, which `tsc` (bench/**) would check again.
const out = join(
  tmpdir(),
  `evalbook-dashbench-${createHash("sha256").update(repo).digest("hex").slice(0, 8)}`
);
const demoRoot = join(out, "demo");
const largeRoot = join(out, "large");
const largeStudy = here("./out/ingest-study");
const DEMO = ["p-street", "q-school", "z-village"];
const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

// ── Builds ────────────────────────────────────────────────────────────────────────────────────────────────────
log("demo site: npm run build from cold caches (ingest and Framework loaders)");
await prepareSite(
  repo,
  demoRoot,
  Object.fromEntries(DEMO.map((id) => [id, join(repo, "data", "studies", id)])),
  {keepIngestCache: false}
);
const demoBuild = await timed("npm", ["run", "build"], demoRoot);
log(`  ${demoBuild.seconds.toFixed(1)} s; again with every cache warm …`);
const demoRebuild = await timed("npm", ["run", "build"], demoRoot);
log(`  ${demoRebuild.seconds.toFixed(1)} s`);

/** A large-site build, kept with the key of what it was built from: the code and the generator's stamp. */
interface LargeBuild {
  key: string;
  date: string;
  ingest: Record<string, {seconds: number; ran: boolean}>;
  /** `npm run build` in all, and its part after dist/evalbook-manifest.json was written (the personal-data scan). */
  build: number;
  scan: number;
  distBytes: number;
  /** Whether this run built it (false: reused, inputs unchanged since `date`). */
  built: boolean;
}
const LARGE_BUILD = join(largeRoot, "bench-build.json");
let large: LargeBuild | undefined;
if (!args["skip-large"]) {
  const {generated} = await generateStudy(largeStudy, {rows});
  log(
    `large study: ${generated ? "generated" : "reusing"} ${rows.toLocaleString("en")} rows in ${largeStudy}`
  );
  const stamp = await readFile(join(largeStudy, "raw", "export.stamp"), "utf8");
  const key = await codeFingerprint(repo, stamp);
  const previous: LargeBuild | undefined = await readFile(LARGE_BUILD, "utf8")
    .then(JSON.parse)
    .catch(() => undefined);
  if (previous?.key === key && !args["rebuild-large"] && existsSync(join(largeRoot, "dist", "index.html"))) {
    large = {...previous, built: false};
    log(`large site: reusing the build of ${previous.date} (same code and data; --rebuild-large to rebuild)`);
  } else {
    await prepareSite(repo, largeRoot, {
      "q-school": join(repo, "data", "studies", "q-school"),
      bench: largeStudy
    });
    log("large site: ingest (cached by fingerprint between runs) …");
    const ingest = await timed(
      process.execPath,
      ["--import", "tsx", here("./dashboard/ingest-task.ts")],
      largeRoot
    );
    const ingestTimes = JSON.parse(ingest.output.trim().split("\n").pop()!);
    log(`  ${JSON.stringify(ingestTimes)}`);
    log("large site: npm run build (ingest cached, Framework loaders cold) …");
    const start = Date.now();
    const build = await timed("npm", ["run", "build"], largeRoot);
    const manifest = (await stat(join(largeRoot, "dist", "evalbook-manifest.json"))).mtimeMs;
    const distBytes = await folderBytes(join(largeRoot, "dist"));
    large = {
      key,
      date: new Date().toISOString().slice(0, 10),
      ingest: ingestTimes,
      build: build.seconds,
      scan: (start + build.seconds * 1000 - manifest) / 1000,
      distBytes,
      built: true
    };
    await writeFile(LARGE_BUILD, JSON.stringify(large, null, 2) + "\n");
    log(
      `  ${build.seconds.toFixed(1)} s (scan of dist/ ${large.scan.toFixed(1)} s); dist ${(distBytes / 1e6).toFixed(0)} MB`
    );
  }
}

// ── Browser ───────────────────────────────────────────────────────────────────────────────────────────────────
const browser = await launchBenchChromium();
const chromiumVersion = browser.version();

interface PageRun {
  load: LoadFigures;
  changes: ChangeFigure[];
  changeError?: string;
}

/** Opens the pre/post page `runs` times (cold cache each); the run with the median first chart is kept, and the
 * control changes are made on the last one. */
async function prepost(
  root: string,
  study: string,
  {runs, timeout, profile = "published"}: {runs: number; timeout: number; profile?: Profile}
) {
  const dist = join(root, "dist");
  const studies = join(root, "data/studies");
  // The local profile's per-participant tables, ingested before any timing starts.
  if (profile === "local") await localIngest(studies, study);
  const server = await serveStatic(dist);
  const loads: LoadFigures[] = [];
  let changes: ChangeFigure[] = [];
  let changeError: string | undefined;
  try {
    for (let i = 0; i < runs; i++) {
      const opened = await openTimed(browser, `${server.url}/studies/${study}/prepost.html`, {
        timeout,
        profile,
        studies
      });
      const load = await loadFigures(opened, `/studies/${study}/prepost.html`, dist);
      loads.push(load);
      log(
        `  ${study} pre/post: first chart ${load.first_chart_painted_ms?.toFixed(0) ?? "—"} ms, ` +
          `${(load.bytes.encoded / 1e6).toFixed(2)} MB, heap ${load.js_heap_mb?.toFixed(0) ?? "—"} MB${load.timeout ? ` (${load.timeout})` : ""}`
      );
      if (i === runs - 1 && !load.timeout && changesCount > 0) {
        const timed = await prepostChanges(opened.page, {count: changesCount, timeout: timeout});
        changes = timed.changes;
        changeError = timed.error;
        const ms = changes.map((c) => c.ms);
        log(
          `  ${changes.length} changes: p50 ${quantile(ms, 0.5)?.toFixed(0)} ms, p95 ${quantile(ms, 0.95)?.toFixed(0)} ms${changeError ? `; ${changeError}` : ""}`
        );
      }
      await opened.page.context().close();
      if (load.timeout) break; // one failed load says enough; the next would cost the same timeout
    }
  } finally {
    await server.close();
  }
  const sorted = [...loads].sort(
    (a, b) => (a.first_chart_painted_ms ?? Infinity) - (b.first_chart_painted_ms ?? Infinity)
  );
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    load: median,
    runs: loads.map((l) => l.first_chart_painted_ms),
    changes,
    changeError
  } satisfies PageRun & {runs: (number | null)[]};
}

/**
 * A page that is ready once `ready` is in it: the home page (study cards, no DuckDB-WASM) and a notebook, the
 * page that loads DuckDB-WASM and runs its first query on opening. `ready_ms`: when `ready` was found.
 */
async function openPage(root: string, path: string, ready: string) {
  const dist = join(root, "dist");
  const server = await serveStatic(dist);
  try {
    const opened = await openTimed(browser, `${server.url}${path}`, {timeout: 60_000, ready});
    const ready_ms = await opened.page.evaluate(() => performance.now());
    const load = await loadFigures(opened, path, dist);
    await opened.page.context().close();
    log(
      `  ${path}: ${ready} at ${ready_ms.toFixed(0)} ms; ${(load.bytes.encoded / 1e6).toFixed(2)} MB (${(load.bytes.without_duckdb.encoded / 1e6).toFixed(2)} MB without DuckDB-WASM)${load.timeout ? ` (${load.timeout})` : ""}`
    );
    return {...load, ready_ms};
  } finally {
    await server.close();
  }
}

log(`browser: ${chromiumVersion}; demo site`);
const demoHome = await openPage(demoRoot, "/", ".study-card");
const demoNotebook = await openPage(demoRoot, "/studies/q-school/notebook.html", ".sql-result table");
const demo = await prepost(demoRoot, "q-school", {runs, timeout: 30_000});
log("browser: demo site, the local profile of npm run dev (the only one with the leave-out control)");
const demoLocal = await prepost(demoRoot, "q-school", {runs: 1, timeout: 30_000, profile: "local"});
let big: Awaited<ReturnType<typeof prepost>> | undefined;
if (large) {
  log(`browser: large site (timeout ${largeTimeout / 1000} s)`);
  big = await prepost(largeRoot, "bench", {runs: 1, timeout: largeTimeout});
}
await browser.close();

// ── Figures ───────────────────────────────────────────────────────────────────────────────────────────────────
const columns = ["demo (q-school)", `large (${rows.toLocaleString("en")} rows)`];
const [D, L] = columns;
const both = (f: (r: Awaited<ReturnType<typeof prepost>>) => number | string | null) => ({
  [D]: f(demo),
  ...(big ? {[L]: f(big)} : {})
});
const meets = (values: Record<string, number | string | null>, ok: (x: number) => boolean) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? ok(v) : null]));
const kb = (x: number) => x / 1e3;
const p = (r: PageRun, q: number, kind?: string) =>
  quantile(
    r.changes.filter((c) => !kind || c.kind.startsWith(kind)).map((c) => c.ms),
    q
  );

const firstChart = both((r) => r.load.first_chart_painted_ms);
const p95 = both((r) => p(r, 0.95));
const bytesWithout = both((r) => kb(r.load.bytes.without_duckdb.encoded));
const rowsOut: FigureRow[] = [
  {
    figure: "first chart painted on the pre/post page (from navigation start)",
    values: firstChart,
    unit: "ms",
    target: `≤ ${TARGET_FIRST_CHART_MS} ms`,
    met: meets(firstChart, (x) => x <= TARGET_FIRST_CHART_MS),
    note: big?.load.timeout ? `large: ${big.load.timeout}` : `median of ${runs} cold loads (demo)`
  },
  {
    figure: "first contentful paint",
    values: both((r) => r.load.fcp_ms),
    unit: "ms"
  },
  {
    figure: "first chart ÷ first contentful paint (same load)",
    values: both((r) =>
      r.load.first_chart_painted_ms && r.load.fcp_ms ? r.load.first_chart_painted_ms / r.load.fcp_ms : null
    ),
    unit: "x"
  },
  {
    figure: "DuckDB-WASM (duckdb-eh.wasm) requested by the pre/post page",
    values: both((r) => (r.load.duckdb_wasm.requested ? "yes" : "no")),
    unit: "",
    note: "the page decodes Parquet with hyparquet; DuckDB-WASM is loaded only by the notebook"
  },
  {
    figure: "first chart painted before DuckDB-WASM finished loading",
    values: both((r) =>
      r.load.chart_before_duckdb === null ? null : r.load.chart_before_duckdb ? "yes" : "no"
    ),
    unit: ""
  },
  {
    figure: "main-thread long tasks until load settled (total)",
    values: both((r) => r.load.long_task_ms),
    unit: "ms"
  },
  {
    figure: "JS heap after first load",
    values: both((r) => r.load.js_heap_mb),
    unit: "MB"
  },
  {
    figure: "filter change → updated charts and tables, p50",
    values: both((r) => p(r, 0.5)),
    unit: "ms",
    note: `${changesCount} changes: subscale select, group radio (when the study has groups)`
  },
  {
    figure: "filter change, p95",
    values: p95,
    unit: "ms",
    target: `≤ ${TARGET_CHANGE_P95_MS} ms (large)`,
    met: meets(p95, (x) => x <= TARGET_CHANGE_P95_MS),
    note: big?.changeError
      ? `large: ${big.changeError}`
      : big && !big.changes.length
        ? "large: not measured (no first chart)"
        : ""
  },
  {figure: "subscale change, p95", values: both((r) => p(r, 0.95, "subscale")), unit: "ms"},
  {
    figure: "local profile (npm run dev): filter change, p95",
    values: {[D]: p(demoLocal, 0.95)},
    unit: "ms",
    note: `the published site offers no leave-out control; here ${demoLocal.changes.length} changes with it${demoLocal.changeError ? `; ${demoLocal.changeError}` : ""}`
  },
  {
    figure: "… leave out one participant (tick: every table recomputed in the browser), p95",
    values: {[D]: p(demoLocal, 0.95, "leave out (tick)")},
    unit: "ms",
    note: `slowest ${p(demoLocal, 1, "leave out (tick)")?.toFixed(0) ?? "—"} ms (the statistics code loads once the page is idle)`
  },
  {
    figure: "… leave-out untick (back to the precomputed tables), p95",
    values: {[D]: p(demoLocal, 0.95, "leave out (untick)")},
    unit: "ms"
  },
  {
    figure: "bytes on first load of the pre/post page (encoded)",
    values: both((r) => kb(r.load.bytes.encoded)),
    unit: "kB",
    note: "local server sends no compression: encoded = file size"
  },
  {
    figure: "… without DuckDB-WASM",
    values: bytesWithout,
    unit: "kB",
    target: `≤ ${TARGET_BYTES / 1e3} kB`,
    met: meets(bytesWithout, (x) => x * 1e3 <= TARGET_BYTES)
  },
  {
    figure: "… gzip-estimated (level 6, same files)",
    values: both((r) => kb(r.load.bytes.without_duckdb.gzip)),
    unit: "kB"
  },
  {figure: "… of which Parquet", values: both((r) => kb(r.load.bytes.by_kind.parquet ?? 0)), unit: "kB"},
  {figure: "… requests", values: both((r) => r.load.bytes.requests), unit: ""},
  {
    figure: "home page bytes",
    values: {[D]: kb(demoHome.bytes.encoded)},
    unit: "kB",
    note: `DuckDB-WASM requested: ${demoHome.duckdb_wasm.requested ? "yes" : "no"}; study cards at ${demoHome.ready_ms.toFixed(0)} ms`
  },
  {
    figure: "notebook page bytes, DuckDB-WASM included (loaded by this page only)",
    values: {[D]: kb(demoNotebook.bytes.encoded)},
    unit: "kB",
    note: `without DuckDB-WASM ${kb(demoNotebook.bytes.without_duckdb.encoded).toFixed(0)} kB; gzip-estimated ${kb(demoNotebook.bytes.gzip).toFixed(0)} kB`
  },
  {
    figure: "notebook: first SQL result (DuckDB-WASM fetched, started, tables loaded, query run)",
    values: {[D]: demoNotebook.ready_ms},
    unit: "ms"
  },
  {
    figure: "npm run build, cold caches (ingest + loaders + Framework + CSP + scan)",
    values: {[D]: demoBuild.seconds},
    unit: "s",
    note: "demo site: the three demo studies"
  },
  {
    figure: "npm run build again, caches warm",
    values: {[D]: demoRebuild.seconds},
    unit: "s"
  },
  ...(large
    ? [
        {
          figure: "npm run build, ingest cached (loaders + Framework + CSP + scan)",
          values: {[L]: large.build},
          unit: "s" as const,
          note: `large site: q-school + the generated study; dist ${(large.distBytes / 1e6).toFixed(0)} MB${large.built ? "" : `; built on ${large.date}, reused (same code and data)`}`
        },
        {
          figure: "… of which the personal-data scan of dist/",
          values: {[L]: large.scan},
          unit: "s" as const
        },
        {
          figure: "ingest before that build (cached between runs by fingerprint)",
          values: {[L]: Object.values(large.ingest).reduce((a, r) => a + r.seconds, 0)},
          unit: "s" as const,
          note: Object.entries(large.ingest)
            .map(([id, r]) => `${id} ${r.seconds.toFixed(1)} s${r.ran ? "" : " (cached)"}`)
            .join(", ")
        }
      ]
    : [])
];

const chromiumLine = (() => {
  try {
    // stderr dropped: Debian's wrapper script complains there about large memory sizes.
    return execFileSync(CHROMIUM, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
  } catch {
    return chromiumVersion;
  }
})();
await recordResult("dashboard", {
  title: "Dashboards in headless Chromium: pre/post page, demo and large study",
  columns: big ? columns : [D],
  rows: rowsOut,
  details: {
    chromium: chromiumLine,
    load_average_at_start: loadavg(),
    cpus: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    demo: {...demo, home: demoHome, notebook: demoNotebook, local: demoLocal},
    large: big ? {...big, build: large} : null,
    builds: {demo: demoBuild.seconds, demo_warm: demoRebuild.seconds, large: large?.build ?? null},
    seconds: (performance.now() - started) / 1000
  }
});
log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s; figures in bench/results.md`);
