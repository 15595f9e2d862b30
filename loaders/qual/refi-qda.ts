// Reads a REFI-QDA project: a .qdpx archive (one .qde at its root plus sources/) or a bare .qde file.

import {readdir} from "node:fs/promises";
import {basename, dirname, extname, join, relative, resolve} from "node:path";
import type {Text} from "../../src/lib/types.js";
import {InputError} from "../errors.js";
import type {CodingProject} from "./coded.js";
import {decodeText} from "./decode-text.js";
import {readInputFile} from "./input-file.js";
import {projectFromQde, textSources, type TextSourceRef} from "./refi-project.js";
import {parseXml} from "./safe-xml.js";
import {readZip, type ZipLimits} from "./safe-zip.js";
import type {EndConvention} from "./text-positions.js";

/** Options of {@link readRefiQda}. */
export interface ReadRefiQdaOptions {
  /**
   * How `PlainTextSelection@endPosition` is meant. `auto` (default) decides per project from the
   * selections themselves (see `detectEndConvention`); set it when a tool is known to differ.
   */
  endPosition?: EndConvention | "auto";
  /** Caps on archive entries and unpacked size. */
  limits?: ZipLimits;
  /** Deepest XML nesting accepted. Default 256. */
  maxDepth?: number;
}

/** Codes, coded text segments, documents, cases and users of a `.qdpx` or `.qde` file. */
export async function readRefiQda(path: string, options: ReadRefiQdaOptions = {}): Promise<CodingProject> {
  const file = basename(path);
  const bytes = await readInputFile(path);
  const isZip = bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"));
  if (!isZip && extname(path).toLowerCase() === ".qdpx") {
    throw new InputError(
      "is not a zip archive, as a .qdpx file must be",
      {file},
      "the file is damaged or was not fully downloaded; export it again as REFI-QDA Project"
    );
  }
  return isZip ? readArchive(bytes, file, options) : readBareQde(bytes, path, options);
}

async function readArchive(bytes: Buffer, file: string, options: ReadRefiQdaOptions): Promise<CodingProject> {
  const isRootQde = (name: string) => !name.includes("/") && name.toLowerCase().endsWith(".qde");
  const {names, files} = await readZip(bytes, {file, wanted: isRootQde, limits: options.limits});
  const qdes = names.filter(isRootQde);
  if (qdes.length === 0) {
    throw new InputError(
      `contains no .qde project file at its root (it holds ${names.slice(0, 5).join(", ") || "nothing"}${names.length > 5 ? ", …" : ""})`,
      {file},
      "export the project from the QDA tool as REFI-QDA Project (.qdpx)"
    );
  }
  const warnings: Text[] = [];
  const qde = qdes.find((name) => name.toLowerCase() === "project.qde") ?? qdes[0]!;
  if (qdes.length > 1)
    warnings.push({
      en: `holds ${qdes.length} .qde files; read ${qde}`,
      zh: `包含 ${qdes.length} 个 .qde 文件；读取了 ${qde}`
    });
  const root = parseXml(decodeText(files.get(qde)!, file).text, {
    where: {file, path: qde},
    maxDepth: options.maxDepth
  });

  // Entry names are matched case-insensitively: NVivo writes Sources/, others sources/.
  const byLowerName = new Map(names.map((name) => [name.toLowerCase(), name]));
  const entryFor = new Map<string, string>();
  for (const source of textSources(root)) {
    if (source.path === null || source.inline !== null) continue;
    const candidates = archiveCandidates(source.path);
    const entry = candidates.map((candidate) => byLowerName.get(candidate.toLowerCase())).find(Boolean);
    if (entry) entryFor.set(source.guid, entry);
    else if (candidates.length > 0)
      warnings.push(missingText(source, {en: "is not in the archive", zh: "不在压缩包中"}));
    else warnings.push(unreadablePath(source));
  }
  const wanted = new Set(entryFor.values());
  const {files: sourceFiles} = await readZip(bytes, {
    file,
    wanted: (name) => wanted.has(name),
    limits: options.limits
  });
  const texts = new Map<string, string>();
  for (const [guid, entry] of entryFor)
    texts.set(guid, sourceText(sourceFiles.get(entry)!, file, entry, warnings));
  return projectFromQde(root, {file, texts, endPosition: options.endPosition, warnings});
}

