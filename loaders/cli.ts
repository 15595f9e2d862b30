// `npm run ingest -- [study-dir …] [--out dir]`: ingest studies, print what was done; exit 1 with one message on bad input.
import {join} from "node:path";
import {parseArgs} from "node:util";
import {studyFolders} from "./catalogue.js";
import {formatProblem, InputError} from "./errors.js";
import {ingestStudy} from "./ingest/ingest.js";
import {readSource} from "./ingest/read-source.js";
import {summarize} from "./ingest/report.js";
import {STUDIES} from "./studies-root.js";

const USAGE =
  "usage: npm run ingest -- [data/studies/<id> …] [--out <dir>]   (no study: every study in data/studies)";

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({options: {out: {type: "string"}, help: {type: "boolean"}}, allowPositionals: true});
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const dirs = parsed.positionals.length
    ? parsed.positionals
    : (await studyFolders(STUDIES)).map((id) => join(STUDIES, id));
  if (parsed.values.out && dirs.length > 1) {
    console.error(`--out takes one study at a time\n${USAGE}`);
    return 1;
  }
  let failed = 0;
  for (const dir of dirs) {
    const out = parsed.values.out ?? join(dir, "out");
    try {
      const {report} = await ingestStudy(dir, {out, read: readSource});
      console.log(summarize(report));
      console.log(`  → ${out}/ (scores.parquet, ingest-report.json, …)`);
    } catch (error) {
      console.error(`✗ ${error instanceof InputError ? error.message : unexpected(dir, error)}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

/**
 * A bug, said in one line without its message, which may quote the user's data (DuckDB's quotes whole rows);
 * `EVALBOOK_DEBUG=1` prints it in full.
 */
function unexpected(dir: string, error: unknown): string {
  if (process.env.EVALBOOK_DEBUG) console.error(error);
  const code = (error as NodeJS.ErrnoException)?.code;
  return formatProblem(
    `the ingest failed unexpectedly (${error instanceof Error ? error.name : typeof error}${code ? ` ${code}` : ""}); no outputs were changed`,
    {file: dir},
    "this is a bug in Evalbook: run again with EVALBOOK_DEBUG=1 and report what it prints, after removing any personal data"
  );
}

process.exitCode = await main();
