// npm run build with no network at all, from a fresh checkout (no Framework cache): the site still builds.
import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {offlineMethod, runOffline} from "./offline.js";
import {scratchProject} from "./scratch-project.js";

describe(`npm run build without network (${offlineMethod()})`, () => {
  it("builds the site of a demo study and asks no registry", {timeout: 600_000}, async () => {
    const root = await scratchProject({"q-school": "data/studies/q-school"});
    const run = runOffline("npx", ["tsx", "loaders/build.ts"], {
      cwd: root,
      env: {EVALBOOK_KEY: "offline-build-key-of-at-least-32-characters"}
    });
    expect(run.stderr + run.stdout).not.toMatch(/EAI_AGAIN|fetch failed|ENOTFOUND|ECONNREFUSED/);
    expect(run.status).toBe(0);
    expect(existsSync(join(root, "dist", "studies", "q-school", "prepost.html"))).toBe(true);
  });
});
