// The coding ingest: each `sources.coding` export → segments, codebook and the tallies the qualitative pages show.
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {codeAgreement, codeCooccurrence, codeTallyTable, passageIds} from "../../src/lib/qual/index.js";
import type {CodebookRow, SegmentRow} from "../../src/lib/qual/index.js";
import {literal} from "../duckdb.js";
import {InputError, warningText} from "../errors.js";
import {toSegments} from "../qual/map-documents.js";
import {readCoding} from "../qual/read-coding.js";
import {publishPolicy} from "../publish/mode.js";
import type {Study} from "../study/schema.js";
import {copyToParquet, loadTable, type ColumnType} from "../write/parquet.js";
import {pseudonym} from "./pseudonym.js";
import {redactValue, type CodingFileReport, type CodingReport} from "./report.js";

/** What the coding sources of a study gave, before it is written. */
export interface CodingInput {
  segments: SegmentRow[];
  codebook: CodebookRow[];
  files: CodingFileReport[];
  /** Pseudonym → the id as the coding gave it and the file, to say which ids match no questionnaire. */
  idsOf: Map<string, {raw: string; file: string}>;
  /** Whether excerpts were kept: always in the local build, per `publish.excerpts` in the published one. */
  excerpts: boolean;
}

/** Roles the pages know, and the words coding tables use for them. */
const ROLES: Record<string, string[]> = {
  member: ["member", "组员", "成员", "小组成员", "服务对象", "儿童", "学生", "child", "student"],
  parent: ["parent", "家长", "父母", "父亲", "母亲", "监护人", "guardian"],
  teacher: ["teacher", "教师", "老师", "班主任", "class teacher"],
  worker: ["worker", "社工", "社会工作者", "工作者", "social worker"]
};

/** A role word → member, parent, teacher or worker; anything else unchanged. */
export function normaliseRole(role: string | null): string | null {
  if (role === null) return null;
  const word = role.trim().toLowerCase();
  return Object.keys(ROLES).find((id) => ROLES[id]!.includes(word)) ?? role.trim();
}

/** A wave given by id or by its label in either language → its id; null when unknown. */
function waveId(study: Study, wave: string): string | null {
  const text = wave.trim();
  return study.waves.find((w) => w.id === text || w.label?.zh === text || w.label?.en === text)?.id ?? null;
}

/**
 * A document name with the participant's raw id replaced by the pseudonym: a coding table without a source
 * column names documents by participant id, and interview files are often named after it (`访谈-20210301`).
 */
function hideId(document: string, raw: string | null, pseudonymous: string | null): string {
  if (raw === null || pseudonymous === null || raw.trim().length < 3) return document;
  return document.replaceAll(raw.trim(), pseudonymous);
}

/** The study as the site may show it: participant ids in `sources.coding` rules replaced by their pseudonyms. */
export function publicStudy(study: Study, key: string): Study {
  const coding = study.sources.coding.map((source) => ({
    ...source,
    documents: source.documents.map((rule) =>
      rule.participant === undefined
        ? rule
        : {...rule, participant: pseudonym(key, study.id, rule.participant)}
    )
  }));
  return {...study, sources: {...study.sources, coding}};
}

/**
 * Reads every coding source of the study in `dir`, maps documents to pseudonymous participants, roles and waves.
 * Excerpts are kept for the researcher's local build (`npm run dev`, `npm run ingest`) and dropped from the
 * published one (`npm run build`) when study.yaml says `publish.excerpts: false`.
 */
