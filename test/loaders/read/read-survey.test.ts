import {describe, expect, it} from "vitest";
import {readSurvey, type ReadSurveyOptions} from "../../../loaders/read/read-survey.js";
import {inputError, surveyFixture} from "./fixtures.js";

describe('readSurvey(file, {format: "wide" | "long"})', () => {
  it("reads a plain table, keeping only personal data apart", async () => {
    const table = await readSurvey(surveyFixture("plain/pre-gbk.csv"), {format: "wide"});
    expect(table.format).toBe("wide");
    expect(table.columns.map((column) => column.role)).toEqual([
      "question",
      "pii",
      "pii",
      "question",
      "question",
      "question",
      "question"
    ]);
    expect(table.columns[4]).toEqual({
      header: "1、我能够表达自己的情绪",
      role: "question",
      text: "1、我能够表达自己的情绪"
    });
    const long = await readSurvey(surveyFixture("plain/pre-post.xlsx"), {format: "long", sheet: "长表"});
    expect(long.rows).toHaveLength(3);
    expect(long.missing).toEqual([]);
  });
});

/** Each bad input, the options that make it bad, and the one message the user sees (file name left out). */
const BAD: [
  string,
  string,
  Omit<ReadSurveyOptions, "format"> & {format?: ReadSurveyOptions["format"]},
  string
][] = [
  [
    "a missing file",
    "plain/nope.csv",
    {},
    "file not found. Fix: check the path and the file name, including its extension"
  ],
  [
    "an empty file",
    "bad/empty.csv",
    {},
    "the file is empty (0 bytes). Fix: download the export again; the download may have failed"
  ],
  [
    "binary garbage",
    "bad/garbage.csv",
    {},
    'this is not a text table: it holds binary data. Fix: give the CSV or Excel (.xlsx) file downloaded from the survey platform (for UTF-16 text without a BOM, set encoding to "utf-16le")'
  ],
  [
    "undecodable bytes",
    "bad/undecodable.csv",
    {},
    ', row 3: the text is not valid UTF-8 or GB18030: it has undecodable bytes (it may be windows-1252). Fix: open the file in Excel or WPS and save it as "CSV UTF-8", or set the encoding option'
  ],
  [
    "a wrong encoding forced by the user",
    "plain/pre-gbk.csv",
    {encoding: "utf-8"},
    "the file is not valid utf-8 text, but the encoding option says it is (it looks like gb18030). Fix: remove the encoding option so Evalbook detects the encoding"
  ],
  [
    "an unknown encoding",
    "plain/pre-gbk.csv",
    {encoding: "gbk2312"},
    '"gbk2312" is not an encoding Evalbook knows. Fix: use a standard name such as "utf-8", "gb18030", "gbk", "big5" or "utf-16le", or remove the encoding option'
  ],
  [
    "a row longer than the header",
    "bad/ragged-long.csv",
    {},
    ", row 3: this row has a value in column 4, but the header has only 3 columns. Fix: check that row for a stray separator (a comma inside an answer must be quoted), or add a header name"
  ],
  [
    "an unclosed quote",
    "bad/unclosed-quote.csv",
    {},
    ', row 2: a quoted cell that starts in this row is never closed, so the rest of the file would be read into it. Fix: add the missing closing quote (") or remove the stray one'
  ],
  [
    "a cell over the size cap",
    "plain/pre-utf8.csv",
    {maxCellChars: 8},
    ', row 2, column "手机": the cell holds 11 characters, more than the 8 allowed. Fix: look for an unclosed quote (") in the rows before it, or shorten the text'
  ],
  [
    "a file over the size cap",
    "plain/pre-utf8.csv",
    {maxBytes: 100},
    "the file is 291 bytes, more than the 100 bytes allowed. Fix: export only the rows and columns you need, or raise maxBytes if the file is really this large"
  ],
  [
    "a CSV named .xlsx",
    "bad/csv-named.xlsx",
    {},
    "this file is named .xlsx but is really a text (CSV) file, not an Excel workbook. Fix: rename it to end in .csv, or download the Excel (.xlsx) version"
  ],
  [
    "an XLSX named .csv",
    "bad/xlsx-named.csv",
    {},
    "this file is named .csv but is really an Excel workbook (.xlsx). Fix: rename it to end in .xlsx, or download the CSV version"
  ],
  [
    "a truncated XLSX",
    "bad/truncated.xlsx",
    {},
    "the Excel file is damaged or incomplete and cannot be opened. Fix: download the file again; if it opens in Excel or WPS, save it again as .xlsx or CSV"
  ],
  [
    "a zip that is not a workbook",
    "bad/not-a-workbook.xlsx",
    {},
    "this is a zip archive, but not an Excel workbook. Fix: give the Excel (.xlsx) or CSV file itself, not another document or a zip of files"
  ],
  [
    "a sheet whose used area would exhaust memory",
    "bad/sparse-grid.xlsx",
    {},
    "a sheet spans 1,048,576 rows × 16,384 columns, too large to read. Fix: delete the empty rows and columns far from the data (or save the sheet as CSV) and try again"
  ],
  [
    "a zip bomb",
    "bad/zip-bomb.xlsx",
    {maxBytes: 100_000},
    "the workbook unpacks to 8 MB, more than the 1 MB allowed. Fix: export only the answers you need, or save the sheet as CSV"
  ],
  [
    "a sheet that does not exist",
    "plain/pre-post.xlsx",
    {sheet: "后测"},
    'there is no sheet named "后测"; the workbook has "前测", "长表", "空白". Fix: set sheet to one of those names'
  ],
  [
    "an empty sheet",
    "plain/pre-post.xlsx",
    {sheet: "空白"},
    'the sheet "空白" is empty: it has no header row. Fix: choose the sheet that holds the answers'
  ],
  [
    "a Qualtrics file missing its header rows",
    "bad/qualtrics-no-header-rows.csv",
    {format: "qualtrics"},
    'the Qualtrics header rows are missing: row 2 should hold the question text and row 3 {"ImportId":…} (or, in the legacy layout, row 1 V1, V2, … and row 2 the labels). Fix: export the responses from Qualtrics again as CSV without deleting rows, or read the file as format "wide"'
  ],
  [
    "an unknown format",
    "plain/pre-utf8.csv",
    {format: "stata" as ReadSurveyOptions["format"]},
    '"stata" is not a survey format Evalbook reads. Fix: use one of wjx, qualtrics, wide, long, spss'
  ]
];

