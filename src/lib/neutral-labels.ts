// The neutral labels the published site shows instead of names: coders ('编码员 A'), interview documents ('访谈 3')
// and export files ('文件 2'). The ingest writes them in the study's language; a page shows them in its own.
import type {Lang} from "./i18n.js";

export type LabelKind = "coder" | "document" | "file";

export const LABEL_PREFIX: Record<LabelKind, Record<Lang, string>> = {
  coder: {zh: "编码员", en: "Coder"},
  document: {zh: "访谈", en: "Interview"},
  file: {zh: "文件", en: "File"}
};

const PREFIXES = new Map(
  Object.values(LABEL_PREFIX).flatMap((names) => Object.values(names).map((name) => [name, names] as const))
);

/** A neutral label in the page's language ("文件 2" → "File 2"); any other text unchanged. */
export function neutralLabelIn(text: string, lang: Lang): string {
  const match = /^(\S+) ([A-Z]+|\d+)$/.exec(text);
  const names = match && PREFIXES.get(match[1]!);
  return names ? `${names[lang]} ${match[2]}` : text;
}
