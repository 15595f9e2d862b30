// `npm run dev`: Framework's preview on 127.0.0.1, with study inputs and ingest code watched so edits show up live.
import {spawn} from "node:child_process";
import {watch} from "node:fs";
import {CODE_DIRS} from "./fingerprint.js";
import {seedNpmCache} from "./offline-npm.js";
import {refreshLoaders} from "./refresh.js";
import {STUDIES} from "./studies-root.js";

await refreshLoaders();
await seedNpmCache();
const preview = spawn("npx", ["observable", "preview", "--host", "127.0.0.1", ...process.argv.slice(2)], {
  stdio: "inherit"
});
preview.on("exit", (code) => process.exit(code ?? 0));

let timer: NodeJS.Timeout | undefined;
for (const dir of [STUDIES, ...CODE_DIRS]) {
  watch(dir, {recursive: true}, (_, file) => {
    if (file && /(^|\/)out\//.test(file)) return; // our own outputs
    clearTimeout(timer);
    timer = setTimeout(
      () => refreshLoaders().then((changed) => changed && console.log("evalbook: inputs changed, reloading")),
      300
    );
  });
}
