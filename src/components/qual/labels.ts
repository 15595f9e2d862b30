// Display names on the qualitative pages: roles, waves and subscales in the reader's language.
import {label, t, type Lang} from "../../lib/i18n.js";
import type {Label} from "../../lib/types.js";

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
