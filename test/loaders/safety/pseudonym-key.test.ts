// The pseudonymisation key: created once, atomically, by whichever of many first runs lands first; never empty or short.
import {fork} from "node:child_process";
import {mkdtemp, readdir, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {pseudonymKey} from "../../../loaders/ingest/pseudonym.js";

const saved = process.env.EVALBOOK_KEY;
afterEach(() => {
  if (saved === undefined) delete process.env.EVALBOOK_KEY;
  else process.env.EVALBOOK_KEY = saved;
});

const folder = () => mkdtemp(join(tmpdir(), "evalbook-key-"));

describe("pseudonymKey(file)", () => {
  it("gives every concurrent first run the same 64-hex-digit key, and leaves no temporary file", async () => {
    delete process.env.EVALBOOK_KEY;
    const dir = await folder();
    const file = join(dir, ".evalbook", "key");
    const keys = await Promise.all(Array.from({length: 30}, () => pseudonymKey(file)));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(join(dir, ".evalbook"))).toEqual(["key"]);
  });

  it("gives concurrent first runs in separate processes the same key", async () => {
    const dir = await folder();
    const file = join(dir, "key");
    const script = `import {pseudonymKey} from ${JSON.stringify(join(process.cwd(), "loaders/ingest/pseudonym.ts"))};
      process.send(await pseudonymKey(${JSON.stringify(file)}));`;
    const runner = join(dir, "run.mts");
    await writeFile(runner, script);
    const env = {...process.env};
    delete env.EVALBOOK_KEY;
    const keys = await Promise.all(
      Array.from(
        {length: 6},
        () =>
          new Promise<string>((done, fail) => {
            const child = fork(runner, {execArgv: ["--import", "tsx"], env});
            child.on("message", (key) => done(String(key)));
            child.on("error", fail);
          })
      )
    );
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe((await readFile(file, "utf8")).trim());
  });

  it("refuses an empty or short key file, and a short EVALBOOK_KEY, in one line", async () => {
    delete process.env.EVALBOOK_KEY;
    const file = join(await folder(), "key");
    await writeFile(file, "\n");
    await expect(pseudonymKey(file)).rejects.toThrow(/the pseudonymisation key is empty/);
    await writeFile(file, "abc123\n");
    await expect(pseudonymKey(file)).rejects.toThrow(/only 6 characters long/);
    process.env.EVALBOOK_KEY = "short";
    const error = await pseudonymKey(file).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^EVALBOOK_KEY: the pseudonymisation key is only 5 characters long\. Fix: /
    );
  });
});