describe("readSurvey(file, options) on bad input", () => {
  it.each(BAD)(
    "gives one readable InputError for %s",
    async (_, name, {format = "wide", ...options}, message) => {
      const file = surveyFixture(name);
      const error = await inputError(readSurvey(file, {format, ...options}));
      expect(error.message).toBe(file + (message.startsWith(",") ? message : `: ${message}`));
    }
  );

  it("pads short rows and reports them as a warning, not an error", async () => {
    const file = surveyFixture("bad/ragged-short.csv");
    const table = await readSurvey(file, {format: "wide"});
    expect(table.rows).toEqual([
      ["S01", "4", "5"],
      ["S02", "3", null],
      ["S03", "5", "5"]
    ]);
    // The file and the first short row, in both languages (raw-table.test.ts pins the words).
    expect(
      table.warnings.map((w) => [w.en.startsWith(`${file}, row 3: `), w.zh.startsWith(`${file}，第 3 行：`)])
    ).toEqual([[true, true]]);
  });

  it("reads a header-only file as zero rows, leaving the decision to the caller", async () => {
    const table = await readSurvey(surveyFixture("plain/header-only.csv"), {format: "wjx"});
    expect(table.columns[4]).toMatchObject({question: 1, text: "我能够表达自己的情绪"});
    expect(table.rows).toEqual([]);
    expect(table.rowNumbers).toEqual([]);
  });
});
