// A jsdom document for rendering components in Node, and a stable, readable serialisation for snapshots.
import {JSDOM} from "jsdom";

export const document = new JSDOM("<!DOCTYPE html><html><body></body></html>", {url: "http://localhost/"})
  .window.document;

const VOID = new Set(["br", "col", "hr", "img", "input", "meta"]);

/** Indented markup, one element per line; text stays inline so labels are easy to read in diffs. */
export function pretty(node: Node, indent = ""): string {
  if (node.nodeType === 3) return escape(node.textContent ?? "", /[&<>]/g);
  if (node.nodeType !== 1) return "";
  const element = node as Element;
  const name = element.localName;
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escape(a.value, /[&<"]/g)}"`).join("");
  const children = [...element.childNodes];
  if (!children.length) return `${indent}<${name}${attributes}${VOID.has(name) ? ">" : `></${name}>`}`;
  if (children.every((c) => c.nodeType === 3)) {
    return `${indent}<${name}${attributes}>${children.map((c) => pretty(c)).join("")}</${name}>`;
  }
  const inner = children
    .map((c) => (c.nodeType === 3 ? `${indent}  ${pretty(c).trim()}` : pretty(c, indent + "  ")))
    .filter((line) => line.trim());
  return `${indent}<${name}${attributes}>\n${inner.join("\n")}\n${indent}</${name}>`;
}

function escape(text: string, pattern: RegExp): string {
  return text.replace(pattern, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c] ?? c);
}
