// The result tables a page shows: the precomputed ones as loaded, or recomputed in the browser when participants are left out.
import type {Study} from "../../loaders/study/schema.js";
import {fetchParquet} from "../lib/parquet.js";
import type {
  BetweenGroupsResult,
  ChangeResult,
  ItemReliability,
  OmnibusRow,
  OneSampleResult,
  PairedResult,
  ReliabilityResult,
  ResponseRow
} from "../lib/results/index.js";
import {t, tf, type Lang} from "../lib/i18n.js";
import {INDIVIDUAL_LIMIT, showsIndividuals} from "../lib/suppress.js";
import {excludeInput} from "./controls.js";
import type {Guardrail} from "../lib/stats/index.js";
import type {ScoreRow} from "../lib/types.js";

/** Every table of a study's ingest that the quantitative pages read, with guardrails as arrays. */
export interface StudyTables {
  scores: ScoreRow[];
  responses: ResponseRow[];
  comparisons: PairedResult[];
  oneSample: OneSampleResult[];
  betweenGroups: BetweenGroupsResult[];
  reliability: ReliabilityResult[];
  itemReliability: ItemReliability[];
  change: ChangeResult[];
  /** The tests across every wave (studies with three or more waves); empty when its URL is not given. */
  omnibus: OmnibusRow[];
}

/**
 * URLs of the Parquet files behind each table: pass `FileAttachment("data/x.parquet").href`. Only pages that show
 * the tests across all waves pass `omnibus`.
 */
export type StudyTableUrls = Record<Exclude<keyof StudyTables, "omnibus">, string> & {omnibus?: string};

/** Guardrails as stored (a JSON string in Parquet) or as computed (an array). */
export function guardrailsOf(value: unknown): Guardrail[] {
  if (Array.isArray(value)) return value as Guardrail[];
  if (typeof value !== "string" || !value) return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? (parsed as Guardrail[]) : [];
}

/** The tables with one row per participant (and wave, part): the ones a large study's pages do without. */
const PER_PARTICIPANT: readonly (keyof StudyTables)[] = ["scores", "responses", "change"];

/** What the ingest adds to study.json: how many participants it kept, and whether their rows are published. */
export interface StudySize {
  size?: {participants: number; individuals?: boolean};
}

/** Whether the pages show this study's participants one by one (its per-participant tables hold rows). */
export function drawsIndividuals(study: StudySize): boolean {
  return study.size?.individuals !== false && showsIndividuals(study.size?.participants ?? 0);
}

/**
 * The note a page shows instead of its per-participant displays: for a study above the limit, or a published
 * study that did not opt in to them (aggregates only); empty otherwise.
 */
export function largeStudyNote(study: StudySize, lang: Lang): HTMLParagraphElement {
  const note = document.createElement("p");
  note.className = "large-study-note muted";
  note.hidden = drawsIndividuals(study);
  const large = !showsIndividuals(study.size?.participants ?? 0);
  note.textContent = note.hidden
    ? ""
    : !large
      ? t("aggregatesOnly", lang)
      : tf("largeStudy", lang, {
          n: study.size!.participants.toLocaleString(lang === "zh" ? "zh-CN" : "en"),
          limit: INDIVIDUAL_LIMIT.toLocaleString(lang === "zh" ? "zh-CN" : "en")
        });
  return note;
}

/**
 * Fetches every table at once; an empty result table (no rows) stays empty. With `individuals: false` (a study
 * above {@link INDIVIDUAL_LIMIT}) the per-participant tables are not fetched and come back empty.
 */
export async function loadStudyTables(
  urls: StudyTableUrls,
  {individuals = true}: {individuals?: boolean} = {}
): Promise<StudyTables> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      if (!individuals && PER_PARTICIPANT.includes(name as keyof StudyTables)) return [name, []] as const;
      const {rows} = await fetchParquet(url);
      const typed = rows.map((row) =>
        "guardrails" in row ? {...row, guardrails: guardrailsOf(row.guardrails)} : row
      );
      return [name, typed] as const;
    })
  );
  return {omnibus: [], ...Object.fromEntries(entries)} as unknown as StudyTables;
}

/**
 * The statistics code (results, tests, distributions: ~190 small modules) is imported only when a page first
 * recomputes, so the first chart waits for none of it; `leaveOutInput` fetches it once the page is idle.
 */
const recompute = () => import("../lib/results/index.js");

/**
 * The leave-out control over the participants in `scores`. Its first use recomputes every table, so the
 * recomputation code starts loading as soon as the browser is idle: the first change does not wait for it.
 */
export function leaveOutInput(scores: readonly ScoreRow[], lang: Lang): HTMLElement {
  const warm = () => void recompute();
  if (typeof requestIdleCallback === "function") requestIdleCallback(warm, {timeout: 2000});
  else setTimeout(warm, 500);
  return excludeInput(participantsOf(scores), {lang});
}

/**
 * The tables with `excluded` participants left out. With nobody excluded these are the precomputed tables
 * (the first paint); otherwise every statistic is recomputed by the same `src/lib/results` functions the ingest
 * ran, so a sensitivity analysis in the browser matches what the ingest would write for that subset.
 */
export async function studyResults(
  study: Study,
  tables: StudyTables,
  excluded: readonly string[] = []
): Promise<StudyTables> {
  if (!excluded.length) return tables;
  const {
    betweenGroupsResults,
    changeResults,
    omnibusResults,
    oneSampleResults,
    pairedResults,
    reliabilityResults
  } = await recompute();
  const drop = new Set(excluded);
  const scores = tables.scores.filter((s) => !drop.has(s.participant));
  const responses = tables.responses.filter((r) => !drop.has(r.participant));
  const reliability = reliabilityResults(responses, study);
  return {
    scores,
    responses,
    comparisons: pairedResults(scores, study),
    oneSample: oneSampleResults(scores, study),
    betweenGroups: betweenGroupsResults(scores, study),
    reliability: reliability.scales,
    itemReliability: reliability.items,
    change: changeResults(scores, reliability.scales, study),
    omnibus: tables.omnibus.length ? omnibusResults(scores, study) : []
  };
}

/** Participants of the study (pseudonymised ids), sorted, for the exclusion control. */
export function participantsOf(scores: readonly ScoreRow[]): string[] {
  return [...new Set(scores.map((s) => s.participant))].sort();
}
