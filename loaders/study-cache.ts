// Ingest outputs cached by fingerprint: a Framework loader asking for one table ingests the study at most once.
import {existsSync} from "node:fs";
import {readdir, rm} from "node:fs/promises";
import {join} from "node:path";
import {createHash} from "node:crypto";
import {CODE_DIRS, fingerprint} from "./fingerprint.js";
import {ingestStudy} from "./ingest/ingest.js";
import {pseudonymKey} from "./ingest/pseudonym.js";
import {readSource} from "./ingest/read-source.js";

export const CACHE = ".evalbook/cache";

/** The output folder for the study in `dir`, ingesting first when inputs, code or key changed. */
export async function ingestedStudy(dir: string, id: string): Promise<string> {
  const key = await pseudonymKey();
  const keyId = createHash("sha256").update(key).digest("hex");
  const print = (await fingerprint([dir, ...CODE_DIRS, "package-lock.json"], keyId)).slice(0, 16);
  const out = join(CACHE, `${id}-${print}`);
  if (existsSync(join(out, "ingest-report.json"))) return out;
  await ingestStudy(dir, {out, key, read: readSource});
  // Older outputs of this study are stale now; other studies' stay.
  for (const name of await readdir(CACHE)) {
    if (name.startsWith(`${id}-`) && name !== `${id}-${print}` && !name.includes(".tmp-")) {
      await rm(join(CACHE, name), {recursive: true, force: true});
    }
  }
  return out;
}