export async function readCodingSources(
  dir: string,
  study: Study,
  key: string,
  {published, participants}: {published?: boolean; participants?: ReadonlySet<string>} = {}
): Promise<CodingInput> {
  const {excerpts} = publishPolicy(study, published);
  const input: CodingInput = {segments: [], codebook: [], files: [], idsOf: new Map(), excerpts};
  const waves = study.waves.map((w) => w.id);
  for (const [i, source] of study.sources.coding.entries()) {
    for (const [j, rule] of source.documents.entries()) {
      if (rule.wave !== undefined && !waves.includes(rule.wave))
        throw new InputError(
          `'${rule.wave}' is not a declared wave; declared: ${waves.join(", ")}`,
          {file: "study.yaml", path: `sources.coding[${i}].documents[${j}].wave`},
          "use a declared wave id"
        );
    }
    const project = await readCoding(join(dir, source.file), {
      format: source.format,
      encoding: source.encoding,
      columns: source.columns
    });
    const mapped = toSegments(project, source.documents, {publishExcerpts: excerpts, participants});
    const warnings = [...project.warnings];
    for (const j of mapped.unusedRules) {
      const rule = source.documents[j]!;
      const [en, zh] =
        rule.document !== undefined
          ? [`document "${rule.document}"`, `文档“${rule.document}”`]
          : [`case "${rule.case ?? "*"}"`, `个案“${rule.case ?? "*"}”`];
      warnings.push({
        en: `sources.coding[${i}].documents[${j}] (${en}) matches no coded segment; check the name against the export`,
        zh: `sources.coding[${i}].documents[${j}]（${zh}）没有对应任何已编码片段；请对照导出文件检查名称`
      });
    }
    const unknownWaves = new Set<string>();
    const first = input.segments.length ? Math.max(...input.segments.map((s) => s.passage)) + 1 : 0;
    const passages = passageIds(project.segments);
    mapped.segments.forEach((segment, s) => {
      let wave = segment.wave;
      if (wave !== null && !waves.includes(wave)) {
        const id = waveId(study, wave);
        if (id === null) unknownWaves.add(wave);
        wave = id ?? wave;
      }
      const participant = segment.participant === null ? null : pseudonym(key, study.id, segment.participant);
      const name = hideId(segment.source, segment.participant, participant);
      if (participant !== null) input.idsOf.set(participant, {raw: segment.participant!, file: source.file});
      input.segments.push({
        ...segment,
        source: name,
        participant,
        role: normaliseRole(segment.role),
        wave,
        passage: first + passages[s]!
      });
    });
    if (unknownWaves.size)
      warnings.push({
        en: `waves ${[...unknownWaves].map((w) => `"${w}"`).join(", ")} are not declared in study.yaml (declared: ${waves.join(", ")}); their segments keep the text as wave`,
        zh: `测量${[...unknownWaves].map((w) => `“${w}”`).join("、")}未在 study.yaml 中声明（已声明：${waves.join(", ")}）；这些片段以原文作为测量`
      });
    for (const code of project.codes) {
      const path = code.path.join(" > ");
      if (input.codebook.some((c) => c.path === path)) continue;
      input.codebook.push({
        theme: code.path[0]!,
        code: code.name,
        parent: code.path.length > 1 ? code.path[code.path.length - 2]! : null,
        path,
        depth: code.path.length,
        description: code.description,
        color: code.color
      });
    }
    const mine = input.segments.slice(input.segments.length - mapped.segments.length);
    input.files.push({
      file: source.file,
      format: source.format,
      documents: project.documents.length,
      segments: mine.length,
      passages: new Set(mine.map((s) => s.passage)).size,
      codes: new Set(mine.map((s) => `${s.theme}\u0000${s.code}`)).size,
      coders: project.coders,
      unmapped_documents: mapped.unmapped,
      warnings
    });
  }
  return input;
}

const TEXT = "VARCHAR" as const;
const INT = "INTEGER" as const;
const REAL = "DOUBLE" as const;

