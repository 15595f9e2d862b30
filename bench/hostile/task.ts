// One case of the hostile benchmark in its own process: `tsx bench/hostile/task.ts <study-dir> <out-dir>` prints one
// JSON line {seconds, peak_rss_mb, error?}; `error` is the one line an InputError gave.
import {InputError} from "../../loaders/errors.js";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {readSource} from "../../loaders/ingest/read-source.js";

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error("usage: tsx bench/hostile/task.ts <study-dir> <out-dir>");
const start = performance.now();
let error: string | undefined;
try {
  await ingestStudy(dir, {out, key: "evalbook-hostile-bench", read: readSource});
} catch (caught) {
  if (!(caught instanceof InputError)) throw caught;
  error = caught.message;
}
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({seconds, peak_rss_mb: process.resourceUsage().maxRSS / 1024, error}));
