// Parses an SPSS system file (.sav/.zsav) into its dictionary and cases, keeping text as bytes until the encoding is known.
import {inflateSync} from "node:zlib";

/** A problem in the file's structure, at a byte offset; read-sav.ts words it for the user. */
export class SavDamage extends Error {
  constructor(
    readonly what: string,
    readonly offset?: number
  ) {
    super(offset === undefined ? what : `${what} at byte ${offset}`);
  }
}

/** Missing-value codes a variable declares: discrete values, and for numbers an optional range. */
export interface SavMissing {
  values: (number | Uint8Array)[];
  range?: [number, number];
}

export interface SavVariable {
  /** The 8-byte short name as stored, latin1-decoded (a key, not for display). */
  shortName: string;
  /** The name in the file's encoding: the long name (record 7/13) when there is one. */
  name: Uint8Array;
  /** 0 for numeric, else the string width in bytes (very long strings joined). */
  width: number;
  label?: Uint8Array;
  /** The print format type (5 = F, 20+ = dates and times). */
  format: number;
  missing: SavMissing;
  /** Value labels of a numeric variable: code → label bytes. */
  labels: Map<number, Uint8Array>;
}

export interface SavFile {
  variables: SavVariable[];
  /**
   * Reads the cases, each value a number (NaN for system-missing) or the string's bytes without trailing spaces
   * through `decode` (strings are decoded as they are read: thousands of small byte arrays would swamp the GC).
   */
  cases: (decode: (bytes: Uint8Array) => string) => (number | string)[][];
  /** The encoding the file names (record 7/20), else its code page (record 7/3) as a label, else undefined. */
  encoding?: string;
}

export interface ParseSavOptions {
  /** Most bytes a ZLIB-compressed file may unpack to. */
  maxUnzippedBytes: number;
}

const SYSMIS = -Number.MAX_VALUE;
/** Code pages SPSS writes in record 7/3 → WHATWG encoding labels. */
const CODE_PAGES: Record<number, string> = {
  65001: "utf-8",
  936: "gbk",
  54936: "gb18030",
  950: "big5",
  932: "shift_jis",
  949: "euc-kr",
  1252: "windows-1252",
  20127: "windows-1252",
  2: "windows-1252",
  28591: "iso-8859-1"
};

/** Bounds-checked reads over the file in its byte order. */
class Cursor {
  offset = 0;
  little = true;
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get left(): number {
    return this.bytes.length - this.offset;
  }
  need(n: number, what: string): void {
    if (!(n >= 0 && n <= this.left)) throw new SavDamage(`the file ends inside ${what}`, this.offset);
  }
  int(what: string): number {
    this.need(4, what);
    const value = this.view.getInt32(this.offset, this.little);
    this.offset += 4;
    return value;
  }
  double(what: string): number {
    this.need(8, what);
    const value = this.view.getFloat64(this.offset, this.little);
    this.offset += 8;
    return value;
  }
  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    this.offset += n;
    return this.bytes.subarray(this.offset - n, this.offset);
  }
}

const latin1 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
/** The widest string SPSS allows. */
const MAX_WIDTH = 32_767;
const trimSpaces = (bytes: Uint8Array) => {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  return bytes.subarray(0, end);
};

/** Whether the first bytes say "SPSS system file". */
export function isSavFile(bytes: Uint8Array): boolean {
  return ["$FL2", "$FL3"].includes(latin1(bytes.subarray(0, 4)));
}

