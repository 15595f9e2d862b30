// Which publishing rules a built page runs under, for the browser tests and the dashboard benchmark.
import type {Page} from "playwright-core";

/**
 * The publishing rules a page gets: `published` is what dist/ holds (npm run build); `local` is the researcher's
 * full-detail profile of npm run dev (the page's data/publish.json answered with `published: false`), so one build
 * serves the tests of both; an object replaces the rules outright (e.g. a larger min_cell).
 */
export type Profile = "published" | "local" | {published: boolean; min_cell: number; excerpts: boolean};

/** Answers the page's data/publish.json per `profile`. */
export async function useProfile(page: Page, profile: Profile): Promise<void> {
  if (profile === "published") return;
  await page.route("**/data/publish.*.json", async (route) => {
    const built = await (await route.fetch()).json();
    const json = profile === "local" ? {...built, published: false, excerpts: true} : profile;
    await route.fulfill({json});
  });
}
