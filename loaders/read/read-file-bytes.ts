// Reads a user's file into memory, refusing missing, empty and oversized files before any parser sees them.
import type {Stats} from "node:fs";
import {readFile, stat} from "node:fs/promises";
import {InputError} from "../errors.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The whole file, if it exists, is a regular file, is not empty and is at most `maxBytes` long. */
export async function readFileBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  const info = await stat(file).catch(() => undefined);
  if (!info) {
    throw new InputError(
      "file not found",
      {file},
      "check the path and the file name, including its extension"
    );
  }
  if (!info.isFile())
    throw new InputError(`this is ${notAFile(info)}`, {file}, "give the path of the export file");
  if (info.size === 0) {
    throw new InputError(
      "the file is empty (0 bytes)",
      {file},
      "download the export again; the download may have failed"
    );
  }
  if (info.size > maxBytes) {
    throw new InputError(
      `the file is ${size(info.size)}, more than the ${size(maxBytes)} allowed`,
      {file},
      "export only the rows and columns you need, or raise maxBytes if the file is really this large"
    );
  }
  return readFile(file);
}

/** What a path that is not a regular file is, for messages: a link to /dev/zero is no folder. */
export function notAFile(info: Stats): string {
  return info.isDirectory() ? "a folder" : "not a regular file (a device, pipe or socket)";
}

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${bytes.toLocaleString("en")} bytes`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
