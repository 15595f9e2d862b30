// Vitest global setup for browser tests: build the site once, as a user would with `npm run build`, from the demo
// studies and the page-test studies of test/fixtures/studies (gathered in one folder named by EVALBOOK_STUDIES).
import {spawnSync} from "node:child_process";
import {cpSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {localIngest} from "./profile.js";
import {FIXTURE_STUDIES, TEST_STUDIES} from "./studies.js";

export default async function buildSite(): Promise<void> {
  if (process.env.EVALBOOK_SKIP_BUILD === "1") return; // for iterating on a test against an existing dist/
  rmSync(TEST_STUDIES, {recursive: true, force: true});
  for (const id of readdirSync("data/studies"))
    cpSync(join("data/studies", id), join(TEST_STUDIES, id), {
      recursive: true,
      filter: (f) => !/\/out$/.test(f)
    });
  for (const id of FIXTURE_STUDIES)
    cpSync(join("test/fixtures/studies", id), join(TEST_STUDIES, id), {recursive: true});
  const build = spawnSync("npm", ["run", "build"], {
    encoding: "utf8",
    env: {...process.env, CI: "true", EVALBOOK_STUDIES: TEST_STUDIES}
  });
  // Framework's log is long (every bundled module); show it only when the build fails.
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  // The local profile's per-participant tables (test/browser/profile.ts): each study ingested once as npm run dev
  // would, so no test file races another to write the cache.
  for (const id of readdirSync(TEST_STUDIES)) await localIngest(TEST_STUDIES, id);
}
