// SVG to a print-resolution PNG in the browser, with a pHYs chunk so Word and LaTeX read it as 300 dpi.
import {serializeSvg, svgSize} from "./svg.js";

export interface SvgToPngOptions {
  /** Resolution; the canvas is scaled by dpi / 96 (CSS pixels are 1/96 inch). Default 300. */
  dpi?: number;
  /** Background colour (PNG exports are opaque so dark viewers do not hide black text). Default "white". */
  background?: string;
}

/**
 * Renders the SVG onto a canvas at `dpi` (browser only) and returns an `image/png` Blob whose pHYs chunk
 * records that resolution. Chinese text is drawn with system fonts from the SVG's font stack.
 */
export async function svgToPng(
  svg: SVGElement,
  {dpi = 300, background = "white"}: SvgToPngOptions = {}
): Promise<Blob> {
  const doc = svg.ownerDocument;
  const {width, height} = svgSize(svg);
  const scale = dpi / 96;
  const image = doc.createElement("img");
  image.width = width;
  image.height = height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializeSvg(svg, {background}))}`;
  await image.decode();
  const canvas = doc.createElement("canvas");
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas context");
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("the canvas could not be encoded as PNG");
  const bytes = setPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {type: "image/png"});
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Returns the PNG with one pHYs chunk (pixels per metre for `dpi`) right after IHDR, replacing any other. */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error("not a PNG");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Uint8Array[] = [png.subarray(0, 8)];
  for (let offset = 8; offset < png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (type !== "pHYs") chunks.push(png.subarray(offset, end));
    if (type === "IHDR") chunks.push(physChunk(dpi));
    offset = end;
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) (out.set(chunk, at), (at += chunk.length));
  return out;
}

function physChunk(dpi: number): Uint8Array {
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  const perMetre = Math.round(dpi / 0.0254);
  view.setUint32(0, 9);
  chunk.set([112, 72, 89, 115], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

let table: Uint32Array | undefined;

/** CRC-32 as PNG chunks use it (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({length: 256}, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