async function readBareQde(bytes: Buffer, path: string, options: ReadRefiQdaOptions): Promise<CodingProject> {
  const file = basename(path);
  const folder = dirname(resolve(path));
  const root = parseXml(decodeText(bytes, file).text, {where: {file}, maxDepth: options.maxDepth});
  const warnings: Text[] = [];
  const texts = new Map<string, string>();
  for (const source of textSources(root)) {
    if (source.path === null || source.inline !== null) continue;
    const candidates = archiveCandidates(source.path);
    if (candidates.length === 0) {
      warnings.push(unreadablePath(source));
      continue;
    }
    const found = await findBeside(folder, candidates);
    if (found === null) {
      warnings.push(missingText(source, {en: `is not beside ${file}`, zh: `不在 ${file} 旁边`}));
      continue;
    }
    texts.set(source.guid, sourceText(await readInputFile(found), file, relative(folder, found), warnings));
  }
  return projectFromQde(root, {file, texts, endPosition: options.endPosition, warnings});
}

/**
 * Where a `plainTextPath` may sit, relative to the archive root or the .qde's folder: `internal://x` in
 * `sources/`, `relative://x` as given or in `sources/`. Empty for `absolute://` and for paths that
 * climb out with `..` or are absolute: a hostile project must not make us read other files.
 */
function archiveCandidates(plainTextPath: string): string[] {
  const match = /^(internal|relative):\/\/(.+)$/i.exec(plainTextPath.trim());
  if (!match) return [];
  const rest = match[2]!.replace(/\\/g, "/").replace(/^\.\//, "");
  if (rest.startsWith("/") || /^[a-z]:/i.test(rest) || rest.split("/").includes("..")) return [];
  return match[1]!.toLowerCase() === "internal" ? [`sources/${rest}`] : [rest, `sources/${rest}`];
}

/** The first candidate that exists under `folder`, matching each path step case-insensitively. */
async function findBeside(folder: string, candidates: string[]): Promise<string | null> {
  for (const candidate of candidates) {
    let current = folder;
    for (const step of candidate.split("/")) {
      const entries = await readdir(current).catch(() => [] as string[]);
      const match =
        entries.find((entry) => entry === step) ??
        entries.find((e) => e.toLowerCase() === step.toLowerCase());
      if (match === undefined) {
        current = "";
        break;
      }
      current = join(current, match);
    }
    if (current !== "") return current;
  }
  return null;
}

function sourceText(bytes: Buffer, file: string, entry: string, warnings: Text[]): string {
  const {text, encoding} = decodeText(bytes, file);
  if (encoding !== "utf-8")
    warnings.push({
      en: `source text ${entry} is not UTF-8; read it as ${encoding}`,
      zh: `来源文本 ${entry} 不是 UTF-8 编码；已按 ${encoding} 读取`
    });
  return text;
}

function missingText(source: TextSourceRef, why: Text): Text {
  return {
    en: `the text of source "${source.name}" (${source.path}) ${why.en}; its codings are left out`,
    zh: `来源“${source.name}”的文本（${source.path}）${why.zh}；其编码未计入`
  };
}

function unreadablePath(source: TextSourceRef): Text {
  return {
    en: `source "${source.name}" points to ${source.path}, outside the project; Evalbook does not follow such paths, so its codings are left out (export the project as .qdpx with its sources embedded)`,
    zh: `来源“${source.name}”指向项目之外的 ${source.path}；Evalbook 不读取这样的路径，其编码未计入（请将项目导出为内嵌来源的 .qdpx）`
  };
}
