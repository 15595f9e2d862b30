// dist/evalbook-manifest.json: what the published site was built from (hashes of every input) and what it publishes.
import {createHash} from "node:crypto";
import {existsSync} from "node:fs";
import {readdir, readFile, stat, writeFile} from "node:fs/promises";
import {join, relative} from "node:path";
import {fileLabels} from "./labels.js";
import type {Study} from "../study/schema.js";
import {VERSION} from "../version.js";

export const MANIFEST = "evalbook-manifest.json";

/** A file by path and content hash. */
export interface FileEntry {
  path: string;
  sha256: string;
  bytes: number;
}

export interface StudyEntry {
  id: string;
  /** study.yaml and every raw export it names, relative to the study folder. */
  inputs: FileEntry[];
  /** When the ingest whose outputs were published ran (ISO 8601, UTC). */
  ingested_at: string;
  publish: {min_cell: number; excerpts: boolean};
  /** The study's files in the site, relative to dist/. */
  tables: FileEntry[];
}

export interface Manifest {
  evalbook_version: string;
  framework_version: string;
  /** `SOURCE_DATE_EPOCH` when set (reproducible builds), else the build's own time. */
  built_at: string;
  studies: StudyEntry[];
  /** Site-wide files that are not a study's (the catalogue), relative to dist/. */
  tables: FileEntry[];
  /** What the personal-data scan covered: files in dist/ (this one included), declared values, kinds of data. */
  pii_scan: {files: number; declared_values: number; patterns: string[]};
}

export async function fileEntry(path: string, base: string): Promise<FileEntry> {
  const bytes = await readFile(path);
  return {
    path: relative(base, path),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The manifest entry of a study: its inputs' hashes (export files by neutral label), the ingest's time, and its
 * published files under `dist`.
 */
export async function studyEntry(
  dir: string,
  study: Study,
  ingestReport: string,
  dist: string
): Promise<StudyEntry> {
  const inputs = [
    "study.yaml",
    ...study.sources.surveys.map((s) => s.file),
    ...study.sources.coding.map((s) => s.file)
  ];
  const files = await filesUnder(join(dist, "_file", "studies", study.id));
  // Export files by the labels the published report uses ('文件 2'): a file name may name a class or a person.
  const labels = fileLabels(study);
  const input = async (file: string) => ({
    ...(await fileEntry(join(dir, file), dir)),
    path: labels.get(file) ?? file
  });
  return {
    id: study.id,
    inputs: await Promise.all([...new Set(inputs)].map(input)),
    ingested_at: (await stat(ingestReport)).mtime.toISOString(),
    publish: {min_cell: study.publish.min_cell, excerpts: study.publish.excerpts},
    tables: await Promise.all(files.map((file) => fileEntry(file, dist)))
  };
}

/** Writes the manifest into `dist`. */
export async function writeManifest(
  dist: string,
  studies: StudyEntry[],
  scan: Manifest["pii_scan"]
): Promise<Manifest> {
  const framework = JSON.parse(
    await readFile(
      new URL("../../node_modules/@observablehq/framework/package.json", import.meta.url),
      "utf8"
    )
  ).version as string;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const studyFiles = new Set(studies.flatMap((s) => s.tables.map((t) => t.path)));
  const site = (await filesUnder(join(dist, "_file"))).filter(
    (file) => !studyFiles.has(relative(dist, file))
  );
  const manifest: Manifest = {
    evalbook_version: VERSION,
    framework_version: framework,
    built_at: (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString(),
    studies,
    tables: await Promise.all(site.map((file) => fileEntry(file, dist))),
    pii_scan: scan
  };
  await writeFile(join(dist, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}
