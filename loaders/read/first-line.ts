// The header line of a large text file, read in chunks up to its first line break outside quotes.
import {open} from "node:fs/promises";

/** The longest header line looked for; a 10,000-column export needs a few hundred kilobytes. */
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;
const CHUNK = 1 << 16;

/** The bytes of the first line (without its line break), or undefined when none ends within `max` bytes. */
export async function firstLine(path: string, max = MAX_HEADER_BYTES): Promise<Buffer | undefined> {
  const file = await open(path);
  try {
    const chunks: Buffer[] = [];
    let quoted = false;
    for (let offset = 0; offset < max;) {
      const buffer = Buffer.alloc(CHUNK);
      const {bytesRead} = await file.read(buffer, 0, CHUNK, offset);
      for (let i = 0; i < bytesRead; i++) {
        const byte = buffer[i];
        if (byte === 0x22) quoted = !quoted;
        else if (!quoted && (byte === 0x0a || byte === 0x0d)) {
          return Buffer.concat([...chunks, buffer.subarray(0, i)]);
        }
      }
      if (bytesRead < CHUNK) return undefined;
      chunks.push(buffer);
      offset += bytesRead;
    }
    return undefined;
  } finally {
    await file.close();
  }
}
