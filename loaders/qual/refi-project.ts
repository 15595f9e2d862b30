// Turns a parsed REFI-QDA project (.qde XML) plus its source texts into a CodingProject.

import type {Text} from "../../src/lib/types.js";
import {InputError} from "../errors.js";
import type {CodeEntry, CodedSegment, CodingProject} from "./coded.js";
import {childNamed, childrenNamed, type XmlElement} from "./safe-xml.js";
import {cut, detectEndConvention, type EndConvention, type PositionedSelection} from "./text-positions.js";

/** A text source as the project declares it, before its text is fetched. */
export interface TextSourceRef {
  guid: string;
  name: string;
  /** `plainTextPath`, e.g. `internal://1A2B.txt`; null when the text is inline. */
  path: string | null;
  /** Inline `PlainTextContent`, if any. */
  inline: string | null;
}

/** Options of {@link projectFromQde}. */
export interface ProjectFromQdeOptions {
  /** Name of the export, for messages and `CodingProject.file`. */
  file: string;
  /** Source texts fetched by the caller, by normalised source GUID. */
  texts: Map<string, string>;
  /** How to read `endPosition`; `auto` (default) decides from the project itself. */
  endPosition?: EndConvention | "auto";
  /** Warnings gathered while fetching sources; more are added. */
  warnings?: Text[];
}

const NON_TEXT_SOURCES = ["PDFSource", "PictureSource", "AudioSource", "VideoSource"];
const VALUE_ELEMENTS = [
  "TextValue",
  "BooleanValue",
  "IntegerValue",
  "FloatValue",
  "DateValue",
  "DateTimeValue"
];

/** GUIDs compare without braces and case: `{a1b2…}` and `A1B2…` are the same. */
export function normaliseGuid(value: string | undefined): string {
  return (value ?? "").trim().replace(/^\{/, "").replace(/\}$/, "").toUpperCase();
}

/** The project's text sources, for the caller to fetch their texts. */
export function textSources(root: XmlElement): TextSourceRef[] {
  const sources = childNamed(root, "Sources");
  return (sources ? childrenNamed(sources, "TextSource") : []).map((source) => ({
    guid: normaliseGuid(source.attributes.guid),
    name: sourceName(source),
    path: source.attributes.plainTextPath ?? null,
    inline: childNamed(source, "PlainTextContent")?.text ?? null
  }));
}

/** Codes, users, cases, variables and coded text selections of a REFI-QDA project or codebook. */
export function projectFromQde(root: XmlElement, options: ProjectFromQdeOptions): CodingProject {
  const {file, texts, endPosition = "auto"} = options;
  const warnings = [...(options.warnings ?? [])];
  if (root.name !== "Project" && root.name !== "CodeBook") {
    throw new InputError(
      `is not a REFI-QDA project: its root element is <${root.name}>, not <Project>`,
      {file},
      "export the project from the QDA tool as REFI-QDA Project (.qdpx)"
    );
  }
  const codes = readCodes(root);
  const codeById = new Map(codes.map((code) => [code.id, code]));
  const users = new Map(
    childrenNamed(childNamed(root, "Users") ?? root, "User").map((user) => [
      normaliseGuid(user.attributes.guid),
      user.attributes.name ?? user.attributes.id ?? normaliseGuid(user.attributes.guid)
    ])
  );
  const variableNames = new Map(
    childrenNamed(childNamed(root, "Variables") ?? root, "Variable").map((variable) => [
      normaliseGuid(variable.attributes.guid),
      variable.attributes.name ?? ""
    ])
  );
  const variablesOf = (element: XmlElement) => readVariableValues(element, variableNames);

  const allSources = childNamed(root, "Sources")?.children ?? [];
  const sourceNames = new Map(
    allSources.map((source) => [normaliseGuid(source.attributes.guid), sourceName(source)])
  );
  const skipped = allSources.filter((source) => NON_TEXT_SOURCES.includes(source.name));
  if (skipped.length > 0) {
    const names = skipped.map(sourceName).join(", ");
    warnings.push({
      en: `${skipped.length} non-text sources skipped (Evalbook reads coded text only): ${names}`,
      zh: `跳过了 ${skipped.length} 个非文本来源（Evalbook 只读取已编码的文本）：${names}`
    });
  }

  const cases = readCases(root, sourceNames, variablesOf, warnings);

  const textSourceElements = allSources.filter((source) => source.name === "TextSource");
  const prepared = textSourceElements.flatMap((source) => {
    const guid = normaliseGuid(source.attributes.guid);
    const text = texts.get(guid) ?? childNamed(source, "PlainTextContent")?.text;
    const selections = childrenNamed(source, "PlainTextSelection");
    if (text === undefined) {
      if (selections.length > 0) {
        warnings.push({
          en: `source "${sourceName(source)}" has no text, so its ${selections.length} coded selections are left out`,
          zh: `来源“${sourceName(source)}”没有文本，其 ${selections.length} 个已编码选段未计入`
        });
      }
      return [];
    }
    const points = Array.from(text);
    return [{source, guid, points, selections}];
  });
  const positioned: PositionedSelection[] = prepared.flatMap(({points, selections}) =>
    selections.map((selection) => ({
      points,
      start: Number(selection.attributes.startPosition),
      end: Number(selection.attributes.endPosition),
      name: selection.attributes.name ?? null
    }))
  );
  const decision =
    endPosition === "auto" ? detectEndConvention(positioned) : {convention: endPosition, warning: null};
  if (decision.warning) warnings.push(decision.warning);

  const segments: CodedSegment[] = [];
  const unknownCodes = new Map<string, number>();
  let outOfRange = 0;
  let wholeSource = 0;
  for (const {source, guid, points, selections} of prepared) {
    wholeSource += childrenNamed(source, "Coding").length;
    const sourceVariables = variablesOf(source);
    for (const selection of selections) {
      const start = Number(selection.attributes.startPosition);
      const end = Number(selection.attributes.endPosition);
      const excerpt = cut(points, start, end, decision.convention);
      const codings = childrenNamed(selection, "Coding");
      if (excerpt === null) {
        outOfRange += codings.length;
        continue;
      }
      const selectionCases = [
        ...(cases.bySource.get(guid) ?? []),
        ...(cases.bySelection.get(normaliseGuid(selection.attributes.guid)) ?? [])
      ];
      const caseNames = [...new Set(selectionCases)];
      const variables = Object.assign(
        {},
        sourceVariables,
        ...caseNames.map((name) => cases.variables.get(name))
      );
      for (const coding of codings) {
        const codeId = normaliseGuid(childNamed(coding, "CodeRef")?.attributes.targetGUID);
        const code = codeById.get(codeId);
        if (code === undefined) {
          unknownCodes.set(codeId, (unknownCodes.get(codeId) ?? 0) + 1);
          continue;
        }
        const user = coding.attributes.creatingUser ?? selection.attributes.creatingUser;
        segments.push({
          document: sourceName(source),
          cases: caseNames,
          codePath: code.path,
          coder: user === undefined ? null : (users.get(normaliseGuid(user)) ?? null),
          excerpt,
          start,
          end: decision.convention === "inclusive" ? end + 1 : end,
          variables
        });
      }
    }
  }
  for (const [id, count] of unknownCodes) {
    warnings.push({
      en: `${count} codings refer to code ${id || "(no id)"}, which is not in the codebook; they are left out`,
      zh: `${count} 处编码指向编码本中没有的编码 ${id || "（无 id）"}，未计入`
    });
  }
  if (outOfRange > 0) {
    warnings.push({
      en: `${outOfRange} codings have positions outside their source text; they are left out`,
      zh: `${outOfRange} 处编码的位置超出了来源文本的范围，未计入`
    });
  }
  if (wholeSource > 0) {
    warnings.push({
      en: `${wholeSource} codings apply to whole sources rather than passages; they are left out`,
      zh: `${wholeSource} 处编码针对整个来源而非具体段落，未计入`
    });
  }
  return {
    file,
    codes,
    segments,
    documents: [...sourceNames.values()],
    coders: [...users.values()],
    warnings
  };
}

