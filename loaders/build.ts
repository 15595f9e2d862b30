// `npm run build`: the site reviewers see. Framework builds it with EVALBOOK_PUBLISH=1 (small cells suppressed,
// excerpts only where studies allow); then each page's CSP names its inline scripts, the manifest is written, and
// every file in dist/ is scanned for personal data. Any problem fails the build with one line each; a site that
// holds personal data is deleted, so it cannot be uploaded by mistake.
import {spawnSync} from "node:child_process";
import {readdir, rm} from "node:fs/promises";
import {join} from "node:path";
import {mirrorSource, ROOT_ENV} from "./build-root.js";
import {studyFolders} from "./catalogue.js";
import {InputError} from "./errors.js";
import {seedNpmCache} from "./offline-npm.js";
import {pinSite} from "./publish/csp.js";
import {studyDeclaredValues} from "./publish/declared.js";
import {codebookValues} from "./publish/known.js";
import {personalDataError} from "./publish/gate.js";
import {MANIFEST, studyEntry, writeManifest, type StudyEntry} from "./publish/manifest.js";
import {PUBLISH_ENV} from "./publish/mode.js";
import {KIND_NAMES} from "./publish/patterns.js";
import {scanFolder, scanner} from "./publish/scan.js";
import {makeTerms, type AllowEntry} from "./publish/terms.js";
import {refreshLoaders} from "./refresh.js";
import {STUDIES} from "./studies-root.js";
import {ingestedStudy} from "./study-cache.js";

const DIST = "dist";
/** Study folder names become URLs and script literals: the same rule as a study id. */
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

/**
 * What the studies and the project put into dist/: data files, pages, the project's own modules. Not the library
 * bundles copied from node_modules (_node/, _npm/) or Framework's client (_observablehq/): their numeric constants
 * and words ("Peter" in duckdb-eh.wasm) are code, and nothing of a study reaches them.
 */
const studyMade = (file: string) => !/^_(node|npm|observablehq)\//.test(file);

function fail(lines: string[]): number {
  for (const line of lines) console.error(`✗ ${line}`);
  return 1;
}

async function main(): Promise<number> {
  process.env[PUBLISH_ENV] = "1";
  const ids = await studyFolders(STUDIES);
  const unsafe = ids.filter((id) => !SAFE_ID.test(id));
  if (unsafe.length) {
    return fail(
      unsafe.map(
        (id) =>
          `${join(STUDIES, id)}: the folder name is not a valid study id. Fix: rename it using only letters, digits, '-' and '_'`
      )
    );
  }
  const root = await mirrorSource();
  await refreshLoaders(root);
  await seedNpmCache(root);
  const built = spawnSync("npx", ["observable", "build"], {
    stdio: "inherit",
    env: {...process.env, [ROOT_ENV]: root}
  });
  if (built.status !== 0) return built.status ?? 1;

  const problems = (await pinSite(DIST)).map(
    (p) => `${DIST}/${p}. Fix: write page code in \`\`\`js blocks, and never insert data as HTML`
  );
  const values: string[] = [];
  const allow: AllowEntry[] = [];
  const known: string[] = [];
  const studies: StudyEntry[] = [];
  for (const id of ids) {
    const dir = join(STUDIES, id);
    try {
      const declared = await studyDeclaredValues(dir);
      // Not push(...values): a city-wide survey declares ~10⁶ ids, past the engine's argument limit (RangeError).
      for (const value of declared.values) values.push(value);
      allow.push(...declared.study.publish.allow);
      known.push(...codebookValues(declared.study));
      const out = await ingestedStudy(dir, id);
      studies.push(await studyEntry(dir, declared.study, join(out, "ingest-report.json"), DIST));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) return fail(problems);

  const terms = makeTerms(values, allow, known);
  const files =
    (await readdir(DIST, {recursive: true, withFileTypes: true})).filter((e) => e.isFile()).length + 1;
  await writeManifest(DIST, studies, {
    files,
    declared_values: terms.whole.size,
    patterns: Object.values(KIND_NAMES)
  });
  const found = await scanFolder(DIST, scanner(terms), {include: studyMade});
  if (found.length) {
    await rm(DIST, {recursive: true, force: true});
    const error = personalDataError(
      found,
      {file: `${DIST}/`},
      "the built site holds personal data, so it was deleted"
    );
    return fail([error.message]);
  }
  console.log(
    `evalbook: ${DIST}/ is the published site: ${files} files scanned, no personal data found; inputs and tables in ${DIST}/${MANIFEST}`
  );
  return 0;
}

process.exitCode = await main();
