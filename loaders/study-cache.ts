// Ingest outputs cached by fingerprint: a Framework loader asking for one table ingests the study at most once.
import {existsSync} from "node:fs";
import {readdir, rm} from "node:fs/promises";
import {join} from "node:path";
import {createHash} from "node:crypto";
import {CODE_DIRS, fingerprint} from "./fingerprint.js";
import {pseudonymKey} from "./ingest/pseudonym.js";
import {isPublishBuild} from "./publish/mode.js";

export const CACHE = ".evalbook/cache";

/**
 * The output folder for the study in `dir`, ingesting first when inputs, code, key or build mode changed. The
 * published build (`npm run build`) and the local one differ (excerpts), so each mode keeps its own outputs:
 * `<id>.published-<print>` and `<id>.local-<print>` (a study id never holds a dot).
 */
export async function ingestedStudy(dir: string, id: string): Promise<string> {
  const key = await pseudonymKey();
  const keyId = createHash("sha256").update(key).digest("hex");
  const mode = isPublishBuild() ? "published" : "local";
  const print = (await fingerprint([dir, ...CODE_DIRS, "package-lock.json"], `${keyId} ${mode}`)).slice(
    0,
    16
  );
  const name = `${id}.${mode}-${print}`;
  const out = join(CACHE, name);
  if (existsSync(join(out, "ingest-report.json"))) return out;
  // Imported only now: every Framework loader runs in a process of its own, and with the outputs cached it
  // needs none of the ingest (DuckDB, readers, statistics), whose import costs about a second.
  const [{ingestStudy}, {readSource}] = await Promise.all([
    import("./ingest/ingest.js"),
    import("./ingest/read-source.js")
  ]);
  await ingestStudy(dir, {out, key, read: readSource});
  // Older outputs of this study in this mode are stale now; other studies' and the other mode's stay.
  const stale = new RegExp(`^${id.replace(/[^A-Za-z0-9_]/g, "\\$&")}\\.${mode}-[0-9a-f]{16}$`);
  for (const entry of await readdir(CACHE)) {
    if (stale.test(entry) && entry !== name) await rm(join(CACHE, entry), {recursive: true, force: true});
  }
  return out;
}
