// The ingest report's exclusion reasons in the page's language: the page, the overview and the report say them alike.
import {t, tf, type Lang} from "./i18n.js";
import {neutralLabelIn} from "./neutral-labels.js";

/**
 * An exclusion reason of the ingest report in `lang`: the report writes English (loaders/ingest/clean.ts and units.ts);
 * a reason not known here stays as written.
 */
export function reasonText(reason: string, lang: Lang): string {
  if (reason === "no participant id") return t("reasonNoId", lang);
  // The published report quotes no value: "wave [text, 37 characters] is not declared" (loaders/publish/labels.ts).
  const wave = /^wave '?(.*?)'? is not declared in study\.yaml$/.exec(reason);
  if (wave) return tf("reasonWave", lang, {value: valueText(wave[1]!, lang)});
  const group = /^group '?(.*?)'? is not declared in study\.yaml$/.exec(reason);
  if (group) return tf("reasonGroup", lang, {value: valueText(group[1]!, lang)});
  const duplicate = /^duplicate submission \(kept (.*) row (\d+)\)$/.exec(reason);
  // The published report names the kept file by its label in the study's language ("文件 3"): say it in the page's.
  if (duplicate)
    return tf("reasonDuplicate", lang, {file: neutralLabelIn(duplicate[1]!, lang), row: duplicate[2]!});
  const repeated = /^repeated answer to item (.*) \(kept a later row\)$/.exec(reason);
  if (repeated) return tf("reasonRepeated", lang, {item: repeated[1]!});
  const unknown = /^unknown item '(.*)'$/.exec(reason);
  if (unknown) return tf("reasonUnknownItem", lang, {item: unknown[1]!});
  return reason;
}

/** A quoted value, or the published build's stand-in for it ("[text, 4 characters]": loaders/publish/labels.ts). */
function valueText(value: string, lang: Lang): string {
  const length = /^\[text, (\d+) characters\]$/.exec(value);
  return length ? tf("reasonValueLength", lang, {n: length[1]!}) : value;
}