/** Column types of each qualitative table, in output order; empty tables keep their columns. */
const TABLES = {
  segments: {
    participant: TEXT,
    source: TEXT,
    role: TEXT,
    wave: TEXT,
    theme: TEXT,
    code: TEXT,
    coder: TEXT,
    excerpt: TEXT,
    passage: INT
  },
  codebook: {theme: TEXT, code: TEXT, parent: TEXT, path: TEXT, depth: INT, description: TEXT, color: TEXT},
  code_tallies: {by: TEXT, level: TEXT, theme: TEXT, code: TEXT, segments: INT, participants: INT},
  cooccurrence: {theme_a: TEXT, code_a: TEXT, theme_b: TEXT, code_b: TEXT, count: INT},
  agreement: {
    theme: TEXT,
    code: TEXT,
    coder_a: TEXT,
    coder_b: TEXT,
    documents: INT,
    n: INT,
    both: INT,
    only_a: INT,
    only_b: INT,
    neither: INT,
    po: REAL,
    kappa: REAL,
    se: REAL,
    ci_low: REAL,
    ci_high: REAL,
    guardrails: TEXT
  }
} satisfies Record<string, Record<string, ColumnType>>;

/**
 * Writes segments, codebook, code_tallies, cooccurrence and agreement as Parquet into `dir` and returns the
 * report's `coding` section; `clean` (the questionnaire answers) must exist, to flag coded participants
 * who have no questionnaire.
 */
export async function writeCoding(
  db: DuckDBConnection,
  input: CodingInput,
  dir: string
): Promise<CodingReport> {
  const {segments} = input;
  const tables: Record<keyof typeof TABLES, readonly object[]> = {
    segments,
    codebook: input.codebook,
    code_tallies: codeTallyTable(segments),
    cooccurrence: codeCooccurrence(segments),
    agreement: codeAgreement(segments)
  };
  for (const [name, columns] of Object.entries(TABLES)) {
    const rows = tables[name as keyof typeof TABLES] as Record<string, unknown>[];
    await loadTable(db, `coding_${name}`, {columns, rows});
    await copyToParquet(db, `SELECT * FROM coding_${name}`, join(dir, `${name}.parquet`));
  }
  // Only the codings' own ids are looked up: a million surveyed participants never reach JavaScript.
  const coded = [...input.idsOf.keys()].map(literal);
  const present = coded.length
    ? await db.runAndReadAll(
        `SELECT DISTINCT participant FROM clean WHERE participant IN (${coded.join(", ")})`
      )
    : undefined;
  const surveyed = new Set(present?.getColumns()[0] ?? []);
  // Ids are shown as the report shows values: long digit runs (student or phone numbers) masked.
  const strangers = [...input.idsOf]
    .filter(([participant]) => !surveyed.has(participant))
    .map(([, id]) => id);
  const warnings = input.files.flatMap((f) => f.warnings.map((w) => warningText(w, {file: f.file})));
  for (const file of new Set(strangers.map((s) => s.file))) {
    const ids = strangers.filter((s) => s.file === file).map((s) => redactValue(s.raw));
    const many = ids.length > 1;
    warnings.push(
      warningText(
        {
          en: `participant id${many ? "s" : ""} ${ids.map((id) => `"${id}"`).join(", ")} match${many ? "" : "es"} no questionnaire, so the joint display shows no scores for ${many ? "them" : "it"}; check the id against the survey`,
          zh: `参与者编号${ids.map((id) => `“${id}”`).join("、")}没有对应的问卷，联合展示中不会显示其得分；请对照问卷核对编号`
        },
        {file}
      )
    );
  }
  return {
    files: input.files,
    segments: segments.length,
    passages: new Set(segments.map((s) => s.passage)).size,
    codes: new Set(segments.map((s) => `${s.theme}\u0000${s.code}`)).size,
    coders: [...new Set(input.files.flatMap((f) => f.coders))],
    participants: new Set(segments.flatMap((s) => (s.participant === null ? [] : [s.participant]))).size,
    unmapped_documents: input.files.flatMap((f) =>
      f.unmapped_documents.map((document) => ({file: f.file, document}))
    ),
    excerpts_published: input.excerpts,
    warnings
  };
}
