// Framework configuration: one site, pages for every study folder under data/studies, nothing from a CDN.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {parse} from "yaml";

const STUDIES = "data/studies";

/** The pages every study gets, in sidebar order (paths relative to /studies/<id>/). */
const STUDY_PAGES = [{path: "", name: "概览 Overview"}];

function studyIds(): string[] {
  if (!existsSync(STUDIES)) return [];
  return readdirSync(STUDIES, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(STUDIES, entry.name, "study.yaml")))
    .map((entry) => entry.name)
    .sort();
}

/** The sidebar label of a study; a malformed study.yaml is reported by the ingest, not here. */
function studyTitle(id: string): string {
  try {
    const {title} = parse(readFileSync(join(STUDIES, id, "study.yaml"), "utf8")) ?? {};
    if (typeof title === "string") return title;
    return [title?.zh, title?.en].filter(Boolean).join(" · ") || id;
  } catch {
    return id;
  }
}

const studies = studyIds();

export default {
  root: "src",
  title: "Evalbook",
  // Framework's default links Google Fonts; the site must work offline and behind firewalls.
  globalStylesheets: [],
  style: "style.css",
  // Framework's own DuckDB client would fetch extensions from a CDN; pages use src/components/duckdb.ts instead.
  duckdb: {extensions: {json: null, parquet: null}},
  search: false,
  footer: "Evalbook — evaluating social-work group interventions. 社会工作小组干预评估。",
  pages: studies.map((id) => ({
    name: studyTitle(id),
    open: false,
    pages: STUDY_PAGES.map((page) => ({name: page.name, path: `/studies/${id}/${page.path}`}))
  })),
  dynamicPaths: studies.flatMap((id) => STUDY_PAGES.map((page) => `/studies/${id}/${page.path}`))
};
