// The report's blocks as a Word document: three-line (三线表) APA tables, 300-dpi figures, numbered captions, and
// fonts every Chinese Windows has (宋体 SimSun for Chinese, Times New Roman for Latin) declared in its styles.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IRunOptions
} from "docx";
import type {Lang} from "../i18n.js";
import type {Align, ReportBlock, TableBlock} from "./blocks.js";

/** A figure rasterised for Word: PNG bytes and the size it is shown at, in CSS pixels (1/96 inch). */
export interface FigureImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface ReportDocxOptions {
  lang: Lang;
  /** Document title (File → Properties). */
  title: string;
  /** PNG of each figure block by its id; a figure without one is left out. */
  images: ReadonlyMap<string, FigureImage>;
}

const FONT = {ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "SimSun"};
/** Half-points: 五号 (10.5 pt) for text, 小五 (9 pt) for tables and notes, 8 pt for wide tables. */
const TEXT = 21;
const SMALL = 18;
const TINY = 16;
/** Eighths of a point: 1.5 pt for the top and bottom rules, 0.75 pt under the header. */
const THICK: IBorderOptions = {style: BorderStyle.SINGLE, size: 12, color: "000000"};
const THIN: IBorderOptions = {style: BorderStyle.SINGLE, size: 6, color: "000000"};
const NONE: IBorderOptions = {style: BorderStyle.NONE, size: 0, color: "FFFFFF"};
/** The widest a figure may be: A4 less 2.54 cm margins is 6.27 in, 602 CSS pixels. */
const MAX_FIGURE_WIDTH = 600;
/** The text column in twips (1/20 pt): A4 (11906) less two 1440 margins. */
const TEXT_WIDTH = 11906 - 2 * 1440;

/** Width of a text in ems: a Chinese character is one, a Latin character or digit about 0.62 (Times or its stand-in). */
const ems = (text: string) => [...text].reduce((w, c) => w + (CJK.test(c) ? 1 : 0.62), 0);
const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;
/** The pieces a line may break between: at spaces (not inside "< .001"), and a header also between Chinese characters. */
const words = (text: string, {header = false} = {}) =>
  text.split(header ? /(?<![<>])\s+|(?<=[\u2e80-\u9fff])|(?=[\u2e80-\u9fff])/ : /(?<![<>])\s+/);

/**
 * Column widths in twips, much as a browser lays out an auto table: each column wants its longest cell on one line
 * (its header on two) and needs its longest word (the first column, the row labels, its whole longest cell); the
 * room beyond the needs is shared in proportion to what each column wants more.
 */
export function columnWidths(block: TableBlock, {em, available}: {em: number; available: number}): number[] {
  const pad = 1.2; // the cell's left and right margins, in ems
  const cells = block.columns.map((_, i) => block.rows.map((r) => r[i] ?? ""));
  const want = block.columns.map((c, i) => Math.max(ems(c.header) / 2, ...cells[i]!.map(ems)) + pad);
  const need = block.columns.map((c, i) =>
    i === 0
      ? want[0]!
      : Math.max(
          ...words(c.header, {header: true}).map(ems),
          ...cells[i]!.flatMap((x) => words(x)).map(ems)
        ) + pad
  );
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const room = available / em;
  const widths =
    total(want) <= room
      ? want.map((w) => (w * room) / total(want))
      : total(need) <= room
        ? need.map((n, i) => n + ((want[i]! - n) * (room - total(need))) / (total(want) - total(need)))
        : need.map((n) => (n * room) / total(need));
  return widths.map((w) => Math.floor(w * em));
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER
};

/**
 * Table cells print negative numbers with the minus sign U+2212: Word and LibreOffice may break a line after an
 * ASCII hyphen ("[-" | "0.15, 0.34]"), never between a minus sign and its number.
 */
const printMinus = (text: string) => text.replace(/-(?=\.?\d)/g, "\u2212");

function caption(text: string, {keepNext}: {keepNext: boolean}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext,
    spacing: {before: 240, after: 120},
    children: [new TextRun({text, bold: true})]
  });
}

/**
 * A three-line table: a thick rule above the header, a thin one under it, a thick one under the body, no
 * vertical lines. Every row but the last keeps with the next and no row splits, so Word moves a table that does
 * not fit to the next page whole (as long as it fits on one page).
 */
