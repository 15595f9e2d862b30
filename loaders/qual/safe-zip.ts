// Reads chosen entries of a zip archive (.qdpx, .xlsx) with caps against zip bombs and hostile entry names.

import yauzl from "yauzl";
import {InputError} from "../errors.js";
import {megabytes} from "./input-file.js";

/** Caps on what a zip archive may make us do. */
export interface ZipLimits {
  /** Most entries (files and folders) in the archive. Default 10 000. */
  maxEntries?: number;
  /** Most bytes inflated from the entries read, all together. Default 256 MiB. */
  maxTotalBytes?: number;
  /** Most times the inflated bytes may exceed the archive's size, once past 16 MiB. Default 100. */
  maxRatio?: number;
}

/** Options of {@link readZip}. */
export interface ReadZipOptions {
  /** Name shown in messages, e.g. `interviews.qdpx`. */
  file: string;
  /** Which entries to inflate, by their name inside the archive; the others are only listed. */
  wanted: (name: string) => boolean;
  limits?: ZipLimits;
}

/** The names of all file entries, and the bytes of the wanted ones. */
export interface ZipContents {
  names: string[];
  files: Map<string, Buffer>;
}

const DEFAULT_MAX_ENTRIES = 10_000;
const DEFAULT_MAX_TOTAL_BYTES = 256 * 1024 * 1024;
const DEFAULT_MAX_RATIO = 100;
const RATIO_FLOOR = 16 * 1024 * 1024;

/**
 * Lists a zip archive held in memory and inflates the wanted entries, counting the bytes as they come
 * (declared sizes can lie). Refuses archives with too many entries, too much inflated data, or entry
 * names that are absolute or climb out with `..`.
 */
export async function readZip(
  bytes: Buffer,
  {file, wanted, limits = {}}: ReadZipOptions
): Promise<ZipContents> {
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  // A small archive inflating to hundreds of megabytes is a bomb even under the total cap: stop at the ratio.
  const maxTotalBytes = Math.min(
    limits.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES,
    Math.max(RATIO_FLOOR, (limits.maxRatio ?? DEFAULT_MAX_RATIO) * bytes.length)
  );
  const archive = await yauzl
    .fromBufferPromise(bytes, {lazyEntries: true, decodeStrings: true, validateEntrySizes: true})
    .catch((error: unknown) => {
      throw zipError(file, error);
    });
  if (archive.entryCount > maxEntries) {
    archive.close();
    throw new InputError(
      `is a zip archive with ${archive.entryCount} entries, more than the ${maxEntries} allowed`,
      {file},
      "export the project again; if it really is that large, raise the entry limit"
    );
  }
  const names: string[] = [];
  const files = new Map<string, Buffer>();
  let total = 0;
  const tooBig = () =>
    new InputError(
      `unpacks to more than ${megabytes(maxTotalBytes)} (a damaged archive or a "zip bomb")`,
      {file},
      "export the project again; if it really is that large, raise the size limit"
    );
  try {
    for await (const entry of entries(archive)) {
      if (entry.fileName.endsWith("/")) continue;
      names.push(entry.fileName);
      if (!wanted(entry.fileName) || files.has(entry.fileName)) continue;
      if (total + entry.uncompressedSize > maxTotalBytes) throw tooBig();
      const chunks: Buffer[] = [];
      for await (const chunk of await archive.openReadStreamPromise(entry)) {
        total += (chunk as Buffer).length;
        if (total > maxTotalBytes) throw tooBig();
        chunks.push(chunk as Buffer);
      }
      files.set(entry.fileName, Buffer.concat(chunks));
    }
  } catch (error) {
    throw error instanceof InputError ? error : zipError(file, error);
  } finally {
    archive.close();
  }
  return {names, files};
}

/** The archive's entries one by one (yauzl hands them out through events). */
async function* entries(archive: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (entry: yauzl.Entry) => settle(() => resolve(entry));
      const onEnd = () => settle(() => resolve(null));
      const onError = (error: Error) => settle(() => reject(error));
      const settle = (done: () => void) => {
        archive.off("entry", onEntry).off("end", onEnd).off("error", onError);
        done();
      };
      archive.on("entry", onEntry).on("end", onEnd).on("error", onError);
    });
    archive.readEntry();
    const entry = await next;
    if (entry === null) return;
    yield entry;
  }
}

/** A user-facing error for whatever yauzl or zlib reported. */
function zipError(file: string, error: unknown): InputError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/absolute path|invalid relative path|invalid characters in fileName/.test(detail)) {
    return new InputError(
      `contains an entry whose name points outside the archive (${detail.replace(/^.*?: /, "")})`,
      {file},
      "this archive was not written by a QDA tool or spreadsheet program; export it again from the tool"
    );
  }
  if (/encrypted/i.test(detail)) {
    return new InputError("is an encrypted zip archive", {file}, "export it again without a password");
  }
  return new InputError(
    `is not a readable zip archive (${detail})`,
    {file},
    "the file is damaged or was not fully downloaded; export it again from the tool"
  );
}
