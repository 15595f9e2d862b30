// Reads a user's export into memory after checking that it exists and is not absurdly large.

import {readFile, stat} from "node:fs/promises";
import {basename} from "node:path";
import {InputError} from "../errors.js";

/** Largest input file read by default: 512 MiB. */
const DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024;

/** The bytes of `path`; an InputError when it is missing, a folder or larger than `maxBytes`. */
export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Buffer> {
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (info === null) throw new InputError("file not found", {file: path}, "check the path in study.yaml");
  if (!info.isFile())
    throw new InputError("is a folder, not a file", {file}, "point to the exported file itself");
  if (info.size > maxBytes) {
    throw new InputError(
      `is ${megabytes(info.size)}, more than the ${megabytes(maxBytes)} Evalbook reads`,
      {file},
      "export only the documents and codes the study needs, or raise the limit"
    );
  }
  return readFile(path);
}

/** `12.3 MB`, for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
