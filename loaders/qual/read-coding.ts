// One entry point for every interview-coding export a study's `sources.coding` can name.

import {InputError} from "../errors.js";
import {readAtlasti} from "./atlasti.js";
import type {CodingProject} from "./coded.js";
import {readCodingTable} from "./coding-table.js";
import {readMaxqda} from "./maxqda.js";
import {readRefiQda, type ReadRefiQdaOptions} from "./refi-qda.js";
import {readTaguette, type TaguetteOptions} from "./taguette.js";

/** The export formats Evalbook reads coded interviews from. */
export type CodingFormat = "refi-qda" | "taguette" | "maxqda" | "atlasti" | "table";

/** Options of {@link readCoding}: the format, plus the options of that format's reader. */
export interface ReadCodingOptions extends ReadRefiQdaOptions, TaguetteOptions {
  format: CodingFormat;
}

const READERS: Record<CodingFormat, (path: string, options: ReadCodingOptions) => Promise<CodingProject>> = {
  "refi-qda": readRefiQda,
  taguette: readTaguette,
  maxqda: readMaxqda,
  atlasti: readAtlasti,
  table: readCodingTable
};

/** Reads `path` with the reader for `options.format`. */
export async function readCoding(path: string, options: ReadCodingOptions): Promise<CodingProject> {
  const reader = READERS[options.format];
  if (reader === undefined) {
    throw new InputError(
      `unknown coding format "${String(options.format)}"`,
      {file: path, path: "sources.coding[].format"},
      `use one of ${Object.keys(READERS).join(", ")}`
    );
  }
  return reader(path, options);
}
