// Which publishing rules a built page runs under, for the browser tests and the dashboard benchmark.
import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {ingestedStudy} from "../../loaders/study-cache.js";
import {PSEUDONYM_SHAPE} from "../../src/lib/pseudonym-shape.js";
import {rewriteJson} from "./chromium.js";
import {TEST_STUDIES} from "./studies.js";

/**
 * The publishing rules a page gets: `published` is what dist/ holds (npm run build); `local` is the researcher's
 * full-detail profile of npm run dev (the page's data/publish.json answered with `published: false`, and its
 * per-participant tables and answer counts from the local ingest of the same study, as npm run dev serves them: the published
 * build holds no item answers), so one build serves the tests of both; an object replaces the rules outright
 * (e.g. a larger min_cell).
 */
export type Profile = "published" | "local" | {published: boolean; min_cell: number; excerpts: boolean};

/** A participant's pseudonym as the ingest writes it: the published profile shows none. */
export const PSEUDONYM = new RegExp(PSEUDONYM_SHAPE);

/**
 * The tables the published build empties or thins (loaders/publish/reduce.ts) that the local profile reads in
 * full: the per-participant ones, and the answer counts.
 */
const LOCAL_TABLES =
  /\/_file\/studies\/([A-Za-z0-9_-]+)\/data\/(responses|scores|change|distributions)\.[0-9a-f]+\.parquet$/;

/**
 * The output folder of study `id` in `studies` ingested as npm run dev does (cached by fingerprint: made once,
 * then found). Runs outside EVALBOOK_PUBLISH, which only the build's own process sets.
 */
export function localIngest(studies: string, id: string): Promise<string> {
  return ingestedStudy(join(studies, id), id);
}

/**
 * Answers the page's data/publish.json per `profile`, and the local profile's per-participant tables from the
 * studies in `studies` (the folder the site was built from).
 */
export async function useProfile(
  page: Page,
  profile: Profile,
  {studies = TEST_STUDIES}: {studies?: string} = {}
): Promise<void> {
  if (profile === "published") return;
  await rewriteJson(page, "**/data/publish.*.json", (built) =>
    profile === "local" ? {...built, published: false, excerpts: true} : profile
  );
  if (profile !== "local") return;
  await page.route(LOCAL_TABLES, async (route) => {
    const [, id, name] = LOCAL_TABLES.exec(new URL(route.request().url()).pathname)!;
    const body = await readFile(join(await localIngest(studies, id!), `${name}.parquet`));
    await route.fulfill({body, contentType: "application/octet-stream"});
  });
}
