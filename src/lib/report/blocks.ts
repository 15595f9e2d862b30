// The study report as an ordered list of blocks: what the report page renders as HTML and the Word export writes as
// a .docx, so that both show the same chapter.

export type Align = "left" | "right" | "center";

/** A section heading: 1 for the chapter, 2 for its sections, 3 for a subscale. */
export interface HeadingBlock {
  type: "heading";
  level: 1 | 2 | 3;
  text: string;
}

/** A paragraph of running text; `kind` lets the page style results sentences, methods and quotes apart. */
export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  kind?: "text" | "sentence" | "sensitivity" | "methods" | "quote" | "reference";
}

/** A three-line (三线表) APA table: every cell already formatted as text. */
export interface TableBlock {
  type: "table";
  /** "表 1 前后测配对比较" / "Table 1. Paired pre/post comparisons": numbered in the order tables appear. */
  caption: string;
  columns: {header: string; align: Align}[];
  rows: string[][];
  /** The first is printed after "注：" / "Note."; the others follow on their own lines. */
  notes: string[];
}

/** A chart: drawn on demand (in the page, or rasterised for Word) with the document the caller renders into. */
export interface FigureBlock {
  type: "figure";
  /** Stable id within the report, e.g. "means-ase-ability", for tests and file names. */
  id: string;
  /** "图 1 …" / "Figure 1. …". */
  caption: string;
  draw: (doc: Document) => SVGSVGElement;
}

/** Guardrail notes: each a caution with where it applies. */
export interface NoteBlock {
  type: "note";
  items: {where?: string; text: string}[];
}

export type ReportBlock = HeadingBlock | ParagraphBlock | TableBlock | FigureBlock | NoteBlock;

/**
 * A table block from an APA table element as `ResultsTable` builds it (caption, thead, tbody, tfoot notes), so the
 * report reuses the pages' column definitions, formatting and suppression instead of restating them.
 */
export function tableBlock(table: HTMLTableElement): TableBlock {
  const text = (node: Element | null | undefined) => (node?.textContent ?? "").trim();
  const headers = [...table.querySelectorAll("thead th")] as HTMLElement[];
  const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((td) => text(td)));
  const notes = [...table.querySelectorAll("tfoot td")].map((td, i) =>
    i === 0 ? text(td).replace(/^(注：|Note\.\s*)/, "") : text(td)
  );
  return {
    type: "table",
    caption: text(table.querySelector("caption")),
    columns: headers.map((th) => ({header: text(th), align: (th.style.textAlign || "left") as Align})),
    rows,
    notes
  };
}
