// Display names on the qualitative pages: roles, waves and subscales in the reader's language.
import {label, t, type Lang} from "../../lib/i18n.js";
import type {Label} from "../../lib/types.js";
import {neutralLabelIn} from "../../lib/neutral-labels.js";

const ROLE_KEYS = {
  member: "roleMember",
  parent: "roleParent",
  teacher: "roleTeacher",
  worker: "roleWorker"
} as const;

/** "组员" / "Member" for the known roles; any other role as written; "(not given)" for none. */
export function roleName(role: string | null, lang: Lang): string {
  if (role === null || role === "") return t("qNone", lang);
  return role in ROLE_KEYS ? t(ROLE_KEYS[role as keyof typeof ROLE_KEYS], lang) : role;
}

/** Maps wave ids to their labels in study.yaml; unknown waves as written, none as "(not given)". */
export function waveNamer(
  waves: readonly {id: string; label?: Label}[],
  lang: Lang
): (wave: string | null) => string {
  return (wave) =>
    wave === null || wave === ""
      ? t("qNone", lang)
      : label(waves.find((w) => w.id === wave)?.label, lang, wave);
}

interface StudyParts {
  instruments: {
    id: string;
    title?: Label;
    subscales: {id: string; title?: Label}[];
    total?: false | {title?: Label};
  }[];
}

/** The title of a subscale (or of an instrument's total) in `lang`, else its id. */
export function subscaleName(study: StudyParts, instrument: string, subscale: string, lang: Lang): string {
  const ins = study.instruments.find((i) => i.id === instrument);
  if (subscale === "total") return label(ins?.total ? ins.total.title : undefined, lang, t("total", lang));
  return label(ins?.subscales.find((s) => s.id === subscale)?.title, lang, subscale);
}

/** One coder pair's summary for the agreement table's caption. */
export interface CoderPair {
  coder_a: string;
  coder_b: string;
  documents: number;
  n: number;
}

/**
 * "各编码的编码者间一致性（A：王敏，B：李老师；文档数 4，段落数 24）": the coders' names marked `translate="no"`,
 * proper names kept as written in either language.
 */
export function agreementCaption(pair: CoderPair, lang: Lang, doc: Document = document): Node[] {
  const name = (text: string) => {
    const span = doc.createElement("span");
    span.translate = false;
    span.setAttribute("translate", "no");
    span.textContent = neutralLabelIn(text, lang);
    return span;
  };
  const text = (s: string) => doc.createTextNode(s);
  return lang === "zh"
    ? [
        text(`${t("qAgreementTable", lang)}（A：`),
        name(pair.coder_a),
        text("，B："),
        name(pair.coder_b),
        text(`；${t("qDocuments", lang)} ${pair.documents}，${t("qUnits", lang)} ${pair.n}）`)
      ]
    : [
        text(`${t("qAgreementTable", lang)} (A: `),
        name(pair.coder_a),
        text(", B: "),
        name(pair.coder_b),
        text(`; ${pair.documents} documents, ${pair.n} passages)`)
      ];
}
