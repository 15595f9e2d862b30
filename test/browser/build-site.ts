// Vitest global setup for browser tests: build the site once, as a user would with `npm run build`.
import {spawnSync} from "node:child_process";

export default function buildSite(): void {
  if (process.env.EVALBOOK_SKIP_BUILD === "1") return; // for iterating on a test against an existing dist/
  const build = spawnSync("npm", ["run", "build"], {encoding: "utf8", env: {...process.env, CI: "true"}});
  // Framework's log is long (every bundled module); show it only when the build fails.
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}