function threeLineTable(block: TableBlock, lang: Lang): (Paragraph | Table)[] {
  const last = block.rows.length - 1;
  // Wide tables (the paired comparisons have 13 columns) in 8 pt so that their cells wrap less.
  const size = block.columns.length > 8 ? TINY : SMALL;
  // 1 em of the table's font in twips: size is in half-points.
  const widths = columnWidths(block, {em: size * 10, available: TEXT_WIDTH});
  const cell = (
    text: string,
    align: Align,
    borders: {top?: IBorderOptions; bottom?: IBorderOptions},
    keepNext = true,
    column = 0
  ) =>
    new TableCell({
      width: {size: widths[column]!, type: WidthType.DXA},
      borders: {top: borders.top ?? NONE, bottom: borders.bottom ?? NONE, left: NONE, right: NONE},
      margins: {left: 60, right: 60, top: 20, bottom: 20},
      children: [
        new Paragraph({
          alignment: ALIGN[align],
          keepNext,
          children: [new TextRun({text: printMinus(text), size})]
        })
      ]
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.header, c.align, {top: THICK, bottom: THIN}, true, i))
  });
  const body = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) =>
          cell(text, block.columns[i]?.align ?? "left", r === last ? {bottom: THICK} : {}, r !== last, i)
        )
      })
  );
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: {size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA},
    columnWidths: widths,
    borders: {
      top: THICK,
      bottom: THICK,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE
    },
    rows: [header, ...body]
  });
  const notes = block.notes.map(
    (note, i) =>
      new Paragraph({
        spacing: {before: i === 0 ? 60 : 0},
        children: [
          ...(i === 0
            ? [new TextRun({text: lang === "zh" ? "注：" : "Note. ", italics: lang === "en", size: SMALL})]
            : []),
          new TextRun({text: note, size: SMALL})
        ]
      })
  );
  return [caption(block.caption, {keepNext: true}), table, ...notes];
}

/** A figure at its on-screen size (narrowed to the text column); the caption below in Chinese, above in APA English. */
function figure(caption_: string, image: FigureImage, lang: Lang): Paragraph[] {
  const scale = Math.min(1, MAX_FIGURE_WIDTH / image.width);
  const picture = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: lang === "zh",
    children: [
      new ImageRun({
        type: "png",
        data: image.data,
        transformation: {width: Math.round(image.width * scale), height: Math.round(image.height * scale)}
      })
    ]
  });
  return lang === "zh"
    ? [picture, caption(caption_, {keepNext: false})]
    : [caption(caption_, {keepNext: true}), picture];
}

function paragraph(text: string, kind: string | undefined): Paragraph {
  const run: IRunOptions = {text, ...(kind === "sensitivity" ? {size: SMALL} : {})};
  return new Paragraph({
    spacing: {after: 120, line: 360},
    indent:
      kind === "quote"
        ? {left: 480, right: 480}
        : {firstLine: kind === "text" || kind === "reference" ? 0 : 420},
    children: [new TextRun(run)]
  });
}

/** The report as a Word document; `Packer.toBlob` (browser) or `Packer.toBuffer` (Node) writes the .docx. */
export function reportDocx(
  blocks: readonly ReportBlock[],
  {lang, title, images}: ReportDocxOptions
): Document {
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.type === "heading")
      children.push(new Paragraph({style: `Heading${block.level}`, keepNext: true, text: block.text}));
    else if (block.type === "paragraph") children.push(paragraph(block.text, block.kind));
    else if (block.type === "table") children.push(...threeLineTable(block, lang));
    else if (block.type === "figure") {
      const image = images.get(block.id);
      if (image) children.push(...figure(block.caption, image, lang));
    } else
      for (const item of block.items)
        children.push(
          new Paragraph({
            spacing: {after: 60},
            bullet: {level: 0},
            children: [
              ...(item.where
                ? [
                    new TextRun({
                      text: `${item.where}${lang === "zh" ? "：" : ": "}`,
                      bold: true,
                      size: SMALL
                    })
                  ]
                : []),
              new TextRun({text: item.text, size: SMALL})
            ]
          })
        );
  }
  const heading = (level: 1 | 2 | 3, size: number) => ({
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: {font: FONT, size, bold: true, color: "000000"},
    paragraph: {
      spacing: {before: 240, after: 120},
      keepNext: true,
      ...(level === 1 ? {alignment: AlignmentType.CENTER} : {})
    }
  });
  return new Document({
    title,
    creator: "Evalbook",
    styles: {
      default: {document: {run: {font: FONT, size: TEXT}}},
      paragraphStyles: [heading(1, 32), heading(2, 28), heading(3, 24)]
    },
    sections: [
      {
        properties: {
          page: {
            size: {width: 11906, height: 16838},
            margin: {top: 1440, bottom: 1440, left: 1440, right: 1440}
          }
        },
        children
      }
    ]
  });
}
