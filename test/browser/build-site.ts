// Vitest global setup for browser tests: build the site once, as a user would with `npm run build`.
import {execFileSync} from "node:child_process";

export default function buildSite(): void {
  if (process.env.EVALBOOK_SKIP_BUILD === "1") return; // for iterating on a test against an existing dist/
  execFileSync("npm", ["run", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {...process.env, CI: "true"}
  });
}
