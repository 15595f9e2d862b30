// Framework configuration: one site, pages for every study folder under data/studies, nothing from a CDN.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {parse} from "yaml";
import {ROOT_ENV} from "./loaders/build-root.js";
import {CSP_META} from "./loaders/publish/csp.js";
import {isPublishBuild} from "./loaders/publish/mode.js";
import {STUDIES} from "./loaders/studies-root.js";
import {bothLanguages, chromeDictionary, pageLabel, studyLabel, uiLabel} from "./src/lib/chrome.js";
import {applicablePages, pageDesign, STUDY_PAGES as PAGE_ORDER, type StudyPage} from "./src/lib/pages.js";

const PAGES_DIR = "src/studies/[study]";

/** The pages every study gets: the Markdown files of src/studies/[study], in sidebar order, named as they head themselves. */
function studyPages(): {path: string; name: string}[] {
  const files = readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -3));
  const order: readonly string[] = PAGE_ORDER;
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return files
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => ({
      path: name === "index" ? "" : name,
      name: order.includes(name) ? bothLanguages(pageLabel(name as StudyPage)) : name
    }));
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
function studyYaml(
  id: string
): {title?: string | {zh?: string; en?: string}} & Parameters<typeof pageDesign>[0] {
  try {
    return parse(readFileSync(join(STUDIES, id, "study.yaml"), "utf8")) ?? {};
  } catch {
    return {};
  }
}

/** The pages of a study that apply to its design, in reading order (all of them if study.yaml cannot be read). */
function pagesOf(id: string): {path: string; name: string}[] {
  const yaml = studyYaml(id);
  if (!Array.isArray(yaml.waves)) return STUDY_PAGES;
  const applicable: readonly string[] = applicablePages(pageDesign(yaml));
  return STUDY_PAGES.filter((page) => applicable.includes(page.path || "index"));
}

const studies = studyIds();
const titles = new Map(studies.map((id) => [id, studyLabel(studyYaml(id).title, id)]));
const GLOSSARY = uiLabel("glossary");
const FOOTER = uiLabel("footer");

export default {
  // npm run build gives Framework a root of its own (loaders/build-root.ts), so it never shares a cache with dev.
  root: process.env[ROOT_ENV] ?? "src",
  title: "Evalbook",
  // Framework's default links Google Fonts; the site must work offline and behind firewalls.
  globalStylesheets: [],
  style: "style.css",
  // The published site (npm run build) allows scripts, workers and WASM from itself only; loaders/build.ts adds each
  // page's inline-script hashes. Not in npm run dev: Framework's preview evaluates edited cells with eval().
  // A favicon of the site's own, so browsers do not ask for a missing /favicon.ico (a 404 in the console).
  // The frame's names are written in both languages, with the dictionary the language switch picks from.
  head: `${isPublishBuild() ? CSP_META : ""}<link rel="icon" href="favicon.svg" type="image/svg+xml">${chromeDictionary(
    [...PAGE_ORDER.map(pageLabel), ...titles.values(), GLOSSARY, FOOTER]
  )}`,
  // Framework's own DuckDB client would fetch extensions from a CDN; pages use src/components/duckdb.ts instead.
  duckdb: {extensions: {json: null, parquet: null}},
  search: false,
  // Pages are written and linked as prepost.html (and folders as …/index.html), so any plain static file server —
  // python3 -m http.server, an object store, a USB stick — serves every page; clean URLs need a rewriting host.
  preserveExtension: true,
  footer: bothLanguages(FOOTER),
  // Each study is a section with a pager of its own: previous/next never lead into another study. Every page is
  // still built (dynamicPaths), so a link to one that does not apply says why instead of giving a 404.
  pages: [
    ...studies.map((id) => ({
      name: bothLanguages(titles.get(id)!),
      open: false,
      pager: id,
      pages: pagesOf(id).map((page) => ({name: page.name, path: `/studies/${id}/${page.path}`}))
    })),
    {name: bothLanguages(GLOSSARY), path: "/glossary"}
  ],
  dynamicPaths: studies.flatMap((id) => STUDY_PAGES.map((page) => `/studies/${id}/${page.path}`))
};
