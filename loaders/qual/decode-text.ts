// Turns the bytes of a text export into a string: a BOM decides, then strict UTF-8, then GB18030.

import iconv from "iconv-lite";
import {InputError} from "../errors.js";

/** The text and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes `bytes`. A given `encoding` (any name iconv-lite knows, e.g. `gbk`, `big5`) wins; otherwise a
 * byte-order mark, then strict UTF-8, then GB18030 — the superset of GBK/GB2312 that Excel and WPS on
 * Chinese Windows write. Statistical guessing (chardet) is not used: on short Chinese exports it often
 * answers a Western code page, and GB18030 decodes those files correctly.
 */
export function decodeText(bytes: Uint8Array, file: string, encoding?: string): DecodedText {
  if (encoding !== undefined) {
    if (!iconv.encodingExists(encoding)) {
      throw new InputError(
        `unknown encoding "${encoding}"`,
        {file},
        "use a name such as utf-8, gb18030, gbk or big5"
      );
    }
    return {text: iconv.decode(Buffer.from(bytes), encoding), encoding};
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8"};
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {text: iconv.decode(Buffer.from(bytes), "utf-16le"), encoding: "utf-16le"};
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {text: iconv.decode(Buffer.from(bytes), "utf-16be"), encoding: "utf-16be"};
  try {
    return {text: new TextDecoder("utf-8", {fatal: true}).decode(bytes), encoding: "utf-8"};
  } catch {
    return {text: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gb18030"};
  }
}
