// Keyed pseudonyms for participant ids: stable across re-ingests on one machine, unguessable without the key.
import {createHash, randomBytes} from "node:crypto";
import {existsSync} from "node:fs";
import {mkdir, readFile, writeFile} from "node:fs/promises";
import {dirname} from "node:path";

/** Where the key lives when `EVALBOOK_KEY` is not set: untracked, created on first run. */
export const KEY_FILE = ".evalbook/key";

/** The pseudonymisation key: `EVALBOOK_KEY`, else the key file (created with 32 random bytes if absent). */
export async function pseudonymKey(file = KEY_FILE): Promise<string> {
  const fromEnv = process.env.EVALBOOK_KEY?.trim();
  if (fromEnv) return fromEnv;
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const key = randomBytes(32).toString("hex");
  await mkdir(dirname(file), {recursive: true});
  await writeFile(file, key + "\n", {mode: 0o600, flag: "wx"}).catch(async (error) => {
    if (error.code !== "EEXIST") throw error; // another ingest created it first: use theirs
  });
  return (await readFile(file, "utf8")).trim();
}

/** The text hashed for a pseudonym; the same in SQL (see `pseudonymSql`) and in JS. */
const SEPARATOR = "\u001f";

/** `P-` and 10 hex digits of SHA-256(key ␟ study ␟ id). */
export function pseudonym(key: string, study: string, id: string): string {
  return (
    "P-" + createHash("sha256").update([key, study, id.trim()].join(SEPARATOR)).digest("hex").slice(0, 10)
  );
}

/** The same pseudonym as a DuckDB SQL expression over the id expression `id`. */
export function pseudonymSql(key: string, study: string, id: string): string {
  const prefix = [key, study, ""].join(SEPARATOR).replaceAll("'", "''");
  return `('P-' || substr(sha256('${prefix}' || trim(${id})), 1, 10))`;
}
