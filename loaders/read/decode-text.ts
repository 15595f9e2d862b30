// Decodes a text export: BOM first, then strict UTF-8, then GB18030; the detector only breaks ties and names guesses.
import {analyse} from "chardet";
import type {Text} from "../../src/lib/types.js";
import {InputError, warningText} from "../errors.js";

/** How {@link decodeText} decodes. */
export interface DecodeTextOptions {
  /** The file's path, for messages. */
  file: string;
  /** An encoding label (WHATWG names such as "utf-8", "gb18030", "gbk", "big5", "utf-16le") used instead of detection. */
  encoding?: string;
}

export interface DecodedText {
  text: string;
  /** "utf-8", "utf-8-bom", "gb18030", "utf-16le", "utf-16be", or the label given. */
  encoding: string;
  /** Present when byte-order marks were found after the start (two exports pasted together) and removed. */
  warnings?: Text[];
}

const BOMS: {bytes: number[]; label: string; name: string}[] = [
  {bytes: [0xef, 0xbb, 0xbf], label: "utf-8", name: "utf-8-bom"},
  {bytes: [0xff, 0xfe], label: "utf-16le", name: "utf-16le"},
  {bytes: [0xfe, 0xff], label: "utf-16be", name: "utf-16be"}
];

/** Other multi-byte encodings whose text GB18030 also decodes (as nonsense); the detector tells them apart. */
const LOOKALIKES: Record<string, string> = {
  Big5: "big5",
  Shift_JIS: "shift_jis",
  "EUC-JP": "euc-jp",
  "EUC-KR": "euc-kr"
};

/** The detector reads this much; more slows it without changing its answer. */
const SAMPLE_BYTES = 256 * 1024;

/** A byte-order mark at the start of any line but the first (whose BOM, if any, was taken as the file's). */
const LINE_BOM = /(?<=[\r\n])\uFEFF/g;

const FIX_ENCODING = 'open the file in Excel or WPS and save it as "CSV UTF-8", or set the encoding option';

export function decodeText(bytes: Uint8Array, options: DecodeTextOptions): DecodedText {
  const {text, encoding} = decodeWhole(bytes, options);
  // A BOM starting a line (a second export pasted below the first) would stick to the id after it: "\uFEFFP001" is
  // not "P001". Elsewhere it is left alone, as any other character in an answer.
  const stray = text.search(LINE_BOM);
  if (stray < 0) return {text, encoding};
  const line = text.slice(0, stray).split(/\r\n|\r|\n/).length;
  const warning = warningText(
    {
      en: "this line starts with a byte-order mark, as files do: two exports were probably pasted into one; the mark was removed",
      zh: "此行以文件开头才有的字节顺序标记（BOM）开头：很可能是两份导出文件被粘贴到了一起；该标记已删除"
    },
    {file: options.file, row: line},
    {
      en: "check that the rows pasted in have the same columns as the header",
      zh: "请检查粘贴进来的行与表头的列是否一致"
    }
  );
  return {text: text.replace(LINE_BOM, ""), encoding, warnings: [warning]};
}

function decodeWhole(bytes: Uint8Array, {file, encoding}: DecodeTextOptions): Omit<DecodedText, "warnings"> {
  if (encoding !== undefined) return decodeAs(bytes, encoding, file);
  const bom = BOMS.find(({bytes: magic}) => magic.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const text = strictly(bytes, bom.label);
    if (text === undefined) throw undecodable(bytes, bom.label, bom.name, file);
    return {text, encoding: bom.name};
  }
  if (bytes.includes(0)) {
    // Text never holds NUL bytes except as UTF-16, which Excel always writes with a BOM.
    throw new InputError(
      "this is not a text table: it holds binary data",
      {file},
      'give the CSV or Excel (.xlsx) file downloaded from the survey platform (for UTF-16 text without a BOM, set encoding to "utf-16le")'
    );
  }
  const utf8 = strictly(bytes, "utf-8");
  if (utf8 !== undefined) return {text: utf8, encoding: "utf-8"};
  const odd = oddLine(bytes);
  if (odd !== undefined) {
    throw new InputError(
      "this line is not UTF-8 text, though most of the file is: two exports in different encodings were probably pasted into one",
      {file, row: odd},
      FIX_ENCODING
    );
  }
  const guesses = analyse(bytes.subarray(0, SAMPLE_BYTES));
  const gb18030 = strictly(bytes, "gb18030");
  if (gb18030 !== undefined) {
    const rival = guesses[0] && LOOKALIKES[guesses[0].name];
    const text = rival && guesses[0]!.confidence >= 90 ? strictly(bytes, rival) : undefined;
    return text === undefined ? {text: gb18030, encoding: "gb18030"} : {text, encoding: rival!};
  }
  throw undecodable(bytes, "utf-8", "UTF-8 or GB18030", file, guesses[0]?.name);
}

/**
 * The first line that is not UTF-8 when more lines are UTF-8 with non-ASCII text than are not; undefined otherwise
 * (a GBK file decodes as UTF-8 only by accident, on a line or two).
 */
function oddLine(bytes: Uint8Array): number | undefined {
  let utf8 = 0;
  let broken = 0;
  let first: number | undefined;
  new TextDecoder("utf-8")
    .decode(bytes)
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      if (line.includes("\uFFFD")) {
        broken++;
        first ??= i + 1;
      } else if (/[^\x00-\x7F]/.test(line)) utf8++;
    });
  return utf8 > broken ? first : undefined;
}

function decodeAs(bytes: Uint8Array, label: string, file: string): Omit<DecodedText, "warnings"> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, {fatal: true});
  } catch {
    throw new InputError(
      `"${label}" is not an encoding Evalbook knows`,
      {file},
      'use a standard name such as "utf-8", "gb18030", "gbk", "big5" or "utf-16le", or remove the encoding option'
    );
  }
  try {
    return {text: decoder.decode(bytes), encoding: label};
  } catch {
    let detected: string | undefined;
    try {
      detected = decodeText(bytes, {file}).encoding;
    } catch {
      detected = undefined;
    }
    throw new InputError(
      `the file is not valid ${label} text, but the encoding option says it is` +
        (detected ? ` (it looks like ${detected})` : ""),
      {file},
      detected ? "remove the encoding option so Evalbook detects the encoding" : FIX_ENCODING
    );
  }
}

function strictly(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, {fatal: true}).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Names the first line a loose decode had to replace, so the user can find the damage. */
function undecodable(
  bytes: Uint8Array,
  label: string,
  expected: string,
  file: string,
  guess?: string
): InputError {
  const loose = new TextDecoder(label).decode(bytes);
  const line = loose.slice(0, Math.max(loose.indexOf("\uFFFD"), 0)).split(/\r\n|\r|\n/).length;
  return new InputError(
    `the text is not valid ${expected}: it has undecodable bytes` + (guess ? ` (it may be ${guess})` : ""),
    {file, row: line},
    FIX_ENCODING
  );
}
