// The SPSS preset: a .sav file (问卷星 "下载到SPSS", or the researcher's own) → a SurveyTable of numeric codes.
import {InputError} from "../errors.js";
import {fileKind} from "./file-kind.js";
import {normalizeText} from "./normalize-text.js";
import {isPiiHeader} from "./pii.js";
import {plainQuestion} from "./plain-survey.js";
import {DEFAULT_MAX_BYTES, readFileBytes} from "./read-file-bytes.js";
import {isSavFile, parseSav, SavDamage, type SavVariable} from "./sav-file.js";
import type {MissingCount, SurveyColumn, SurveyTable} from "./survey-table.js";

/** How {@link readSav} reads a file. */
export interface ReadSavOptions {
  /** Text encoding instead of the one the file names (record 7/20 or its code page), e.g. "gbk". */
  encoding?: string;
  /** Largest file accepted, in bytes; default 50 MB. A ZLIB-compressed file may unpack to ten times this. */
  maxBytes?: number;
}

/** SPSS date and time formats (DATE, DATETIME, ADATE, JDATE, …) → how many characters of the ISO text to keep. */
const DATE_FORMATS: Record<number, number> = {
  20: 10,
  22: 19,
  23: 10,
  24: 10,
  28: 10,
  29: 10,
  30: 10,
  38: 10,
  39: 10,
  41: 19
};
/** Seconds from SPSS's epoch (14 October 1582) to 1970. */
const SPSS_EPOCH = Date.UTC(1582, 9, 14) / 1000;

const FIX_DAMAGED =
  "export the file again (SPSS: 文件 → 另存为 → SPSS Statistics (*.sav); 问卷星: 下载答卷数据 → SPSS), and check that the download finished";

/**
 * Reads an SPSS system file: one column per variable (header = variable name), numbers as written (`3`, `2.5`),
 * dates as `YYYY-MM-DD HH:MM:SS`, system-missing and declared missing codes as `null` (the latter counted as
 * `user_missing`); variable and value labels on the columns. Row numbers are SPSS case numbers.
 */
export async function readSav(file: string, options: ReadSavOptions = {}): Promise<SurveyTable> {
  const {maxBytes = DEFAULT_MAX_BYTES} = options;
  const bytes = await readFileBytes(file, maxBytes);
  if (!isSavFile(bytes)) throw notSav(file, bytes);
  const sav = undamaged(file, () => parseSav(bytes, {maxUnzippedBytes: maxBytes * 10}));
  const encoding = options.encoding ?? sav.encoding ?? "utf-8";
  const decode = decoder(file, encoding, options.encoding !== undefined);
  const headers = sav.variables.map((v) => decode(v.name, "a variable name"));
  const columns = sav.variables.map((v, i) => column(v, headers[i]!, decode));
  const missingText = sav.variables.map((v) =>
    v.missing.values.flatMap((m) =>
      typeof m === "number" ? [] : [decode(m, `a missing value of "${v.shortName}"`)]
    )
  );
  const counts = new Map<number, number>();
  const cases = undamaged(file, () => sav.cases((text) => decode(text, "a text value")));
  const rows = cases.map((values) =>
    values.map((value, c) => {
      const variable = sav.variables[c]!;
      if (isDeclaredMissing(variable, missingText[c]!, value)) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
        return null;
      }
      if (typeof value !== "number") {
        const text = value.trim();
        return text === "" ? null : text;
      }
      if (Number.isNaN(value)) return null;
      const dateChars = DATE_FORMATS[variable.format];
      return dateChars === undefined
        ? String(value)
        : new Date((value + SPSS_EPOCH) * 1000).toISOString().replace("T", " ").slice(0, dateChars);
    })
  );
  const missing: MissingCount[] = [...counts].map(([column, count]) => ({
    column,
    reason: "user_missing",
    count
  }));
  return {
    file,
    headers,
    rows,
    rowNumbers: rows.map((_, i) => i + 1),
    encoding,
    warnings: [],
    format: "spss",
    columns,
    missing: missing.sort((a, b) => a.column - b.column)
  };
}

/** `run()`, with damage to the file's structure reported as one InputError. */
function undamaged<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof SavDamage)) throw error;
    throw new InputError(`this SPSS file is damaged or cut short: ${error.message}`, {file}, FIX_DAMAGED);
  }
}

function column(variable: SavVariable, header: string, decode: Decode): SurveyColumn {
  const label = variable.label && decode(variable.label, `the label of "${header}"`).trim();
  const labels = Object.fromEntries(
    [...variable.labels].map(([code, text]) => [code, decode(text, `a value label of "${header}"`)])
  );
  const question = plainQuestion(header);
  return {
    header,
    role: isPiiHeader(header) || (label !== undefined && isPiiHeader(label)) ? "pii" : "question",
    text: normalizeText(label || header),
    ...(question === undefined ? {} : {question}),
    ...(label ? {label} : {}),
    ...(variable.labels.size > 0 ? {labels} : {})
  };
}

function isDeclaredMissing(variable: SavVariable, texts: string[], value: number | string): boolean {
  const {values, range} = variable.missing;
  if (typeof value === "string") return texts.includes(value);
  return values.includes(value) || (range !== undefined && value >= range[0] && value <= range[1]);
}

type Decode = (bytes: Uint8Array, what: string) => string;

/** A strict decoder for `label`, or the InputError that says why the file's text cannot be read. */
function decoder(file: string, label: string, given: boolean): Decode {
  let textDecoder: TextDecoder;
  try {
    textDecoder = new TextDecoder(label, {fatal: true});
  } catch {
    throw new InputError(
      given
        ? `"${label}" (the encoding option) is not an encoding Evalbook knows`
        : `this SPSS file says its text is in "${label}", an encoding Evalbook cannot decode`,
      {file},
      "set the encoding on this source in study.yaml to a standard name such as encoding: gbk, gb18030, big5 or utf-8 (or re-save the file in SPSS with Unicode on: SET UNICODE=ON)"
    );
  }
  return (bytes, what) => {
    try {
      return textDecoder.decode(bytes);
    } catch {
      throw new InputError(
        `${what} is not valid ${label} text`,
        {file},
        given
          ? "check the encoding option on this source in study.yaml, or remove it to use the encoding the file names"
          : "set encoding: on this source in study.yaml to the file's real encoding, e.g. encoding: gbk"
      );
    }
  };
}

/** The error for a file named .sav that is something else, saying what it is. */
function notSav(file: string, bytes: Uint8Array): InputError {
  const kind = fileKind(bytes);
  const what =
    kind === "zip"
      ? "an Excel workbook (.xlsx)"
      : kind === "ole2"
        ? "an old Excel workbook (.xls)"
        : bytes.includes(0)
          ? "binary data of another kind"
          : "a text (CSV) file";
  return new InputError(
    `this file is not an SPSS data file (it does not start with $FL2 or $FL3): it is ${what}`,
    {file},
    "download the SPSS (.sav) version again, or set format: to match the file (wjx for a 问卷星 CSV or Excel download, wide for a plain table)"
  );
}
