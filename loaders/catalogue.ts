// The study catalogue: which study folders exist and what they hold, for the home page.
import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {parse} from "yaml";
import type {TableSpec} from "./write/parquet.js";

/** Folders under `root` that hold a study.yaml, sorted by id. */
export async function studyFolders(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, {withFileTypes: true});
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, "study.yaml")))
    .map((entry) => entry.name)
    .sort();
}

/** One row per study: id and bilingual title. */
export async function studyCatalogue(root: string): Promise<TableSpec> {
  const rows = [];
  for (const id of await studyFolders(root)) {
    const study = parse(await readFile(join(root, id, "study.yaml"), "utf8")) ?? {};
    rows.push({
      id,
      title_zh: study.title?.zh ?? id,
      title_en: study.title?.en ?? id,
      language: study.language ?? "zh"
    });
  }
  return {columns: {id: "VARCHAR", title_zh: "VARCHAR", title_en: "VARCHAR", language: "VARCHAR"}, rows};
}
