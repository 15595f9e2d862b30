// Cuts REFI-QDA selections out of source text by code points, deciding whether `endPosition` is inclusive.
import type {Text} from "../../src/lib/types.js";

/** How a project's `endPosition` is meant: one past the last character, or the last character itself. */
export type EndConvention = "exclusive" | "inclusive";

/** A text selection with the source's code points, as the convention detector needs it. */
export interface PositionedSelection {
  /** The source text split into code points (`Array.from(text)`). */
  points: string[];
  start: number;
  end: number;
  /** The selection's `name` attribute; some tools (QualCoder, ATLAS.ti) put the selected text there. */
  name: string | null;
}

/** The convention chosen and, when the evidence was thin or mixed, a warning for the user. */
export interface EndDecision {
  convention: EndConvention;
  warning: Text | null;
}

/**
 * Decides the end convention of a whole project (one tool writes one convention), from evidence:
 * - strong: `end` equal to the text length (only exclusive fits), `start === end` (only inclusive gives
 *   text), a `name` attribute equal to exactly one of the two readings;
 * - weak, when nothing strong: which reading more often ends in whitespace or cuts a word in two.
 * With no evidence at all, exclusive (the REFI-QDA reference tools and QualCoder count that way).
 */
export function detectEndConvention(selections: PositionedSelection[]): EndDecision {
  const strong = {exclusive: 0, inclusive: 0};
  const awkward = {exclusive: 0, inclusive: 0};
  for (const {points, start, end, name} of selections) {
    if (start < 0 || end < start || end > points.length) continue;
    if (end === points.length) strong.exclusive++;
    if (start === end) strong.inclusive++;
    const exclusive = cut(points, start, end, "exclusive");
    const inclusive = cut(points, start, end, "inclusive");
    if (name && exclusive !== inclusive) {
      const wanted = squash(name);
      if (wanted === squash(exclusive ?? "")) strong.exclusive++;
      else if (wanted === squash(inclusive ?? "")) strong.inclusive++;
    }
    if (isAwkwardEnd(points, end)) awkward.exclusive++;
    if (isAwkwardEnd(points, end + 1)) awkward.inclusive++;
  }
  if (strong.exclusive + strong.inclusive > 0) {
    const convention = strong.inclusive > strong.exclusive ? "inclusive" : "exclusive";
    const mixed = strong.exclusive > 0 && strong.inclusive > 0;
    return {
      convention,
      warning: mixed ? mixedEnds(convention, strong) : null
    };
  }
  if (awkward.exclusive !== awkward.inclusive) {
    return {convention: awkward.inclusive < awkward.exclusive ? "inclusive" : "exclusive", warning: null};
  }
  return {
    convention: "exclusive",
    warning: selections.length
      ? {
          en: "could not tell whether selection ends are inclusive or exclusive; read them as exclusive (set endPosition: inclusive if excerpts lack their last character)",
          zh: "无法判断选段的结束位置是否包含最后一个字符；已按不包含（exclusive）读取（如果摘录缺少最后一个字符，请设置 endPosition: inclusive）"
        }
      : null
  };
}

function mixedEnds(convention: EndConvention, strong: Record<EndConvention, number>): Text {
  const [fit, misfit] = [
    Math.max(strong.exclusive, strong.inclusive),
    Math.min(strong.exclusive, strong.inclusive)
  ];
  const zh = convention === "inclusive" ? "包含" : "不包含";
  return {
    en: `text positions look ${convention} in ${fit} selections but not in ${misfit}; read them as ${convention} (set endPosition to override)`,
    zh: `${fit} 个选段的结束位置看起来${zh}最后一个字符，但 ${misfit} 个不是；已按${zh}（${convention}）读取（可设置 endPosition 指定）`
  };
}

/** The text of a selection, or null when its positions fall outside the source. */
export function cut(points: string[], start: number, end: number, convention: EndConvention): string | null {
  const stop = convention === "inclusive" ? end + 1 : end;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    stop < start ||
    stop > points.length
  ) {
    return null;
  }
  return points.slice(start, stop).join("");
}

/** A selection ending just before `stop` ends in whitespace or splits a word of a spaced script. */
function isAwkwardEnd(points: string[], stop: number): boolean {
  const last = points[stop - 1];
  const next = points[stop];
  if (last === undefined || stop > points.length) return true;
  if (/\s/u.test(last)) return true;
  return next !== undefined && SPACED_WORD.test(last) && SPACED_WORD.test(next);
}

/** Letters and digits of scripts that separate words with spaces (Han, kana and the like do not). */
const SPACED_WORD =
  /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}])[\p{L}\p{N}]$/u;

function squash(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
