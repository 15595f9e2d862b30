// Run with the working directory at a benchmark site's root: ingests every study there through the same cache the
// loaders use (.evalbook/cache, keyed by inputs, code and key), so the build that follows finds the outputs ready.
// Ingests as `npm run build` does (the published mode), whose outputs the build then finds in the cache.
// Prints one JSON line: study id → {seconds, ran} (ran is false when the cached outputs were current).
import {readdir} from "node:fs/promises";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {studyFolders} from "../../loaders/catalogue.js";
import {PUBLISH_ENV} from "../../loaders/publish/mode.js";
import {STUDIES} from "../../loaders/studies-root.js";
import {CACHE, ingestedStudy} from "../../loaders/study-cache.js";

process.env[PUBLISH_ENV] = "1";
const result: Record<string, {seconds: number; ran: boolean}> = {};
for (const id of await studyFolders(STUDIES)) {
  const before = new Set(existsSync(CACHE) ? await readdir(CACHE) : []);
  const start = performance.now();
  const out = await ingestedStudy(join(STUDIES, id), id);
  result[id] = {seconds: (performance.now() - start) / 1000, ran: !before.has(out.split("/").pop()!)};
  console.error(`  ingest ${id}: ${result[id].seconds.toFixed(1)} s${result[id].ran ? "" : " (cached)"}`);
}
console.log(JSON.stringify(result));