export function parseSav(bytes: Uint8Array, {maxUnzippedBytes}: ParseSavOptions): SavFile {
  const cursor = new Cursor(bytes);
  const zlib = latin1(cursor.take(4, "the header")) === "$FL3";
  cursor.take(60, "the header");
  const layout = cursor.int("the header");
  if (layout !== 2 && layout !== 3) {
    cursor.little = false; // files written on big-endian machines
    cursor.offset -= 4;
    if (![2, 3].includes(cursor.int("the header"))) throw new SavDamage("the header is not an SPSS one", 64);
  }
  cursor.int("the header"); // nominal case size: the variable records say it again
  const compression = cursor.int("the header");
  cursor.int("the header"); // weight variable
  cursor.int("the header"); // case count, often -1
  const bias = cursor.double("the header");
  cursor.take(9 + 8 + 64 + 3, "the header");

  const records: {variable: SavVariable | undefined; slots: number}[] = [];
  const valueLabels: {labels: Map<number, Uint8Array>; indexes: number[]}[] = [];
  const longNames = new Map<string, Uint8Array>();
  const veryLong = new Map<string, number>();
  let encoding: string | undefined;
  let codePage: string | undefined;
  for (;;) {
    const at = cursor.offset;
    const type = cursor.int("the dictionary");
    if (type === 2) {
      const variable = readVariable(cursor);
      if (variable) records.push({variable, slots: 1});
      else if (records.length > 0) records.at(-1)!.slots++;
      else throw new SavDamage("a string continuation comes before any variable", at);
    } else if (type === 3) {
      valueLabels.push(readValueLabels(cursor, at));
    } else if (type === 6) {
      cursor.take(cursor.int("a document record") * 80, "a document record");
    } else if (type === 7) {
      const subtype = cursor.int("an extension record");
      const size = cursor.int("an extension record");
      const count = cursor.int("an extension record");
      if (size < 0 || count < 0) throw new SavDamage("an extension record has a negative size", at);
      const data = cursor.take(size * count, "an extension record");
      if (subtype === 3 && size === 4 && count >= 8) {
        const page = new DataView(data.buffer, data.byteOffset).getInt32(28, cursor.little);
        codePage = CODE_PAGES[page] ?? `code page ${page}`;
      } else if (subtype === 13) {
        for (const pair of split(data, 0x09)) {
          const eq = pair.indexOf(0x3d);
          if (eq > 0) longNames.set(latin1(pair.subarray(0, eq)), pair.subarray(eq + 1));
        }
      } else if (subtype === 14) {
        for (const pair of split(data, 0x09)) {
          const [name, width] = latin1(trimSpaces(pair)).replace(/\0/g, "").split("=");
          if (name && width) veryLong.set(name, Number(width));
        }
      } else if (subtype === 20) {
        encoding = latin1(trimSpaces(data));
      }
    } else if (type === 999) {
      cursor.int("the dictionary's end");
      break;
    } else {
      throw new SavDamage(`unknown record type ${type} in the dictionary`, at);
    }
  }
  if (records.length === 0) throw new SavDamage("the file declares no variables", cursor.offset);

  // Dictionary indexes (1-based) count every 8-byte slot, continuations included.
  const bySlot = new Map<number, SavVariable>();
  let slot = 1;
  for (const {variable, slots} of records) {
    bySlot.set(slot, variable!);
    slot += slots;
  }
  for (const {labels, indexes} of valueLabels) {
    for (const index of indexes) {
      const variable = bySlot.get(index);
      if (variable?.width === 0) for (const [code, label] of labels) variable.labels.set(code, label);
    }
  }
  const layoutOf = joinVeryLongStrings(records, veryLong);
  for (const {variable} of layoutOf) {
    variable.name = longNames.get(variable.shortName) ?? variable.name;
  }
  const data = zlib ? unzipData(cursor, maxUnzippedBytes) : cursor.bytes.subarray(cursor.offset);
  const dataOffset = cursor.offset;
  const cases = (decode: (bytes: Uint8Array) => string) =>
    readCases(data, layoutOf, compression !== 0 || zlib, bias, cursor.little, dataOffset, decode);
  const named = encoding ?? codePage;
  return {variables: layoutOf.map((v) => v.variable), cases, ...(named ? {encoding: named} : {})};
}

function split(bytes: Uint8Array, separator: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === separator) {
      if (i > start) parts.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return parts;
}

