// The report page: the chapter in both languages, its Word download (figures at 300 dpi, opened by LibreOffice) and
// a print to PDF that splits no table or figure across pages.
import {execFile} from "node:child_process";
import {mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {strFromU8, unzipSync} from "fflate";
import {describe, expect, it} from "vitest";
import {docxToPdf} from "../lib/report/soffice.js";
import {download, openStudyPage, servedSite, STUDIES, switchToEnglish} from "./pages.js";

const run = promisify(execFile);
const squash = (text: string) => text.replace(/\s+/g, "");
/** A cell's words: split at spaces and where Chinese meets other text; single characters say too little. */
const tokens = (text: string) =>
  text
    .split(/\s+|(?<=[\u4e00-\u9fff])(?=[^\u4e00-\u9fff])|(?<=[^\u4e00-\u9fff])(?=[\u4e00-\u9fff])/)
    .filter((t) => t.length > 1);
const site = servedSite();

/** The pHYs resolution of a PNG in dots per inch (pixels per metre × 0.0254). */
function pngDpi(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === "pHYs")
      return Math.round(view.getUint32(at + 8) * 0.0254);
    at += 12 + length;
  }
  return 0;
}

describe("the report page", () => {
  it("q-school: downloads a .docx with its tables, sentences and 300-dpi figures that LibreOffice opens", async () => {
    const {page, log} = await openStudyPage(site.browser, site.server, "q-school", "report", {
      ready: ".report .report-table"
    });
    const captions = await page.locator(".report caption, .report figcaption").allInnerTexts();
    expect(captions).toContain("表 1 研究设计");
    expect(captions.some((c) => c.startsWith("图 1 "))).toBe(true);
    const sentence = await page.locator(".report .report-sentence").first().innerText();
    const cells = await page.locator(".report .report-table").nth(4).locator("tbody td").allInnerTexts();

    const file = await download(page.locator(".report-download button"));
    expect(file.name).toMatch(/^q-school_report_zh_\d{4}-\d{2}-\d{2}\.docx$/);
    const files = unzipSync(new Uint8Array(file.bytes));
    const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
    expect(media.length).toBe(await page.locator(".report .report-figure").count());
    for (const name of media) expect(pngDpi(files[name]!)).toBe(300);
    expect(strFromU8(files["word/document.xml"]!)).toContain("表 1 研究设计");

    const {text: pdfText} = await docxToPdf(file.bytes, "report");
    const text = squash(pdfText);
    expect(text).toContain(squash(sentence));
    for (const cell of cells.flatMap((c) => c.match(/-?\d*\.\d+/g) ?? [])) expect(text).toContain(cell);
    for (const caption of captions) expect(text).toContain(squash(caption));
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.context().close();
  });

  for (const study of STUDIES)
    it(`${study}: printing to PDF splits no table or figure across pages, in Chinese and in English`, async () => {
      const {page, log} = await openStudyPage(site.browser, site.server, study, "report", {
        ready: ".report .report-table"
      });
      for (const lang of ["zh", "en"]) {
        if (lang === "en") {
          await switchToEnglish(page);
          await page.locator(".report caption", {hasText: "Table 1."}).first().waitFor();
        }
        // Each table and figure is known by its caption (numbered, so unique); its first and last rows (the first and
        // last text of a chart) must be on the caption's page. Chromium's PDF text runs column by column, a wrapped cell
        // line by line and Latin apart from Chinese, so the first row's first cell and the last row's longest cell are
        // looked for by their words.
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll(".report .report-table, .report .report-figure")].map((el) => {
            const rows = [...el.querySelectorAll("tbody tr")].map((tr) =>
              [...tr.children].map((td) => td.textContent ?? "")
            );
            const texts = [...el.querySelectorAll("svg text")].map((t) => t.textContent ?? "");
            const longest = (cells: string[]) => cells.reduce((a, b) => (b.length > a.length ? b : a), "");
            return {
              caption: el.querySelector("caption, figcaption")?.textContent ?? "",
              first: rows.length ? rows[0]![0]! : (texts[0] ?? ""),
              last: rows.length ? longest(rows.at(-1)!) : (texts.at(-1) ?? "")
            };
          })
        );
        expect(boxes.length).toBeGreaterThan(4);
        const pdf = await page.pdf({
          format: "A4",
          margin: {top: "2cm", bottom: "2cm", left: "2cm", right: "2cm"}
        });
        const dir = await mkdtemp(join(tmpdir(), "evalbook-report-print-"));
        await writeFile(join(dir, "print.pdf"), pdf);
        const pages = (await run("pdftotext", [join(dir, "print.pdf"), "-"])).stdout.split("\f").map(squash);
        expect(pages.length).toBeGreaterThan(1);
        for (const box of boxes) {
          const at = pages.findIndex((p) => p.includes(squash(box.caption)));
          expect(at, box.caption).toBeGreaterThanOrEqual(0);
          for (const [line, cell] of [
            ["first", box.first],
            ["last", box.last]
          ])
            for (const token of tokens(cell))
              expect(pages[at], `${box.caption}: ${line} line`).toContain(token);
        }
      }
      expect(log.errors).toEqual([]);
      await page.context().close();
    });
});
