// What Framework's study loaders run: ingest the study named by `--study` (cached) and print one output file.
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {InputError} from "./errors.js";
import {ingestedStudy} from "./study-cache.js";
import {STUDIES} from "./studies-root.js";

/** Writes output `name` of the study given as `--study <id>` to stdout; an input problem exits with its message. */
export async function serveStudyFile(name: string): Promise<void> {
  const {values} = parseArgs({options: {study: {type: "string"}}, strict: false});
  const id = String(values.study);
  try {
    const out = await ingestedStudy(join(STUDIES, id), id);
    process.stdout.write(await readFile(join(out, name)));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