/** One variable record; undefined for the continuation record of a long string. */
function readVariable(cursor: Cursor): SavVariable | undefined {
  const at = cursor.offset;
  const type = cursor.int("a variable record");
  const hasLabel = cursor.int("a variable record");
  const nMissing = cursor.int("a variable record");
  const format = (cursor.int("a variable record") >> 16) & 0xff;
  cursor.int("a variable record");
  const shortBytes = cursor.take(8, "a variable record");
  let label: Uint8Array | undefined;
  if (hasLabel === 1) {
    const length = cursor.int("a variable label");
    label = cursor.take(length, "a variable label");
    cursor.take((4 - (length % 4)) % 4, "a variable label");
  }
  if (![0, 1, 2, 3, -2, -3].includes(nMissing)) {
    throw new SavDamage(`a variable declares ${nMissing} missing values`, at);
  }
  const raw = Array.from({length: Math.abs(nMissing)}, () => cursor.take(8, "missing values"));
  if (type < 0) return undefined;
  if (type > 255) throw new SavDamage(`a string variable is ${type} bytes wide`, at);
  const number = (bytes: Uint8Array) =>
    new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0, cursor.little);
  const missing: SavMissing =
    type > 0
      ? {values: raw.map(trimSpaces)}
      : nMissing < 0
        ? {values: raw.slice(2).map(number), range: [number(raw[0]!), number(raw[1]!)]}
        : {values: raw.map(number)};
  const shortName = latin1(trimSpaces(shortBytes));
  return {
    shortName,
    name: trimSpaces(shortBytes),
    width: type,
    ...(label ? {label} : {}),
    format,
    missing,
    labels: new Map()
  };
}

function readValueLabels(cursor: Cursor, at: number): {labels: Map<number, Uint8Array>; indexes: number[]} {
  const count = cursor.int("value labels");
  if (count < 0) throw new SavDamage("a value label record has a negative count", at);
  const labels = new Map<number, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const code = cursor.double("value labels");
    cursor.need(1, "value labels");
    const length = cursor.bytes[cursor.offset]!;
    const label = cursor.take(1 + length, "value labels").subarray(1);
    cursor.take((8 - ((length + 1) % 8)) % 8, "value labels");
    labels.set(code, trimSpaces(label));
  }
  if (cursor.int("value labels") !== 4) {
    throw new SavDamage("value labels are not followed by the variables they apply to", cursor.offset - 4);
  }
  const n = cursor.int("value labels");
  cursor.need(n * 4, "value labels");
  return {labels, indexes: Array.from({length: n}, () => cursor.int("value labels"))};
}

interface Layout {
  variable: SavVariable;
  /** Each segment's width in bytes and its slot count; one segment unless a very long string. */
  segments: {width: number; slots: number}[];
}

/** Folds the segment variables of each very long string (record 7/14) into one variable. */
function joinVeryLongStrings(
  records: {variable: SavVariable | undefined; slots: number}[],
  veryLong: Map<string, number>
): Layout[] {
  const layout: Layout[] = [];
  for (let i = 0; i < records.length; i++) {
    const {variable, slots} = records[i]!;
    const width = veryLong.get(variable!.shortName);
    if (width === undefined || variable!.width === 0) {
      layout.push({variable: variable!, segments: [{width: variable!.width, slots}]});
      continue;
    }
    if (!(width > 255 && width <= MAX_WIDTH)) {
      throw new SavDamage(`the very long string ${variable!.shortName} claims a width of ${width} bytes`);
    }
    const count = Math.floor((width + 251) / 252);
    const parts = records.slice(i, i + count);
    if (parts.length < count) throw new SavDamage(`the very long string ${variable!.shortName} is cut short`);
    layout.push({
      variable: {...variable!, width},
      segments: parts.map((part) => ({width: part.variable!.width, slots: part.slots}))
    });
    i += count - 1;
  }
  return layout;
}

