// The controls of the quantitative pages: subscale, group, wave, and participants left out; each keeps its choice when the language changes.
import * as Inputs from "@observablehq/inputs";
import {label, t, type Lang} from "../lib/i18n.js";
import {groupLevels, hasGroups, type Part, type Study} from "./study.js";

type Input<T> = HTMLElement & {value: T};

/** Last value of each named control on this page: a language switch re-creates controls, choices must survive it. */
const memory = new Map<string, unknown>();

function remembered<T>(name: string, input: Input<T>): Input<T> {
  input.addEventListener("input", () => memory.set(name, input.value));
  return input;
}

/** A select of the study's scored parts ("学业自我效能感量表 · 学习能力自我效能感"); the value is a `Part`. */
export function partInput(
  parts: readonly Part[],
  {lang, name = "part"}: {lang: Lang; name?: string}
): Input<Part> {
  const instruments = new Set(parts.map((p) => p.instrument)).size;
  const key = (memory.get(name) as Part | undefined)?.key;
  return remembered(
    name,
    Inputs.select(parts, {
      label: t("subscale", lang),
      value: parts.find((p) => p.key === key) ?? parts[0],
      format: (p: Part) =>
        instruments > 1 ? `${label(p.instrumentTitle, lang)} · ${label(p.title, lang)}` : label(p.title, lang)
    })
  );
}

/**
 * A radio of the study's groups (with "全体" first when `withAll`); a study with one group gets an empty element
 * whose value is always "all", so pages need not branch.
 */
export function groupInput(
  study: Study,
  {lang, withAll = true}: {lang: Lang; withAll?: boolean}
): Input<string> {
  if (!hasGroups(study)) return Object.assign(document.createElement("span"), {value: "all"});
  const levels = groupLevels(study, {withAll});
  const ids = levels.map((g) => g.id);
  const stored = memory.get("group") as string | undefined;
  return remembered(
    "group",
    Inputs.radio(ids, {
      label: t("group", lang),
      value: stored && ids.includes(stored) ? stored : ids[0],
      format: (id: string) => label(levels.find((g) => g.id === id)?.label, lang, id)
    })
  );
}

/** A radio of the study's waves; the value is a wave id. */
export function waveInput(study: Study, {lang}: {lang: Lang}): Input<string> {
  const ids = study.waves.map((w) => w.id);
  const stored = memory.get("wave") as string | undefined;
  return remembered(
    "wave",
    Inputs.radio(ids, {
      label: t("wave", lang),
      value: stored && ids.includes(stored) ? stored : ids[0],
      format: (id: string) => label(study.waves.find((w) => w.id === id)?.label, lang, id)
    })
  );
}

/**
 * A select of the pairs of waves the study compares ("基线 → 12 个月"); the value is `[from, to]`. With one pair
 * there is nothing to choose: an empty element whose value is that pair, so pages need not branch.
 */
export function wavePairInput(
  study: Study,
  pairs: readonly (readonly [string, string])[],
  {lang}: {lang: Lang}
): Input<readonly [string, string]> {
  if (pairs.length < 2) return Object.assign(document.createElement("span"), {value: pairs[0]});
  const name = (id: string) => label(study.waves.find((w) => w.id === id)?.label, lang, id);
  const stored = memory.get("pair") as readonly [string, string] | undefined;
  return remembered(
    "pair",
    Inputs.select(pairs, {
      label: t("wavePair", lang),
      value: pairs.find((p) => stored && p[0] === stored[0] && p[1] === stored[1]) ?? pairs[0],
      format: ([from, to]: readonly [string, string]) => `${name(from)} → ${name(to)}`
    })
  );
}

/**
 * Participants to leave out (a sensitivity analysis: "without the participant who missed five sessions"),
 * folded away by default; the value is the list of excluded ids.
 */
export function excludeInput(participants: readonly string[], {lang}: {lang: Lang}): Input<string[]> {
  const stored = (memory.get("exclude") as string[] | undefined) ?? [];
  const checkbox = remembered(
    "exclude",
    Inputs.checkbox(participants, {value: stored.filter((id) => participants.includes(id))})
  );
  const details = document.createElement("details");
  details.className = "exclude-input";
  details.open = stored.length > 0;
  const summary = document.createElement("summary");
  const count = () => (checkbox.value.length ? ` (${checkbox.value.length})` : "");
  summary.textContent = t("exclude", lang) + count();
  checkbox.addEventListener("input", () => (summary.textContent = t("exclude", lang) + count()));
  const hint = document.createElement("p");
  hint.className = "muted";
  hint.textContent = t("excludeHint", lang);
  details.append(summary, hint, checkbox);
  // The checkbox's input events bubble to the wrapper, which is what `view()` listens to.
  Object.defineProperty(details, "value", {get: () => checkbox.value});
  return details as HTMLDetailsElement & {value: string[]};
}
