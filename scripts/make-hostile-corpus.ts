// Writes test/fixtures/hostile-corpus: one tiny study per input that once gave a silent doubtful result, a stall or
// a read outside the study. test/loaders/safety/hostile-corpus.test.ts says what each must give. Deterministic.
import {mkdir, rm, writeFile} from "node:fs/promises";
import {join} from "node:path";
import iconv from "iconv-lite";

const CORPUS = "test/fixtures/hostile-corpus";

/** Personal values planted in every case (the test checks no message shows them). */
const PLANTED = {name: "王小明", phone: "13812345678"};

const HEADER = ["id", "name", "phone", "q1", "q2"];
const rows = (wave: number) =>
  Array.from({length: 6}, (_, i) => [
    `P00${i + 1}`,
    i === 0 ? PLANTED.name : `学生${i + 1}`,
    i === 0 ? PLANTED.phone : `1390000000${i}`,
    String(((i + wave) % 5) + 1),
    String(((i * 2 + wave) % 5) + 1)
  ]);
const csv = (lines: string[][]) => lines.map((line) => line.join(",")).join("\n") + "\n";

function studyYaml(id: string, {items = "q2", files = ["raw/pre.csv", "raw/post.csv"]} = {}): string {
  return `id: ${id}
title: {zh: 对抗样本, en: Hostile case}
participants: {id: id, pii: [name, phone]}
waves: [{id: pre}, {id: post}]
instruments:
  - id: s
    scale: {min: 1, max: 5}
    subscales: [{id: a}]
    items: [{id: q1, column: q1, subscale: a}, {id: q2, column: ${items}, subscale: a}]
sources:
  surveys: [{file: ${files[0]}, wave: pre, format: wide}, {file: ${files[1]}, wave: post, format: wide}]
`;
}

type Files = Record<string, string | Uint8Array>;
const plain = (
  id: string,
  pre: string | Uint8Array = csv([HEADER, ...rows(0)]),
  post = csv([HEADER, ...rows(1)])
): Files => ({
  "study.yaml": studyYaml(id),
  "raw/pre.csv": pre,
  "raw/post.csv": post
});

const twice = (column: string) => {
  const header = [...HEADER, column];
  return csv([header, ...rows(0).map((row, i) => [...row, column === "id" ? `P10${i}` : "1"])]);
};

const CASES: Record<string, (id: string) => Files> = {
  ok: (id) => plain(id),
  "duplicate-item-header": (id) => plain(id, twice("q1")),
  "duplicate-id-header": (id) => plain(id, twice("id")),
  "two-items-one-column": (id) => ({...plain(id), "study.yaml": studyYaml(id, {items: "q1"})}),
  "bom-in-row": (id) => {
    const lines = csv([HEADER, ...rows(0)]).split("\n");
    lines[3] = "\uFEFF" + lines[3]; // P003's row, as when a second export is pasted below the first
    return plain(id, lines.join("\n"));
  },
  "mixed-encoding": (id) => {
    // Line 3 (P002) in GBK, every other line UTF-8.
    const [first, second, ...rest] = [HEADER, ...rows(0)].map((row) => csv([row]));
    return plain(
      id,
      Buffer.concat([
        Buffer.from(first! + second!),
        iconv.encode(rest[0]!, "gbk"),
        Buffer.from(rest.slice(1).join(""))
      ])
    );
  },
  "gbk-study-yaml": (id) => ({...plain(id), "study.yaml": iconv.encode(studyYaml(id), "gbk")}),
  "header-only": (id) => plain(id, csv([HEADER]), csv([HEADER])),
  "one-header-only": (id) => plain(id, undefined, csv([HEADER])),
  "path-traversal": (id) => ({
    ...plain(id),
    "study.yaml": studyYaml(id, {files: ["raw/pre.csv", "../../../../../../../../etc/passwd"]})
  }),
  "absolute-path": (id) => ({
    ...plain(id),
    "study.yaml": studyYaml(id, {files: ["raw/pre.csv", "/etc/passwd"]})
  }),
  "ragged-row": (id) => plain(id, csv([HEADER, ...rows(0), [...rows(0)[0]!, "extra"]])),
  "yaml-nested-maps": (id) => ({
    ...plain(id),
    "study.yaml": Array.from({length: 200}, (_, i) => `${" ".repeat(2 * i)}- a:`).join("\n")
  }),
  "yaml-nested-dashes": (id) => ({...plain(id), "study.yaml": "- ".repeat(20_000) + "x\n"})
};

await rm(CORPUS, {recursive: true, force: true});
for (const [id, make] of Object.entries(CASES)) {
  for (const [path, content] of Object.entries(make(id))) {
    const file = join(CORPUS, id, path);
    await mkdir(join(file, ".."), {recursive: true});
    await writeFile(file, content);
  }
}
console.log(`${Object.keys(CASES).length} cases in ${CORPUS}`);
