// A study reads only its own files: every source must resolve (symlinks followed) inside the study folder.
import {realpath, stat} from "node:fs/promises";
import {isAbsolute, join, relative, resolve, sep} from "node:path";
import {InputError} from "../errors.js";
import {notAFile} from "./read-file-bytes.js";

const FIX =
  "copy the export into the study folder (for example raw/) and give its path relative to study.yaml";

/** `target` is `folder` itself or lies below it. */
export function within(target: string, folder: string): boolean {
  const r = relative(folder, target);
  return r === "" || (r !== ".." && !r.startsWith(".." + sep) && !isAbsolute(r));
}

/**
 * Refuses a source `file` (as written in study.yaml at key `path`) that leaves the study folder `dir`, by `..`,
 * an absolute path or a symbolic link, or that is not a regular file. A missing file is left to the reader.
 */
export async function checkSourcePath(dir: string, file: string, where: {file: string; path: string}) {
  const path = join(dir, file);
  if (isAbsolute(file) || !within(resolve(path), resolve(dir))) {
    throw new InputError(`'${file}' lies outside the study folder`, where, FIX);
  }
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined) return;
  if (!within(real, await realpath(dir))) {
    throw new InputError(`'${file}' is a link to a file outside the study folder`, where, FIX);
  }
  const info = await stat(real);
  if (!info.isFile()) {
    throw new InputError(`'${file}' is ${notAFile(info)}`, where, "give the path of the export file itself");
  }
}