/** A ZLIB-compressed file's data: the blocks its trailer lists, inflated and joined. */
function unzipData(cursor: Cursor, maxUnzippedBytes: number): Uint8Array {
  const view = new DataView(cursor.bytes.buffer, cursor.bytes.byteOffset, cursor.bytes.byteLength);
  const int64 = (offset: number, what: string) => {
    if (offset + 8 > cursor.bytes.length) throw new SavDamage(`the file ends inside ${what}`, offset);
    return Number(view.getBigInt64(offset, cursor.little));
  };
  const header = cursor.offset;
  const trailer = int64(header + 8, "the compression header");
  const trailerLength = int64(header + 16, "the compression header");
  if (trailer < header || trailer + trailerLength > cursor.bytes.length || trailerLength < 24) {
    throw new SavDamage("the compression header points outside the file", header);
  }
  const blocks = view.getInt32(trailer + 20, cursor.little);
  if (blocks < 0 || trailer + 24 + blocks * 24 > cursor.bytes.length) {
    throw new SavDamage("the compression trailer lists blocks past the end of the file", trailer);
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let b = 0; b < blocks; b++) {
    const entry = trailer + 24 + b * 24;
    const start = int64(entry + 8, "the compression trailer");
    const length = view.getInt32(entry + 20, cursor.little);
    if (start < 0 || length < 0 || start + length > cursor.bytes.length) {
      throw new SavDamage("a compressed block lies outside the file", entry);
    }
    let part: Uint8Array;
    try {
      part = inflateSync(cursor.bytes.subarray(start, start + length), {
        maxOutputLength: Math.max(1, maxUnzippedBytes - total)
      });
    } catch {
      throw new SavDamage("a compressed block does not unpack (damaged, or larger than allowed)", start);
    }
    total += part.length;
    parts.push(part);
  }
  const joined = Buffer.concat(parts);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.length);
}

/** The cases of the data section, uncompressed or bytecode-compressed (bias + code, 253 raw, 254 spaces, 255 sysmis). */
function readCases(
  data: Uint8Array,
  layout: Layout[],
  compressed: boolean,
  bias: number,
  little: boolean,
  base: number,
  decode: (bytes: Uint8Array) => string
): (number | string)[][] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  let commands = 8; // index of the next command byte at data[commandAt + commands]
  let commandAt = 0;
  /** What the next 8-byte slot holds: the end of the data, a number (in `value`), raw bytes at `raw`, or spaces. */
  let value = 0;
  let raw = 0;
  const slot = (): "end" | "number" | "raw" | "spaces" => {
    if (!compressed) {
      if (offset + 8 > data.length) return "end";
      raw = offset;
      offset += 8;
      return "raw";
    }
    for (;;) {
      if (commands === 8) {
        if (offset + 8 > data.length) return "end";
        commandAt = offset;
        offset += 8;
        commands = 0;
      }
      const code = data[commandAt + commands++]!;
      if (code === 0) continue;
      if (code === 252) return "end";
      if (code === 253) {
        if (offset + 8 > data.length) throw new SavDamage("the data ends inside a value", base + offset);
        raw = offset;
        offset += 8;
        return "raw";
      }
      if (code === 254) return "spaces";
      value = code === 255 ? NaN : code - bias;
      return "number";
    }
  };
  const scratch = new Uint8Array(Math.max(8, ...layout.map(({variable}) => variable.width)) + 8);
  const cases: (number | string)[][] = [];
  for (;;) {
    const row: (number | string)[] = [];
    for (const {variable, segments} of layout) {
      if (variable.width === 0) {
        const kind = slot();
        if (kind === "end") {
          if (row.length === 0) return cases;
          throw new SavDamage(`the data ends inside case ${cases.length + 1}`, base + offset);
        }
        const number = kind === "number" ? value : kind === "raw" ? view.getFloat64(raw, little) : NaN;
        row.push(number === SYSMIS ? NaN : number);
        continue;
      }
      let length = 0;
      for (let s = 0; s < segments.length; s++) {
        const {width, slots} = segments[s]!;
        const keep = segments.length > 1 ? Math.min(width, 255) : width;
        for (let k = 0; k < slots; k++) {
          const kind = slot();
          if (kind === "end") {
            if (row.length === 0 && s === 0 && k === 0) return cases;
            throw new SavDamage(`the data ends inside case ${cases.length + 1}`, base + offset);
          }
          const take = Math.min(8, keep - k * 8);
          if (take <= 0) continue;
          if (kind === "raw") scratch.set(data.subarray(raw, raw + take), length);
          else scratch.fill(0x20, length, length + take);
          length += take;
        }
      }
      row.push(decode(trimSpaces(scratch.subarray(0, length))));
    }
    cases.push(row);
  }
}