/** The codebook, depth first, with paths from the root theme. */
function readCodes(root: XmlElement): CodeEntry[] {
  const codebook = root.name === "CodeBook" ? root : childNamed(root, "CodeBook");
  const codes: CodeEntry[] = [];
  const walk = (elements: XmlElement[], parent: CodeEntry | null) => {
    for (const element of elements) {
      const name = element.attributes.name ?? "";
      const code: CodeEntry = {
        id: normaliseGuid(element.attributes.guid),
        name,
        parent: parent?.id ?? null,
        path: [...(parent?.path ?? []), name],
        description: childNamed(element, "Description")?.text.trim() || null,
        color: element.attributes.color ?? null
      };
      codes.push(code);
      walk(childrenNamed(element, "Code"), code);
    }
  };
  const list = codebook && childNamed(codebook, "Codes");
  if (list) walk(childrenNamed(list, "Code"), null);
  return codes;
}

interface CaseIndex {
  bySource: Map<string, string[]>;
  bySelection: Map<string, string[]>;
  variables: Map<string, Record<string, string>>;
}

/** Which sources and selections each case holds, and each case's variables. */
function readCases(
  root: XmlElement,
  sourceNames: Map<string, string>,
  variablesOf: (element: XmlElement) => Record<string, string>,
  warnings: Text[]
): CaseIndex {
  const index: CaseIndex = {bySource: new Map(), bySelection: new Map(), variables: new Map()};
  const add = (map: Map<string, string[]>, key: string, name: string) =>
    map.set(key, [...(map.get(key) ?? []), name]);
  for (const element of childrenNamed(childNamed(root, "Cases") ?? root, "Case")) {
    const name = element.attributes.name ?? normaliseGuid(element.attributes.guid);
    index.variables.set(name, variablesOf(element));
    for (const ref of childrenNamed(element, "SourceRef")) {
      const target = normaliseGuid(ref.attributes.targetGUID);
      if (sourceNames.has(target)) add(index.bySource, target, name);
      else
        warnings.push({
          en: `case "${name}" refers to source ${target}, which is not in the project; that link is ignored`,
          zh: `个案“${name}”指向项目中没有的来源 ${target}；已忽略这一关联`
        });
    }
    for (const ref of childrenNamed(element, "SelectionRef")) {
      add(index.bySelection, normaliseGuid(ref.attributes.targetGUID), name);
    }
  }
  return index;
}

/** `VariableValue` children as name → value text. */
function readVariableValues(element: XmlElement, names: Map<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const value of childrenNamed(element, "VariableValue")) {
    const name = names.get(normaliseGuid(childNamed(value, "VariableRef")?.attributes.targetGUID));
    const given = value.children.find((child) => VALUE_ELEMENTS.includes(child.name));
    if (name && given) values[name] = given.text.trim();
  }
  return values;
}

function sourceName(source: XmlElement): string {
  return source.attributes.name ?? normaliseGuid(source.attributes.guid);
}
