// A throwaway study folder for bad-input tests: a valid study.yaml and export, then one thing broken at a time.
import {mkdtemp, mkdir, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";

export const STUDY_YAML = `id: tiny
title: {zh: 小研究, en: Tiny study}
participants:
  id: 学号
  pii: [姓名]
waves:
  - {id: pre}
  - {id: post}
instruments:
  - id: ase
    scale: {min: 1, max: 5}
    midpoint: 3
    subscales:
      - {id: ability}
      - {id: behavior}
    items:
      - {id: ase01, number: 3, subscale: ability}
      - {id: ase02, number: 4, subscale: behavior}
sources:
  surveys:
    - {file: raw/pre.csv, wave: pre, format: wjx}
    - {file: raw/post.csv, wave: post, format: wjx}
`;

export const EXPORT = "1、学号,2、姓名,3、我能学好功课,4、我上课认真听讲\r\nS1,张三,2,3\r\nS2,李四,3,3\r\n";

/** Writes a study folder with `files` (path → text or bytes) over the valid defaults; returns its path. */
export async function studyFolder(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "evalbook-bad-"));
  const all = {"study.yaml": STUDY_YAML, "raw/pre.csv": EXPORT, "raw/post.csv": EXPORT, ...files};
  for (const [path, content] of Object.entries(all)) {
    await mkdir(dirname(join(dir, path)), {recursive: true});
    await writeFile(join(dir, path), content);
  }
  return dir;
}
