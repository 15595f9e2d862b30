// The publishing gate: a folder about to be written or published must hold no personal data.
import {InputError, type Where} from "../errors.js";
import {describeFindings, scanFolder, scanner, type Finding} from "./scan.js";
import type {Terms} from "./terms.js";

const FIX =
  "remove each value where it comes from: the raw export (the row is named where known), study.yaml or a page; " +
  "an interview document or case named after a participant maps to them when its name holds their id as in the " +
  "questionnaire (访谈-JZ001), or by a rule in study.yaml: sources.coding[].documents: [{document: '访谈-张*', " +
  "participant: JZ001}]; if a value is not personal data (a team's contact e-mail, say), list it under " +
  "publish.allow in study.yaml";

/** The problem as one InputError: what and how to fix it on the first line, then one line per finding. */
export function personalDataError(found: readonly Finding[], where: Where, what: string): InputError {
  const lines = describeFindings(found).map((line) => `\n  - ${line}`);
  return new InputError(`${what} (${found.length} found)`, where, `${FIX}:${lines.join("")}`);
}

/** Throws an InputError listing every personal value in the files under `dir`. */
export async function assertNoPersonalData(
  dir: string,
  terms: Terms,
  where: Where,
  what: string
): Promise<void> {
  const found = await scanFolder(dir, scanner(terms));
  if (found.length) throw personalDataError(found, where, what);
}
