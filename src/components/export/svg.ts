// A chart's SVG as a standalone file: namespaces, font stack, black text on a white background.
import {FONT_FAMILY} from "../charts/font.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export interface SerializeSvgOptions {
  /** Background painted behind the chart; `null` keeps it transparent. Default "white". */
  background?: string | null;
  /** What `currentColor` (Plot's axes and text) resolves to, whatever the page's theme. Default "black". */
  color?: string;
}

/**
 * Serialises an SVG element (untouched: a clone is edited) as a standalone UTF-8 file: xmlns set, the CJK
 * font stack and text colour inlined on the root, a background rect, and width/height/viewBox present.
 */
export function serializeSvg(
  svg: SVGElement,
  {background = "white", color = "black"}: SerializeSvgOptions = {}
): string {
  const clone = svg.cloneNode(true) as SVGElement;
  const doc = svg.ownerDocument;
  const {width, height} = svgSize(svg);
  // As namespace declarations, not plain attributes: a plain "xmlns" attribute serialises twice (invalid XML).
  clone.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
  clone.setAttributeNS(XMLNS_NS, "xmlns:xlink", "http://www.w3.org/1999/xlink");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.setAttribute("font-family", clone.getAttribute("font-family") ?? FONT_FAMILY);
  clone.style.fontFamily ||= FONT_FAMILY;
  clone.style.color = color;
  if (background) {
    const rect = doc.createElementNS(SVG_NS, "rect");
    rect.setAttribute("width", "100%");
    rect.setAttribute("height", "100%");
    rect.setAttribute("fill", background);
    const firstDrawn = [...clone.children].find((c) => c.localName !== "style" && c.localName !== "defs");
    clone.insertBefore(rect, firstDrawn ?? null);
  }
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(clone)}`;
}

/** The SVG's size in CSS pixels, from its width/height attributes or else its viewBox. */
export function svgSize(svg: SVGElement): {width: number; height: number} {
  const viewBox = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const width = Number.parseFloat(svg.getAttribute("width") ?? "") || viewBox[2];
  const height = Number.parseFloat(svg.getAttribute("height") ?? "") || viewBox[3];
  if (!(width > 0 && height > 0)) throw new Error("the SVG has neither width/height nor a viewBox");
  return {width, height};
}
