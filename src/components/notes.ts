// Plain-language notes under a result: the guardrails the statistics raised, in the reader's language, each said once.
import type {Lang} from "../lib/i18n.js";
import type {Guardrail} from "../lib/stats/index.js";

/** A note with where it applies ("学习能力 · 前测"), shown before the message. */
export interface Note {
  where?: string;
  message: {zh: string; en: string};
}

const APPROXIMATION = {
  zh: "存在相同值（结）或零差值：Wilcoxon 检验的 p 值采用带校正的正态近似（见“p（方法）”列）。",
  en: "Tied values or zero differences: the Wilcoxon p-value uses the normal approximation with corrections (see the “p (method)” column)."
};

/**
 * Guardrails of several results as notes, the same message said once with every place it applies (or `everywhere`,
 * e.g. "所有分量表", when it applies to them all).
 */
export function guardrailNotes(
  results: readonly {where?: string; guardrails: readonly Guardrail[]}[],
  {everywhere, lang = "zh"}: {everywhere?: string; lang?: Lang} = {}
): Note[] {
  const all = new Set(results.map((r) => r.where)).size;
  const byMessage = new Map<string, Note & {places: string[]}>();
  for (const {where, guardrails} of results) {
    for (const g of guardrails) {
      // "Exact p" is a reassurance, not a caution; the min_p note already says what an exact test cannot do.
      if (g.code === "exact_test") continue;
      // Ties and zero differences only explain why p comes from the normal approximation: one note for all of them.
      const message = g.code === "ties" || g.code === "zeros" ? APPROXIMATION : g.message;
      const key = message.en;
      const note = byMessage.get(key) ?? {message, places: []};
      if (where && !note.places.includes(where)) note.places.push(where);
      byMessage.set(key, note);
    }
  }
  return [...byMessage.values()].map(({message, places}) => ({
    message,
    where:
      everywhere && all > 1 && places.length === all
        ? everywhere
        : places.join(lang === "zh" ? "、" : "; ") || undefined
  }));
}

/** A list of notes (an empty list when there are none). Text only: messages never become HTML. */
export function notesList(notes: readonly Note[], {lang}: {lang: Lang}): HTMLUListElement {
  const list = document.createElement("ul");
  list.className = "guardrails";
  for (const note of notes) {
    const item = document.createElement("li");
    if (note.where) {
      const where = document.createElement("b");
      where.textContent = note.where;
      item.append(where, lang === "zh" ? "：" : ": ");
    }
    item.append(note.message[lang]);
    list.append(item);
  }
  return list;
}
