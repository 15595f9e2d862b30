// A study folder in a temporary directory, for tests: a study.yaml and its data files copied in (never linked:
// source files must lie inside the study folder).
import {readFileSync} from "node:fs";
import {copyFile, mkdir, mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** Writes `yaml` as `<tmp>/<id>/study.yaml` with `files` (name → a path to copy, or `{text}` to write). */
export async function studyFolder(
  id: string,
  yaml: string,
  files: Record<string, string | {text: string}> = {}
): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "evalbook-study-")), id);
  await mkdir(dir);
  await writeFile(join(dir, "study.yaml"), yaml);
  for (const [name, file] of Object.entries(files)) {
    if (typeof file === "string") await copyFile(file, join(dir, name));
    else await writeFile(join(dir, name), file.text);
  }
  return dir;
}

/** The committed study.yaml of a real study (test/fixtures/real-studies/<id>). */
export const realStudyYaml = (id: string) =>
  readFileSync(new URL(`../../fixtures/real-studies/${id}/study.yaml`, import.meta.url), "utf8");
