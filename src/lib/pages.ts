// Which of a study's pages apply to its design (one wave or several, one group or parallel groups, coded interviews
// or not), and the one line a page that does not apply shows instead. Pure: the sidebar and the pages both ask it.
import type {StringKey} from "./i18n.js";

/**
 * The pages every study has (the Markdown files of src/studies/[study]), in reading order: the summary, the
 * results, the measures' quality, the interviews, the chapter to export, the notebook.
 */
export const STUDY_PAGES = [
  "index",
  "prepost",
  "change",
  "groups",
  "distributions",
  "reliability",
  "themes",
  "quotes",
  "joint",
  "report",
  "notebook"
] as const;

export type StudyPage = (typeof STUDY_PAGES)[number];

/** What decides which pages apply: counts from study.json. */
export interface PageDesign {
  /** Declared waves (1 for a cross-sectional survey). */
  waves: number;
  /** Declared groups (0 or 1: one group). */
  groups: number;
  /** Whether the study has coded interviews (`sources.coding`). */
  coding: boolean;
  /** Questionnaire instruments. */
  instruments: number;
}

/** The design of a study.json (the validated study.yaml), or of a study.yaml as written (keys may be missing). */
export function pageDesign(study: {
  waves?: readonly unknown[] | null;
  groups?: readonly unknown[] | null;
  instruments?: readonly unknown[] | null;
  sources?: {coding?: readonly unknown[] | null} | null;
}): PageDesign {
  return {
    waves: study.waves?.length ?? 0,
    groups: study.groups?.length ?? 0,
    coding: (study.sources?.coding?.length ?? 0) > 0,
    instruments: study.instruments?.length ?? 0
  };
}

/** Why `page` does not apply to `design`: the key of its one-line note in i18n; undefined when it applies. */
export function notApplicable(page: StudyPage, design: PageDesign): StringKey | undefined {
  const survey = design.instruments > 0;
  switch (page) {
    case "distributions":
    case "reliability":
      return survey ? undefined : "noInstruments";
    case "prepost":
    case "change":
      return !survey ? "noInstruments" : design.waves < 2 ? "oneWave" : undefined;
    case "groups":
      return !survey ? "noInstruments" : design.groups < 2 ? "oneGroup" : undefined;
    case "themes":
    case "quotes":
      return design.coding ? undefined : "qNoCoding";
    case "joint":
      // The joint display sets each person's themes beside their change: it needs two waves.
      return !design.coding
        ? "qNoCoding"
        : !survey
          ? "noInstruments"
          : design.waves < 2
            ? "oneWave"
            : undefined;
    default:
      return undefined;
  }
}

/** The pages that apply to `design`, in reading order; the overview, the report and the notebook always do. */
export function applicablePages(design: PageDesign): StudyPage[] {
  return STUDY_PAGES.filter((page) => !notApplicable(page, design));
}
