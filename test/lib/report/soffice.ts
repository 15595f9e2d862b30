// A .docx opened by LibreOffice as a reader would: converted to PDF with a private profile, its text read by poppler.
import {execFile} from "node:child_process";
import {mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";

const run = promisify(execFile);

/** Writes `docx` as `<name>.docx` in a fresh folder, converts it to PDF and returns the PDF's path and text. */
export async function docxToPdf(docx: Uint8Array, name: string): Promise<{pdf: string; text: string}> {
  const dir = await mkdtemp(join(tmpdir(), "evalbook-docx-"));
  await writeFile(join(dir, `${name}.docx`), docx);
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      join(dir, `${name}.docx`)
    ],
    {timeout: 170_000}
  );
  const pdf = join(dir, `${name}.pdf`);
  const {stdout} = await run("pdftotext", [pdf, "-"], {maxBuffer: 1 << 26});
  return {pdf, text: stdout};
}
