// Which of a study's pages apply to its design (one wave or several, one group or parallel groups, coded interviews
// or not), and the one line a page that does not apply shows instead. Pure: the sidebar and the pages both ask it.
import type {StringKey} from "./i18n.js";

/** The pages every study has, in sidebar order (the Markdown files of src/studies/[study]). */
export const STUDY_PAGES = [
  "index",
  "distributions",
  "prepost",
  "change",
  "reliability",
  "groups",
  "themes",
  "quotes",
  "joint",
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

/** The design of a study.json (the validated study.yaml). */
export function pageDesign(study: {
  waves: readonly unknown[];
  groups: readonly unknown[];
  instruments: readonly unknown[];
  sources: {coding?: readonly unknown[]};
}): PageDesign {
  return {
    waves: study.waves.length,
    groups: study.groups.length,
    coding: (study.sources.coding?.length ?? 0) > 0,
    instruments: study.instruments.length
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
      return !design.coding ? "qNoCoding" : !survey ? "noInstruments" : undefined;
    default:
      return undefined;
  }
}

/** The pages that apply to `design`, in sidebar order; the overview and the notebook always do. */
export function applicablePages(design: PageDesign): StudyPage[] {
  return STUDY_PAGES.filter((page) => !notApplicable(page, design));
}
