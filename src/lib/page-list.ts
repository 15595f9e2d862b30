// Which study pages apply to a study's design, in reading order: what the sidebar, the pager and the overview list.
// (Stand-in for src/lib/pages.ts of the 'wavepages' branch; the merge keeps one of them.)

/** The parts of a study (study.yaml or study.json) that decide its pages. */
export interface PageDesign {
  waves: readonly unknown[];
  groups?: readonly unknown[] | null;
  sources?: {coding?: readonly unknown[] | null} | null;
}

/** Study pages in reading order: the summary, the results, the measures' quality, the interviews, the notebook. */
export const PAGE_ORDER = [
  "index",
  "prepost",
  "change",
  "groups",
  "distributions",
  "reliability",
  "themes",
  "quotes",
  "joint",
  "notebook"
] as const;

export type StudyPage = (typeof PAGE_ORDER)[number];

/** The pages that have something to show for this design: no change without two waves, no Groups with one group, no interview pages without coding. */
export function applicablePages(design: PageDesign): StudyPage[] {
  const waves = design.waves.length;
  const groups = design.groups?.length ?? 0;
  const coded = (design.sources?.coding?.length ?? 0) > 0;
  const applies: Record<StudyPage, boolean> = {
    index: true,
    prepost: true, // one wave: the comparison with the midpoint
    change: waves >= 2,
    groups: groups > 1,
    distributions: true,
    reliability: true,
    themes: coded,
    quotes: coded,
    joint: coded && waves >= 2,
    notebook: true
  };
  return PAGE_ORDER.filter((page) => applies[page]);
}
