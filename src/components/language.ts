// The 中文 / English switch: one choice for the whole site, remembered between pages, for the page and its frame.
import * as Inputs from "@observablehq/inputs";
import type {Lang} from "../lib/i18n.js";
import {localizeChrome} from "./chrome.js";

const KEY = "evalbook:lang";

/** A radio input whose value is "zh" or "en"; starts from the reader's last choice, else `initial`. */
export function languageInput({initial = "zh"}: {initial?: Lang} = {}): HTMLElement & {value: Lang} {
  const stored = globalThis.localStorage?.getItem(KEY);
  const value: Lang = stored === "zh" || stored === "en" ? stored : initial;
  const input = Inputs.radio(["zh", "en"] as Lang[], {
    label: "语言 / Language",
    value,
    format: (lang: Lang) => (lang === "zh" ? "中文" : "English")
  }) as HTMLElement & {value: Lang};
  input.addEventListener("input", () => {
    globalThis.localStorage?.setItem(KEY, input.value);
    localizeChrome(input.value);
  });
  localizeChrome(value);
  return input;
}
