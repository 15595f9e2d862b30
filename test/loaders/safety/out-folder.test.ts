// The output folder is the ingest's own: files planted around and inside refused folders stay exactly as they were.
import {createHash} from "node:crypto";
import {cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from "node:fs/promises";
import {homedir, tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {beforeEach, describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {ingestStudy} from "../../../loaders/ingest/ingest.js";
import {checkOutFolder, OUT_MARKER} from "../../../loaders/ingest/out-folder.js";
import {readSource} from "../../../loaders/ingest/read-source.js";

let root = "";
let study = "";
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "evalbook-out-"));
  study = join(root, "thesis", "study");
  await cp("test/fixtures/hostile-corpus/ok", study, {recursive: true});
  await writeFile(join(root, "thesis", "chapter1.docx"), "my chapter");
  await mkdir(join(root, "unrelated"));
  await writeFile(join(root, "unrelated", "notes.txt"), "notes");
});

/** Every file under `root` with a hash of its content, so any change, loss or addition shows. */
async function tree(): Promise<Record<string, string>> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true});
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const hashes = await Promise.all(
    files.map(async (f) =>
      createHash("sha256")
        .update(await readFile(f))
        .digest("hex")
    )
  );
  return Object.fromEntries(files.map((f, i) => [f.slice(root.length), hashes[i]!]));
}

const ingest = (out: string) => ingestStudy(study, {out, key: "out-folder-test-key", read: readSource});

describe("ingestStudy(dir, {out}) refuses an output folder that is not its own", () => {
  it.each([
    ["the study's raw exports", "study/raw", /holds the study's input raw\/pre\.csv/],
    ["the study folder", "study", /holds the study itself/],
    ["a folder among the exports", "study/raw/new", /lies among the study's inputs \(raw\)/],
    ["a folder holding the study and a chapter", ".", /holds the study itself/],
    ["a folder of other files", "../unrelated", /is not empty and was not written by an ingest/],
    ["a file", "chapter1.docx", /is a file, not a folder/]
  ])("%s, in one line, changing nothing", async (_, out, expected) => {
    const before = await tree();
    const error = await ingest(join(root, "thesis", out)).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(expected);
    expect(error.message).not.toContain("\n");
    expect(await tree()).toEqual(before);
  });

  it("refuses a link to a folder", async () => {
    await symlink(join(root, "unrelated"), join(root, "thesis", "link"));
    const before = await tree();
    await expect(ingest(join(root, "thesis", "link"))).rejects.toThrow(/is a symbolic link/);
    expect(await tree()).toEqual(before);
  });

  it.each([
    ["/", "the root of the file system"],
    [".", "the current folder"],
    [homedir(), "your home folder"],
    [resolve("."), "the current folder"]
  ])("refuses %s before reading anything", async (out, name) => {
    await expect(checkOutFolder(out, study, [join(study, "study.yaml")])).rejects.toThrow(
      `the output folder is ${name}`
    );
  });
});

describe("ingestStudy(dir, {out}) in its own folder", () => {
  it("creates a marked folder, replaces it on the next run, and leaves everything around it alone", async () => {
    const out = join(root, "thesis", "out");
    const before = await tree();
    await ingest(out);
    const first = await tree();
    expect(Object.keys(first).filter((f) => !(f in before))).toContain(`/thesis/out/${OUT_MARKER}`);
    for (const [file, hash] of Object.entries(before)) expect(first[file]).toBe(hash);
    await writeFile(join(out, "stale.parquet"), "from an older version");
    await ingest(out);
    const second = await tree();
    expect(second).not.toHaveProperty("/thesis/out/stale.parquet");
    expect(second).toEqual(first);
  });

  it("fills an empty folder and takes over one an older version wrote (report, codebook and tables only)", async () => {
    const empty = join(root, "empty");
    await mkdir(empty);
    await ingest(empty);
    const legacy = join(root, "legacy");
    await mkdir(legacy);
    for (const file of ["ingest-report.json", "study.json", "scores.parquet"])
      await writeFile(join(legacy, file), "");
    await ingest(legacy);
    expect(await readdir(legacy)).toContain(OUT_MARKER);
  });

  it("cleans what a killed run left, restores outputs set aside before a swap, and leaves no staging or spill on failure", async () => {
    const out = join(root, "thesis", "out");
    await ingest(out);
    const dead = 2 ** 22 + 12345; // beyond Linux's default pid_max: no such process
    await mkdir(join(root, "thesis", `.out.evalbook-tmp-${dead}-0a`));
    await writeFile(join(root, "thesis", `.out.evalbook-tmp-${dead}-0a`, "responses.parquet"), "unscanned");
    const kept = await tree();
    // What DuckDB spilled (raw answers and ids) goes too.
    await mkdir(join(root, "thesis", `.out.evalbook-spill-${dead}-0c`));
    await writeFile(
      join(root, "thesis", `.out.evalbook-spill-${dead}-0c`, "duckdb_temp_block-1.block"),
      "raw"
    );
    await cp(out, join(root, "thesis", `.out.evalbook-old-${dead}-0b`), {recursive: true});
    await rm(out, {recursive: true});
    await ingest(out);
    expect(await readdir(join(root, "thesis"))).toEqual(["chapter1.docx", "out", "study"]);
    const after = await tree();
    for (const file of Object.keys(kept).filter((f) => !f.includes("evalbook-tmp")))
      expect(after[file]).toBeDefined();
    await writeFile(join(study, "raw", "post.csv"), "id,name\n"); // the study now fails
    await expect(ingest(out)).rejects.toThrow(InputError);
    expect(await readdir(join(root, "thesis"))).toEqual(["chapter1.docx", "out", "study"]);
  });

  it("does not replace a folder someone filled while the ingest ran", async () => {
    const out = join(root, "thesis", "out");
    const fill = async (stage: string) => {
      if (stage !== "read") return;
      await mkdir(out);
      await writeFile(join(out, "draft.docx"), "typed meanwhile");
    };
    const run = ingestStudy(study, {
      out,
      key: "out-folder-test-key",
      read: readSource,
      onStage: (s) => void fill(s)
    });
    await expect(run).rejects.toThrow(/is not empty and was not written by an ingest/);
    expect(await readFile(join(out, "draft.docx"), "utf8")).toBe("typed meanwhile");
    expect(await readdir(join(root, "thesis"))).toEqual(["chapter1.docx", "out", "study"]);
  });

  it("lets concurrent ingests of one study all finish, with one whole output folder", async () => {
    const out = join(root, "thesis", "out");
    await Promise.all(Array.from({length: 4}, () => ingest(out)));
    expect(await readdir(join(root, "thesis"))).toEqual(["chapter1.docx", "out", "study"]);
    expect(await readdir(out)).toContain("ingest-report.json");
  });
});
