// Parses XML into a small element tree: no DTD, no entity expansion beyond XML's five, a cap on nesting depth.

import {SaxesParser} from "saxes";
import {InputError, type Where} from "../errors.js";

/** An element with namespace prefixes dropped from its name and its attributes' names. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), children's text excluded. */
  text: string;
}

/** Options of {@link parseXml}. */
export interface ParseXmlOptions {
  /** Where the XML came from, for messages. */
  where: Where;
  /** Deepest element nesting accepted. Default 256 (REFI-QDA codebooks rarely pass 10). */
  maxDepth?: number;
}

/** The root element of `text`; an InputError naming line and column when the XML is malformed or unsafe. */
export function parseXml(text: string, {where, maxDepth = 256}: ParseXmlOptions): XmlElement {
  const parser = new SaxesParser({xmlns: false, position: true});
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const fail = (what: string, fix: string, detail?: string) =>
    new InputError(
      `${what} at line ${parser.line}, column ${parser.column}${detail ? ` (${detail})` : ""}`,
      where,
      fix
    );
  parser.on("doctype", () => {
    throw fail(
      "declares a DTD (<!DOCTYPE …>), which Evalbook refuses because DTDs can expand into huge or external content",
      "export the file again from the QDA tool; its exports never need a DTD"
    );
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= maxDepth) {
      throw fail(`nests elements more than ${maxDepth} deep`, "export the file again from the QDA tool");
    }
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name !== "xmlns" && !name.startsWith("xmlns:")) attributes[localName(name)] = value;
    }
    const element: XmlElement = {name: localName(tag.name), attributes, children: [], text: ""};
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const addText = (chunk: string) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /^(?:[^:]*:)?\d+:\d+: /,
      ""
    );
    throw fail("is not well-formed XML", "the file is damaged; export it again from the QDA tool", detail);
  }
  if (root === null) throw fail("contains no XML element", "export the file again from the QDA tool");
  return root;
}

/** Child elements named `name` (local name). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The first child element named `name`, if any. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}
