import {mkdtemp, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {InputError} from "../../../loaders/errors.js";
import {readCoding} from "../../../loaders/qual/read-coding.js";
import {readRefiQda} from "../../../loaders/qual/refi-qda.js";
import {zip} from "../../fixtures/qual/make-fixtures.js";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "evalbook-qual-"));
});

/** Writes `bytes` to a fresh file in the test folder and returns its path. */
async function save(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  return path;
}

/** The InputError message `promise` rejects with; fails the test on any other outcome. */
async function problem(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

const project = (body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">${body}</Project>`;

describe("readRefiQda(path) on hostile or broken archives", () => {
  it("stops a zip bomb once the unpacked bytes pass the cap", async () => {
    const path = await save("bomb.qdpx", zip({"project.qde": project(" ".repeat(3_000_000))}));
    expect(await problem(readRefiQda(path, {limits: {maxTotalBytes: 1_000_000}}))).toBe(
      'bomb.qdpx: unpacks to more than 1.0 MB (a damaged archive or a "zip bomb"). Fix: export the project again; if it really is that large, raise the size limit'
    );
  });

  it("does not trust an entry's declared size", async () => {
    const bytes = Buffer.from(zip({"project.qde": project(" ".repeat(100_000))}));
    // Claim 100 bytes unpacked in the local header (offset 22) and the central directory (offset 24).
    bytes.writeUInt32LE(100, 22);
    bytes.writeUInt32LE(100, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    const message = await problem(readRefiQda(await save("liar.qdpx", bytes)));
    expect(message).toMatch(
      /^liar\.qdpx: is not a readable zip archive \(.*too many bytes.*\)\. Fix: the file is damaged/
    );
  });

  it("refuses archives with too many entries", async () => {
    const files = Object.fromEntries(Array.from({length: 12}, (_, i) => [`sources/${i}.txt`, "x"]));
    const path = await save("many.qdpx", zip({"project.qde": project(""), ...files}));
    expect(await problem(readRefiQda(path, {limits: {maxEntries: 10}}))).toBe(
      "many.qdpx: is a zip archive with 13 entries, more than the 10 allowed. Fix: export the project again; if it really is that large, raise the entry limit"
    );
  });

  it("refuses entry names that climb out of the archive", async () => {
    const path = await save("slip.qdpx", zip({"project.qde": project(""), "../../evil.txt": "x"}));
    expect(await problem(readRefiQda(path))).toBe(
      "slip.qdpx: contains an entry whose name points outside the archive (../../evil.txt). Fix: this archive was not written by a QDA tool or spreadsheet program; export it again from the tool"
    );
  });

  it("explains a truncated archive, a non-zip .qdpx and a zip without a .qde", async () => {
    const whole = zip({"project.qde": project(""), "sources/a.txt": "text"});
    const truncated = await save("cut.qdpx", whole.subarray(0, whole.length - 30));
    expect(await problem(readRefiQda(truncated))).toMatch(
      /^cut\.qdpx: is not a readable zip archive \(.+\)\. Fix: the file is damaged or was not fully downloaded; export it again from the tool$/
    );
    expect(await problem(readRefiQda(await save("text.qdpx", "<Project/>")))).toBe(
      "text.qdpx: is not a zip archive, as a .qdpx file must be. Fix: the file is damaged or was not fully downloaded; export it again as REFI-QDA Project"
    );
    const noQde = await save(
      "no-qde.qdpx",
      zip({"sources/a.txt": "text", "nested/project.qde": project("")})
    );
    expect(await problem(readRefiQda(noQde))).toBe(
      "no-qde.qdpx: contains no .qde project file at its root (it holds sources/a.txt, nested/project.qde). Fix: export the project from the QDA tool as REFI-QDA Project (.qdpx)"
    );
  });

  it("reports malformed XML with its line and column", async () => {
    const path = await save(
      "bad.qdpx",
      zip({"project.qde": project("\n<Users>\n<User guid='a' name='x'>\n</Users>")})
    );
    expect(await problem(readRefiQda(path))).toBe(
      "bad.qdpx, project.qde: is not well-formed XML at line 5, column 8 (unexpected close tag.). Fix: the file is damaged; export it again from the QDA tool"
    );
  });

  it("refuses a DTD, so entity bombs and external entities never expand", async () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd">]>\n<Project name="&b;&c;"/>`;
    expect(await problem(readRefiQda(await save("laughs.qde", laughs)))).toMatch(
      /^laughs\.qde: declares a DTD \(<!DOCTYPE …>\), which Evalbook refuses .* at line 2, column \d+\. Fix: export the file again from the QDA tool; its exports never need a DTD$/
    );
    const undeclared = await save("entity.qde", project("<Description>&xxe;</Description>"));
    expect(await problem(readRefiQda(undeclared))).toMatch(
      /^entity\.qde: is not well-formed XML at line 2, column \d+ \(undefined entity\.\)/
    );
  });

  it("refuses absurdly deep nesting without overflowing the stack", async () => {
    const deep = `<CodeBook><Codes>${'<Code guid="x" name="n" isCodable="true">'.repeat(100_000)}${"</Code>".repeat(100_000)}</Codes></CodeBook>`;
    expect(await problem(readRefiQda(await save("deep.qde", project(deep))))).toMatch(
      /^deep\.qde: nests elements more than 256 deep at line 2, column \d+\. Fix: export the file again from the QDA tool$/
    );
  });

  it("warns about codings of unknown codes, absolute paths and missing sources instead of failing", async () => {
    const qde = project(`<Sources>
<TextSource guid="S1" name="abs" plainTextPath="absolute://C:/Users/x/interview.txt"/>
<TextSource guid="S2" name="gone" plainTextPath="internal://gone.txt"/>
<TextSource guid="S3" name="ok"><PlainTextContent>你好世界</PlainTextContent>
<PlainTextSelection guid="P1" startPosition="0" endPosition="2"><Coding guid="C1"><CodeRef targetGUID="nope"/></Coding></PlainTextSelection>
<PlainTextSelection guid="P2" startPosition="3" endPosition="9"><Coding guid="C2"><CodeRef targetGUID="nope"/></Coding></PlainTextSelection>
</TextSource></Sources><Cases><Case guid="K1" name="ghost"><SourceRef targetGUID="S9"/></Case></Cases>`);
    const result = await readRefiQda(await save("odd.qdpx", zip({"odd.qde": qde})));
    expect(result.segments).toEqual([]);
    expect(result.warnings).toEqual([
      {
        en: 'source "abs" points to absolute://C:/Users/x/interview.txt, outside the project; Evalbook does not follow such paths, so its codings are left out (export the project as .qdpx with its sources embedded)',
        zh: "来源“abs”指向项目之外的 absolute://C:/Users/x/interview.txt；Evalbook 不读取这样的路径，其编码未计入（请将项目导出为内嵌来源的 .qdpx）"
      },
      {
        en: 'the text of source "gone" (internal://gone.txt) is not in the archive; its codings are left out',
        zh: "来源“gone”的文本（internal://gone.txt）不在压缩包中；其编码未计入"
      },
      {
        en: 'case "ghost" refers to source S9, which is not in the project; that link is ignored',
        zh: "个案“ghost”指向项目中没有的来源 S9；已忽略这一关联"
      },
      {
        en: "could not tell whether selection ends are inclusive or exclusive; read them as exclusive (set endPosition: inclusive if excerpts lack their last character)",
        zh: "无法判断选段的结束位置是否包含最后一个字符；已按不包含（exclusive）读取（如果摘录缺少最后一个字符，请设置 endPosition: inclusive）"
      },
      {
        en: "1 codings refer to code NOPE, which is not in the codebook; they are left out",
        zh: "1 处编码指向编码本中没有的编码 NOPE，未计入"
      },
      {
        en: "1 codings have positions outside their source text; they are left out",
        zh: "1 处编码的位置超出了来源文本的范围，未计入"
      }
    ]);
  });

  it("names a missing file and a file that is not a project", async () => {
    expect(await problem(readRefiQda(join(folder, "absent.qdpx")))).toMatch(
      /absent\.qdpx: file not found\. Fix: check the path/
    );
    expect(await problem(readRefiQda(await save("other.qde", "<html><body/></html>")))).toBe(
      "other.qde: is not a REFI-QDA project: its root element is <html>, not <Project>. Fix: export the project from the QDA tool as REFI-QDA Project (.qdpx)"
    );
  });
});

describe("readCoding(path, options) on hostile or broken tables", () => {
  it("vets an XLSX with the same zip caps before opening it", async () => {
    const path = await save("bomb.xlsx", zip({"xl/worksheets/sheet1.xml": " ".repeat(3_000_000)}));
    expect(await problem(readCoding(path, {format: "taguette", limits: {maxTotalBytes: 1_000_000}}))).toMatch(
      /^bomb\.xlsx: unpacks to more than 1\.0 MB/
    );
    const notWorkbook = await save("empty.xlsx", zip({"readme.txt": "hello"}));
    expect(await problem(readCoding(notWorkbook, {format: "maxqda"}))).toMatch(
      /^empty\.xlsx: is not a readable XLSX workbook \(.+\)\. Fix: open it in Excel or WPS and save it again as \.xlsx, or export it as CSV$/
    );
  });

  it("refuses legacy .xls with advice, and broken CSV quoting with a line", async () => {
    const xls = await save("old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await problem(readCoding(xls, {format: "table"}))).toBe(
      "old.xls: is an old binary Excel file (.xls), which Evalbook does not open. Fix: open it in Excel or WPS and save it as .xlsx or as CSV UTF-8"
    );
    const broken = await save("broken.csv", 'id,document,tag,content\r\n1,a,b,"unclosed\r\n2,a,b,c\r\n');
    expect(await problem(readCoding(broken, {format: "taguette"}))).toMatch(
      /^broken\.csv: is not a readable CSV file near line \d+ \(.+\)\. Fix: /
    );
  });

  it("rejects an unknown format and an unknown encoding", async () => {
    const path = await save("a.csv", "id,document,tag,content\r\n");
    expect(await problem(readCoding(path, {format: "nvivo" as "table"}))).toMatch(
      /unknown coding format "nvivo".*use one of refi-qda, taguette, maxqda, atlasti, table/
    );
    expect(await problem(readCoding(path, {format: "taguette", encoding: "klingon"}))).toBe(
      'a.csv: unknown encoding "klingon". Fix: use a name such as utf-8, gb18030, gbk or big5'
    );
  });
});
