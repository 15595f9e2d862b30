// Tells a zip container (XLSX) from an OLE2 compound file (legacy .xls) from anything else by the first bytes.

/** What the leading bytes say the file is, whatever its name. */
export type FileKind = "zip" | "ole2" | "text";

const ZIP = [0x50, 0x4b];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP) && [3, 5, 7].includes(bytes[2]!) && bytes[3] === bytes[2]! + 1) return "zip";
  if (startsWith(bytes, OLE2)) return "ole2";
  return "text";
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
