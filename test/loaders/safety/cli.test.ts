// `npm run ingest -- <study> --out <dir>`: a refused output folder or a bad export is one line on stderr and exit 1.
import {execFile} from "node:child_process";
import {cp, mkdtemp, readdir} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";

const run = promisify(execFile);

async function ingest(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  const env = {...process.env, EVALBOOK_KEY: "cli-test-key-of-at-least-32-characters"};
  return run(process.execPath, ["--import", "tsx", "loaders/cli.ts", ...args], {env}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error) => ({code: error.code, stdout: error.stdout, stderr: error.stderr})
  );
}

describe("loaders/cli.ts", () => {
  it("refuses --out <study>/raw with one line and exit 1, deleting nothing", async () => {
    const study = join(await mkdtemp(join(tmpdir(), "evalbook-cli-")), "ok");
    await cp("test/fixtures/hostile-corpus/ok", study, {recursive: true});
    const {code, stderr} = await ingest(study, "--out", join(study, "raw"));
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^✗ .*raw: the output folder holds the study's input/)
    ]);
    expect((await readdir(join(study, "raw"))).sort()).toEqual(["post.csv", "pre.csv"]);
  });

  it("reports a ragged row in one line that quotes none of it", async () => {
    const {code, stderr} = await ingest(
      "test/fixtures/hostile-corpus/ragged-row",
      "--out",
      join(tmpdir(), "x-never")
    );
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/王小明|13812345678/);
  });
});
