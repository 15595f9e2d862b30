// Where ../shared (real public exports and datasets, read-only) is: beside the repository's root, as in CI, or
// EVALBOOK_SHARED when a checkout sits elsewhere (a git worktree). Tests read these files in place, never copies.
import {existsSync} from "node:fs";
import {join, resolve} from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** The absolute path of `parts` inside the shared folder. */
export function sharedPath(...parts: string[]): string {
  const candidates = [process.env.EVALBOOK_SHARED, resolve(ROOT, "../shared"), resolve(ROOT, "../../shared")];
  const base =
    candidates.find((dir) => dir && existsSync(join(dir, "fixtures"))) ?? resolve(ROOT, "../shared");
  return join(base, ...parts);
}
