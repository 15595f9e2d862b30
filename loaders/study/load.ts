// study.yaml → a validated Study, or one InputError naming the file, the key path and the fix.
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {parseDocument} from "yaml";
import type {z} from "zod";
import {InputError} from "../errors.js";
import {checkSourcePath} from "../read/safe-path.js";
import {studySchema, type Study} from "./schema.js";

/** `["instruments", 0, "items", 3]` → `instruments[0].items[3]`. */
export function keyPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`))
    .join("");
}

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest of `options` to `word`, when it is close enough to be a typo. */
export function suggest(word: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const option of options) {
    const d = distance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  allowed: (path: PropertyKey[]) => string[]
): {what: string; fix: string} {
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0];
      const near = suggest(key, allowed(issue.path));
      return {
        what: `unknown key '${key}'`,
        fix: near
          ? `did you mean '${near}'?`
          : `remove it (allowed keys: ${allowed(issue.path).join(", ")}); if it is part of a text, put that text in quotes`
      };
    }
    case "invalid_value":
      return {what: `${issue.message}`, fix: `use one of: ${issue.values.map(String).join(", ")}`};
    case "invalid_type":
      return issue.input === undefined
        ? {what: "is missing", fix: `add it (${issue.expected})`}
        : {
            what: `should be ${issue.expected}, not ${shown(issue.input)}`,
            fix: `write ${/^[aeiou]/.test(issue.expected) ? "an" : "a"} ${issue.expected}`
          };
    default:
      return {what: issue.message, fix: "correct the value"};
  }
}

/** A value for a message: JSON, cut short; a value that contains itself (YAML `&a [*a]`) by what it is. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? "a list that contains itself" : "a value that contains itself";
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The keys a strict object at `path` of the schema accepts (for typo suggestions). */
function allowedKeys(path: PropertyKey[]): string[] {
  let schema: z.ZodType = studySchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (typeof key === "number" && "element" in schema) schema = (schema as z.ZodArray).element as z.ZodType;
    else if ("shape" in schema) schema = (schema as z.ZodObject).shape[String(key)] as z.ZodType;
    else return [];
    if (!schema) return [];
  }
  schema = unwrap(schema);
  return "shape" in schema ? Object.keys((schema as z.ZodObject).shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema as z.ZodType & {
    unwrap?: () => z.ZodType;
    def?: {innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]};
  };
  for (;;) {
    if (s.def?.innerType) s = s.def.innerType as typeof s;
    else if (s.def?.in) s = s.def.in as typeof s;
    else if (s.def?.options) s = (s.def.options.find((o) => "shape" in o) ?? s.def.options[0]) as typeof s;
    else return s;
  }
}

/** Checks that references between parts of the study (subscales, waves, groups, ids) hold. */
export function checkReferences(study: Study): {path: string; what: string; fix: string} | undefined {
  const duplicate = (ids: string[]) => ids.find((x, i) => ids.indexOf(x) !== i);
  const waves = study.waves.map((w) => w.id);
  const groups = study.groups.map((g) => g.id);
  let d = duplicate(waves);
  if (d) return {path: "waves", what: `wave '${d}' is declared twice`, fix: "give each wave its own id"};
  d = duplicate(groups);
  if (d) return {path: "groups", what: `group '${d}' is declared twice`, fix: "give each group its own id"};
  d = duplicate(study.instruments.map((i) => i.id));
  if (d)
    return {
      path: "instruments",
      what: `instrument '${d}' is declared twice`,
      fix: "give each instrument its own id"
    };
  d = duplicate(study.instruments.flatMap((i) => i.items.map((item) => item.id)));
  if (d)
    return {
      path: "instruments",
      what: `item id '${d}' is used twice`,
      fix: "item ids must be unique across the study"
    };
  for (const [i, instrument] of study.instruments.entries()) {
    const subscales = instrument.subscales.map((s) => s.id);
    d = duplicate(subscales);
    if (d)
      return {
        path: `instruments[${i}].subscales`,
        what: `subscale '${d}' is declared twice`,
        fix: "give each subscale its own id"
      };
    if (subscales.includes("total")) {
      return {
        path: `instruments[${i}].subscales`,
        what: "'total' is reserved for the total score",
        fix: "rename the subscale"
      };
    }
    for (const [j, item] of instrument.items.entries()) {
      if (!subscales.includes(item.subscale)) {
        return {
          path: `instruments[${i}].items[${j}].subscale`,
          what: `'${item.subscale}' is not a declared subscale of '${instrument.id}'; declared: ${subscales.join(", ")}`,
          fix: `use one of ${subscales.join(", ")} or declare '${item.subscale}' under subscales`
        };
      }
    }
    const empty = subscales.find((s) => !instrument.items.some((item) => item.subscale === s));
    if (empty)
      return {
        path: `instruments[${i}].subscales`,
        what: `subscale '${empty}' has no items`,
        fix: "assign items to it or remove it"
      };
    const {midpoint, scale} = instrument;
    if (midpoint !== undefined && (midpoint < scale.min || midpoint > scale.max)) {
      return {
        path: `instruments[${i}].midpoint`,
        what: `${midpoint} lies outside the scale ${scale.min}–${scale.max}`,
        fix: "use the scale's theoretical midpoint"
      };
    }
  }
  for (const [i, source] of study.sources.surveys.entries()) {
    if (source.wave !== undefined && !waves.includes(source.wave)) {
      return {
        path: `sources.surveys[${i}].wave`,
        what: `'${source.wave}' is not a declared wave; declared: ${waves.join(", ")}`,
        fix: "use a declared wave id"
      };
    }
    if (source.wave === undefined && !study.participants.wave && !source.columns?.wave) {
      return {
        path: `sources.surveys[${i}]`,
        what: "no wave: the file has no `wave:` and the study declares no wave column",
        fix: "add `wave: <id>` to the source or `participants.wave: <column>`"
      };
    }
    if (source.group !== undefined && !groups.includes(source.group)) {
      return {
        path: `sources.surveys[${i}].group`,
        what: `'${source.group}' is not a declared group; declared: ${groups.join(", ") || "none"}`,
        fix: "declare it under groups"
      };
    }
  }
  for (const [i, pair] of (study.compare.waves ?? []).entries()) {
    const unknown = pair.find((w) => !waves.includes(w));
    if (unknown)
      return {
        path: `compare.waves[${i}]`,
        what: `'${unknown}' is not a declared wave`,
        fix: `use ${waves.join(", ")}`
      };
  }
  return undefined;
}

/** Largest study.yaml read: codebooks are a few kilobytes; the cap keeps a hostile file from stalling the parser. */
const MAX_CHARS = 256 * 1024;
/** Deepest nesting of `[` and `{` accepted before parsing (the parser recurses and would exhaust the stack). */
const MAX_FLOW_DEPTH = 64;
/** Widest indentation accepted, counting `- ` and `? ` indicators: a codebook needs about 12, and the parser slows
 * down steeply (minutes at a few hundred) or overflows the stack on deeper blocks. */
const MAX_INDENT = 40;

/** The deepest a line starts: its leading spaces plus two for each `- `/`? ` indicator before its content. */
function blockDepth(text: string): number {
  let deepest = 0;
  for (const [prefix] of text.matchAll(/^(?:[ \t]|[-?](?=[ \t]|$))*/gm))
    deepest = Math.max(deepest, prefix.length);
  return deepest;
}

/** How deep `[` and `{` nest outside quoted text. */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** Parses and validates `text` as the study.yaml at `file`. */
export function parseStudy(text: string, file: string): Study {
  if (text.length > MAX_CHARS) {
    throw new InputError(
      `is ${Math.round(text.length / 1024)} KB long; a study.yaml is a few KB`,
      {file},
      "check that this is the study's codebook and not an export saved under its name"
    );
  }
  if (flowDepth(text) > MAX_FLOW_DEPTH) {
    throw new InputError(
      `nests brackets ([ or {) more than ${MAX_FLOW_DEPTH} deep`,
      {file},
      "write lists and maps as indented blocks, as in data/studies/q-school/study.yaml"
    );
  }
  if (blockDepth(text) > MAX_INDENT) {
    throw new InputError(
      `nests lists or maps more than ${MAX_INDENT} columns deep`,
      {file},
      "a study.yaml nests a few levels; check that this is the study's codebook, as in data/studies/q-school/study.yaml"
    );
  }
  const document = parseDocument(text, {prettyErrors: true, uniqueKeys: true});
  if (document.errors.length) {
    const error = document.errors[0];
    const [line, column] = error.linePos?.[0]
      ? [error.linePos[0].line, error.linePos[0].col]
      : [undefined, undefined];
    throw new InputError(
      `not valid YAML${line ? ` at line ${line}, column ${column}` : ""}: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
      {file},
      "check indentation and quoting there (quote text containing ':' or '#')"
    );
  }
  let data: unknown;
  try {
    data = document.toJS({maxAliasCount: 100});
  } catch (error) {
    // yaml refuses aliases that expand exponentially ("billion laughs") with a ReferenceError.
    throw new InputError(
      `cannot be read: ${(error as Error).message}`,
      {file},
      "write each value out instead of repeating it through aliases (&name … *name)"
    );
  }
  const result = studySchema.safeParse(data ?? {}, {reportInput: true});
  if (!result.success) {
    const issue = result.error.issues[0];
    const {what, fix} = describeIssue(issue, allowedKeys);
    const more = result.error.issues.length - 1;
    throw new InputError(
      `${what}${more ? ` (and ${more} more problem${more > 1 ? "s" : ""})` : ""}`,
      {file, path: keyPath(issue.path) || "(top level)"},
      fix
    );
  }
  const problem = checkReferences(result.data);
  if (problem) throw new InputError(problem.what, {file, path: problem.path}, problem.fix);
  return result.data;
}

/** Reads `<dir>/study.yaml` (UTF-8) and checks that every source it names is a file inside `dir`. */
export async function loadStudy(dir: string): Promise<Study> {
  const file = join(dir, "study.yaml");
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError(
      "no study.yaml here",
      {file},
      "create one (see data/studies/q-school/study.yaml for an example)"
    );
  }
  const study = parseStudy(utf8(bytes, file), file);
  for (const kind of ["surveys", "coding"] as const) {
    for (const [i, source] of study.sources[kind].entries()) {
      await checkSourcePath(dir, source.file, {file, path: `sources.${kind}[${i}].file`});
    }
  }
  return study;
}

/** YAML is UTF-8; a codebook saved as GBK would otherwise publish its titles as replacement characters. */
function utf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder("utf-8", {fatal: true}).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new InputError(
      "is not UTF-8 text (it was probably saved as GBK/ANSI)",
      {file},
      'open it in a text editor and save it with the encoding "UTF-8"'
    );
  }
}
