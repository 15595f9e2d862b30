// `npm run bench`: runs every bench/*.bench.ts in turn, each in its own process; fails if one fails.
import {spawnSync} from "node:child_process";
import {readdirSync} from "node:fs";
import {fileURLToPath} from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const benches = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `${dir}${file}`, ...process.argv.slice(2)], {
    stdio: "inherit"
  });
  if (run.status !== 0) {
    console.error(`✗ ${file} failed (${run.signal ?? `exit ${run.status}`})`);
    failed++;
  }
}
process.exitCode = failed ? 1 : 0;
