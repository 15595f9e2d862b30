// The ingest's output folder is its own: it refuses a folder holding anything else, writes beside it and swaps.
import {lstat, mkdir, readdir, rename, rm, writeFile} from "node:fs/promises";
import {randomBytes} from "node:crypto";
import {homedir} from "node:os";
import {basename, dirname, join, relative, resolve} from "node:path";
import {InputError} from "../errors.js";
import {within} from "../read/safe-path.js";

/** The file every output folder holds: what tells a later ingest the folder is its to replace. */
export const OUT_MARKER = ".evalbook-output";

/** The repository's root (this file is loaders/ingest/out-folder.ts). */
const REPOSITORY = resolve(import.meta.dirname, "../..");

const FIX_OUT =
  "give --out a new or empty folder, or one an earlier ingest wrote (the default is <study>/out)";

/** One line refusing `out`, and how to choose another. */
function refuse(out: string, what: string): never {
  throw new InputError(what, {file: out}, FIX_OUT);
}

/**
 * Refuses an output folder that is `/`, the working folder, home or the repository, that holds or lies among the
 * study's inputs, or that exists with content an ingest did not write. `inputs` are the study's own files.
 */
export async function checkOutFolder(out: string, study: string, inputs: string[]): Promise<void> {
  const target = resolve(out);
  const special: [string, string][] = [
    [resolve("/"), "the root of the file system"],
    [resolve("."), "the current folder"],
    [homedir(), "your home folder"],
    [REPOSITORY, "the Evalbook repository"]
  ];
  for (const [path, name] of special) if (target === path) refuse(out, `the output folder is ${name}`);
  const root = resolve(study);
  if (within(root, target))
    refuse(out, "the output folder holds the study itself (study.yaml and its exports)");
  for (const input of inputs.map((file) => resolve(file))) {
    if (within(input, target))
      refuse(out, `the output folder holds the study's input ${relative(root, input)}`);
    const folder = dirname(input);
    if (folder !== root && within(target, folder)) {
      refuse(out, `the output folder lies among the study's inputs (${relative(root, folder)})`);
    }
  }
  await checkReplaceable(out);
}

/** Refuses an existing `out` that is a link, a file, or a folder with content an ingest did not write. */
async function checkReplaceable(out: string): Promise<void> {
  const info = await lstat(out).catch(() => undefined);
  if (!info) return;
  if (info.isSymbolicLink()) refuse(out, "the output folder is a symbolic link");
  if (!info.isDirectory()) refuse(out, "the output path is a file, not a folder");
  if (!(await owned(out))) {
    refuse(
      out,
      "the output folder is not empty and was not written by an ingest, so it is not Evalbook's to replace"
    );
  }
}

/** Empty, marked, or (written before the marker existed) only an ingest's report, codebook and tables. */
async function owned(folder: string): Promise<boolean> {
  // Gone since it was looked at: a concurrent ingest of the same study set it aside for its swap.
  const entries = await readdir(folder, {withFileTypes: true}).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  if (entries.length === 0 || entries.some((e) => e.name === OUT_MARKER && e.isFile())) return true;
  const names = entries.map((e) => e.name);
  return (
    names.includes("ingest-report.json") &&
    names.includes("study.json") &&
    entries.every((e) => e.isFile() && /\.(parquet|json)$/.test(e.name))
  );
}

/**
 * Folders beside `out` are named `.<out>.evalbook-<tmp|old|spill>-<pid>-<random>` (hidden and git-ignored): the pid tells
 * a later run whether their writer is gone, the random part keeps ingests within one process apart.
 */
const sibling = (out: string, kind: "tmp" | "old" | "spill") =>
  join(dirname(out), `.${basename(out)}.evalbook-${kind}-${process.pid}-${randomBytes(4).toString("hex")}`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Removes what a killed ingest left beside `out` (its processes are gone): staging and spill folders, and old
 * outputs set aside for a swap, which are put back when the swap never finished.
 */
export async function cleanLeftovers(out: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escape(basename(out))}\\.evalbook-(tmp|old|spill)-(\\d+)-[0-9a-f]+$`);
  const entries = await readdir(dirname(out)).catch(() => [] as string[]);
  for (const name of entries) {
    const match = pattern.exec(name);
    if (!match || alive(Number(match[2]))) continue;
    const path = join(dirname(out), name);
    if (match[1] === "old" && !(await lstat(out).catch(() => undefined))) await rename(path, out);
    else await rm(path, {recursive: true, force: true});
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A new, marked staging folder beside `out`, for the outputs to be written into before the swap. */
export async function makeStaging(out: string, study: string): Promise<string> {
  const staging = sibling(out, "tmp");
  await mkdir(staging, {recursive: true});
  await writeFile(join(staging, OUT_MARKER), JSON.stringify({evalbook: "ingest outputs", study}) + "\n");
  return staging;
}

/**
 * A new private folder beside `out` for what DuckDB spills while ingesting (raw answers and ids among it): the
 * caller removes it when the database is closed, a later ingest if the process was killed.
 */
export async function makeSpill(out: string): Promise<string> {
  const spill = sibling(out, "spill");
  await mkdir(spill, {recursive: true, mode: 0o700});
  return spill;
}

/**
 * Puts `staging` in the place of `out`: the old folder is renamed aside, the new one renamed in, then the old one
 * removed, so a crash leaves either folder whole. Concurrent ingests of one study each retry until theirs lands.
 */
export async function swapIn(staging: string, out: string): Promise<void> {
  const old = sibling(out, "old");
  try {
    for (let attempt = 0; ; attempt++) {
      await checkReplaceable(out); // again: the ingest took a while, and the folder may have been filled meanwhile
      await rename(out, old).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
      try {
        await rename(staging, out);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Another ingest's folder landed between the two renames: set it aside too, and try again.
        if ((code !== "ENOTEMPTY" && code !== "EEXIST") || attempt >= 50) throw error;
        await rm(old, {recursive: true, force: true});
      }
    }
  } catch (error) {
    await rm(staging, {recursive: true, force: true});
    throw error;
  }
  await rm(old, {recursive: true, force: true});
}
