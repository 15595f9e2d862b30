// The ingest's exclusion reasons (English, from loaders/ingest) in the report's language.
import type {Lang} from "../i18n.js";

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^no participant id$/, () => "缺少参与者编号"],
  [/^wave '(.*)' is not declared in study\.yaml$/, (m) => `测量时点“${m[1]}”未在 study.yaml 中声明`],
  [/^group '(.*)' is not declared in study\.yaml$/, (m) => `组别“${m[1]}”未在 study.yaml 中声明`],
  [/^duplicate submission \(kept (.+) row (\d+)\)$/, (m) => `重复提交（保留 ${m[1]} 第 ${m[2]} 行）`],
  [/^unknown item '(.*)'$/, (m) => `未知题目“${m[1]}”`],
  [/^repeated answer to item (.+) \(kept a later row\)$/, (m) => `题目 ${m[1]} 重复作答（保留较晚的一行）`]
];

/** A reason in Chinese when it is one the ingest writes; otherwise (and in English) as given. */
export function exclusionReason(reason: string, lang: Lang): string {
  if (lang === "en") return reason;
  for (const [pattern, zh] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return zh(match);
  }
  return reason;
}
