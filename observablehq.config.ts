// Framework configuration: one site, pages for every study folder under data/studies, nothing from a CDN.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {parse} from "yaml";
import {CSP_META} from "./loaders/publish/csp.js";
import {isPublishBuild} from "./loaders/publish/mode.js";
import {applicablePages, type PageDesign} from "./src/lib/page-list.js";

const STUDIES = "data/studies";

const PAGES_DIR = "src/studies/[study]";

/** Sidebar order and names of the per-study pages; a page file not listed here follows, named after its file. */
const PAGE_NAMES: Record<string, string> = {
  index: "概览 Overview",
  distributions: "分布 Distributions",
  prepost: "前后测 Pre/post",
  change: "个体变化 Individual change",
  reliability: "信度 Reliability",
  groups: "组间比较 Groups",
  themes: "质性主题 Themes",
  quotes: "访谈摘录 Quotes",
  joint: "联合展示 Joint display",
  notebook: "SQL 笔记本 Notebook"
};

/** The pages every study gets: the Markdown files of src/studies/[study], in sidebar order. */
function studyPages(): {path: string; name: string}[] {
  const files = readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -3));
  const order = Object.keys(PAGE_NAMES);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return files
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => ({path: name === "index" ? "" : name, name: PAGE_NAMES[name] ?? name}));
}

const STUDY_PAGES = studyPages();

function studyIds(): string[] {
  if (!existsSync(STUDIES)) return [];
  return readdirSync(STUDIES, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(STUDIES, entry.name, "study.yaml")))
    .map((entry) => entry.name)
    .sort();
}

/** A study's study.yaml as written; a malformed one is reported by the ingest, not here. */
function studyYaml(id: string): {title?: string | {zh?: string; en?: string}} & Partial<PageDesign> {
  try {
    return parse(readFileSync(join(STUDIES, id, "study.yaml"), "utf8")) ?? {};
  } catch {
    return {};
  }
}

/** The sidebar label of a study. */
function studyTitle(id: string): string {
  const {title} = studyYaml(id);
  if (typeof title === "string") return title;
  return [title?.zh, title?.en].filter(Boolean).join(" · ") || id;
}

/** The pages of a study that apply to its design, in reading order (all of them if study.yaml cannot be read). */
function pagesOf(id: string): {path: string; name: string}[] {
  const yaml = studyYaml(id);
  if (!Array.isArray(yaml.waves)) return STUDY_PAGES;
  const applicable: string[] = applicablePages(yaml as PageDesign);
  const named = STUDY_PAGES.filter((page) => applicable.includes(page.path || "index"));
  return named.sort((a, b) => applicable.indexOf(a.path || "index") - applicable.indexOf(b.path || "index"));
}

const studies = studyIds();

export default {
  root: "src",
  title: "Evalbook",
  // Framework's default links Google Fonts; the site must work offline and behind firewalls.
  globalStylesheets: [],
  style: "style.css",
  // The published site (npm run build) allows scripts, workers and WASM from itself only; loaders/build.ts adds each
  // page's inline-script hashes. Not in npm run dev: Framework's preview evaluates edited cells with eval().
  // A favicon of the site's own, so browsers do not ask for a missing /favicon.ico (a 404 in the console).
  head: `${isPublishBuild() ? CSP_META : ""}<link rel="icon" href="favicon.svg" type="image/svg+xml">`,
  // Framework's own DuckDB client would fetch extensions from a CDN; pages use src/components/duckdb.ts instead.
  duckdb: {extensions: {json: null, parquet: null}},
  search: false,
  footer: "Evalbook — evaluating social-work group interventions. 社会工作小组干预评估。",
  // Each study is a section with a pager of its own: previous/next never lead into another study. Every page is
  // still built (dynamicPaths), so a link to one that does not apply says why instead of giving a 404.
  pages: [
    ...studies.map((id) => ({
      name: studyTitle(id),
      open: false,
      pager: id,
      pages: pagesOf(id).map((page) => ({name: page.name, path: `/studies/${id}/${page.path}`}))
    })),
    {name: "术语表 Glossary", path: "/glossary"}
  ],
  dynamicPaths: studies.flatMap((id) => STUDY_PAGES.map((page) => `/studies/${id}/${page.path}`))
};
