// Keyed pseudonyms for participant ids: stable across re-ingests on one machine, unguessable without the key.
import {createHash, randomBytes} from "node:crypto";
import {existsSync} from "node:fs";
import {link, mkdir, readFile, unlink, writeFile} from "node:fs/promises";
import {dirname} from "node:path";
import {PSEUDONYM_DIGITS, PSEUDONYM_PREFIX} from "../../src/lib/pseudonym-shape.js";
import {InputError} from "../errors.js";

/** Where the key lives when `EVALBOOK_KEY` is not set: untracked, created on first run. */
export const KEY_FILE = ".evalbook/key";

/** Fewest characters a key may have; a created key has 64 (32 random bytes in hex). */
const MIN_KEY_CHARS = 32;

/** The pseudonymisation key: `EVALBOOK_KEY`, else the key file (created with 32 random bytes if absent). */
export async function pseudonymKey(file = KEY_FILE): Promise<string> {
  if (process.env.EVALBOOK_KEY !== undefined) return checked(process.env.EVALBOOK_KEY.trim(), "EVALBOOK_KEY");
  if (!existsSync(file)) await createKey(file);
  return checked((await readFile(file, "utf8")).trim(), file);
}

/**
 * Writes a fresh key to a private temporary file, then links it into place: `link` fails if the key exists, so
 * concurrent first runs all end up with the one key that landed first, and none ever sees a half-written file.
 */
async function createKey(file: string): Promise<void> {
  await mkdir(dirname(file), {recursive: true});
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString("hex")}`;
  await writeFile(temporary, randomBytes(32).toString("hex") + "\n", {mode: 0o600, flag: "wx"});
  try {
    await link(temporary, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error; // another ingest created it first: use theirs
    });
  } finally {
    await unlink(temporary);
  }
}

/** An empty or short key would make pseudonyms guessable from the ids: refuse it. */
function checked(key: string, source: string): string {
  if (key.length >= MIN_KEY_CHARS) return key;
  throw new InputError(
    `the pseudonymisation key is ${key.length ? `only ${key.length} characters long` : "empty"}`,
    {file: source},
    source === "EVALBOOK_KEY"
      ? "set EVALBOOK_KEY to at least 32 random characters (e.g. `openssl rand -hex 32`), or unset it to use .evalbook/key"
      : `delete ${source} to have a new key made on the next ingest (pseudonyms will change), or restore the saved key`
  );
}

/** The text hashed for a pseudonym; the same in SQL (see `pseudonymSql`) and in JS. */
const SEPARATOR = "\u001f";

/** {@link PSEUDONYM_PREFIX} and {@link PSEUDONYM_DIGITS} hex digits of SHA-256(key ␟ study ␟ id). */
export function pseudonym(key: string, study: string, id: string): string {
  return (
    PSEUDONYM_PREFIX +
    createHash("sha256")
      .update([key, study, id.trim()].join(SEPARATOR))
      .digest("hex")
      .slice(0, PSEUDONYM_DIGITS)
  );
}

/** The same pseudonym as a DuckDB SQL expression over the id expression `id`. */
export function pseudonymSql(key: string, study: string, id: string): string {
  const prefix = [key, study, ""].join(SEPARATOR).replaceAll("'", "''");
  return `('${PSEUDONYM_PREFIX}' || substr(sha256('${prefix}' || trim(${id})), 1, ${PSEUDONYM_DIGITS}))`;
}
