// docs/study-yaml.md documents every key of the study.yaml schema: a key added to loaders/study/schema.ts without
// a line in the reference fails here.
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import type {z} from "zod";
import {studySchema} from "../../loaders/study/schema.js";

type Def = {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
};
const defOf = (schema: z.ZodType) => (schema as unknown as {def: Def}).def;

/** Every key path of `schema`: `participants.id`, `instruments[].items[].reverse`, `title.zh`. */
function keyPaths(schema: z.ZodType, prefix = ""): string[] {
  const def = defOf(schema);
  if (def.innerType) return keyPaths(def.innerType, prefix); // optional, default
  if (def.type === "pipe") return keyPaths(def.out!, prefix); // preprocess: the schema after it
  if (def.type === "union") return [...new Set(def.options!.flatMap((o) => keyPaths(o, prefix)))];
  if (def.type === "array") return keyPaths(def.element!, `${prefix}[]`);
  if (def.type === "object") {
    return Object.entries(def.shape!).flatMap(([key, value]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...keyPaths(value, path)];
    });
  }
  return [];
}

describe("docs/study-yaml.md", () => {
  const doc = readFileSync(new URL("../../docs/study-yaml.md", import.meta.url), "utf8");
  const paths = keyPaths(studySchema);

  it("finds the keys of the schema", () => {
    expect(paths).toContain("instruments[].items[].reverse");
    expect(paths).toContain("sources.surveys[].item_columns");
    expect(paths).toContain("waves[].label.zh");
  });

  it.each(paths)("documents `%s`", (path) => {
    expect(doc, `add \`${path}\` to docs/study-yaml.md`).toContain(`\`${path}\``);
  });
});
