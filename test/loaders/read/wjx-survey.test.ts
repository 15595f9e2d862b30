import {describe, expect, it} from "vitest";
import {readSurvey} from "../../../loaders/read/read-survey.js";
import type {SurveyTable} from "../../../loaders/read/survey-table.js";
import {wjxColumns} from "../../../loaders/read/wjx-columns.js";
import {inputError, realFixture, surveyFixture} from "./fixtures.js";

const DOWNLOADS = [
  "reportgen_357_357_0",
  "reportgen_357_357_2",
  "reportgen_800_800_0",
  "reportgen_800_800_2",
  "reportgen_All_Data_Original",
  "reportgen_All_Data_Readable"
];

const readWjx = (name: string) => readSurvey(surveyFixture(`wjx/${name}`), {format: "wjx"});
const total = (table: SurveyTable, reason: string) =>
  table.missing.filter((count) => count.reason === reason).reduce((sum, count) => sum + count.count, 0);

describe("wjxColumns(headers)", () => {
  it("knows the metadata columns in both orders and keeps IP and place apart", () => {
    const roles = (headers: string[]) => wjxColumns(headers).map((column) => column.role);
    expect(roles(["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "经纬度"])).toEqual([
      ...Array(5).fill("metadata"),
      "pii",
      "pii"
    ]);
    expect(roles(["序号", "提交答卷时间", "所用时间", "来自IP", "来源", "来源详情"])).toEqual([
      "metadata",
      "metadata",
      "metadata",
      "pii",
      "metadata",
      "metadata"
    ]);
  });

  it("reads numbers, type tags, matrix and fill-in rows, option columns, unnumbered and personal questions", () => {
    expect(
      wjxColumns([
        "3、性别 ",
        "请选择省份城市与地区:",
        "12、您的姓名： (填空题 *必答)",
        "13、外观如何?(1分表示非常不重要) (矩阵单选题 *必答)—外观",
        "界面美观度",
        "界面美观度",
        "7、(早上上学)",
        "第6题(ACG文化(动漫、游戏等))",
        "2、收货信息—收货人姓名：",
        "收货地址："
      ])
    ).toEqual([
      {header: "3、性别 ", role: "question", question: 3, text: "性别"},
      {header: "请选择省份城市与地区:", role: "question", text: "请选择省份城市与地区:"},
      {header: "12、您的姓名： (填空题 *必答)", role: "pii", question: 12, text: "您的姓名:"},
      {
        header: "13、外观如何?(1分表示非常不重要) (矩阵单选题 *必答)—外观",
        role: "question",
        question: 13,
        text: "外观如何?(1分表示非常不重要)",
        item: "外观"
      },
      {
        header: "界面美观度",
        role: "question",
        question: 13,
        text: "外观如何?(1分表示非常不重要)",
        item: "界面美观度"
      },
      {
        header: "界面美观度",
        role: "question",
        question: 13,
        text: "外观如何?(1分表示非常不重要)",
        item: "界面美观度"
      },
      {header: "7、(早上上学)", role: "question", question: 7, item: "早上上学"},
      {header: "第6题(ACG文化(动漫、游戏等))", role: "question", question: 6, item: "ACG文化(动漫、游戏等)"},
      {header: "2、收货信息—收货人姓名：", role: "pii", question: 2, text: "收货信息", item: "收货人姓名:"},
      {header: "收货地址：", role: "pii", question: 2, text: "收货信息", item: "收货地址:"}
    ]);
  });
});

describe('readSurvey(file, {format: "wjx"}) on the real Wenjuanxing downloads', () => {
  it.each(DOWNLOADS)("reads %s the same from GB18030 CSV and from XLSX", async (name) => {
    const csv = await readWjx(`${name}.csv`);
    const xlsx = await readWjx(`${name}.xlsx`);
    expect(csv.encoding).toBe("gb18030");
    const {file: _c, encoding: _e, ...fromCsv} = csv;
    const {file: _x, ...fromXlsx} = xlsx;
    expect(fromXlsx).toEqual(fromCsv);
    expect(csv.rowNumbers).toEqual(csv.rows.map((_, i) => i + 2));
  });

  it("reads the older column order with NULL placeholders", async () => {
    const table = await readWjx("reportgen_357_357_2.csv");
    expect(table.rows).toHaveLength(204);
    expect(table.columns.slice(0, 7).map((column) => column.role)).toEqual([
      "metadata",
      "metadata",
      "metadata",
      "pii",
      "metadata",
      "metadata",
      "question"
    ]);
    expect(table.missing).toEqual([1, 2, 3].map((column) => ({column, reason: "placeholder", count: 204})));
    expect(table.rows[0]).toEqual(["2", null, null, null, "手机提交", "直接访问", "1", "4", "2"]);
  });

  it("reads by-number option columns and counts -3 as skipped, keeping -2 (not ranked)", async () => {
    const numbers = await readWjx("reportgen_All_Data_Original.csv");
    expect(numbers.columns[8]).toEqual({
      header: "第3题(实体手机卖场的广告(如国美、苏宁、永乐、迪信通等))",
      role: "question",
      question: 3,
      item: "实体手机卖场的广告(如国美、苏宁、永乐、迪信通等)"
    });
    expect(total(numbers, "skipped")).toBe(85);
    expect(numbers.rows.flat().filter((cell) => cell === "-3")).toEqual([]);
    expect(numbers.rows.flat().filter((cell) => cell === "-2").length).toBeGreaterThan(60);
    const wide = await readWjx("reportgen_800_800_2.xlsx");
    expect(wide.rows).toHaveLength(800);
    expect(wide.columns.filter((column) => column.question === 6).map((column) => column.item)).toContain(
      "运动"
    );
  });

  it("reads by-text answers: (跳过) as skipped, matrix rows under their question", async () => {
    const text = await readWjx("reportgen_All_Data_Readable.csv");
    expect(total(text, "skipped")).toBe(51);
    const matrix = text.columns.filter((column) => column.question === 13);
    expect(matrix).toHaveLength(17);
    expect(matrix.map((column) => column.item).slice(0, 3)).toEqual(["外观", "界面美观度", "屏幕显示效果"]);
    expect(text.rows[1]![12]).toBe("4分");
    expect(text.rows[1]![8]).toMatch(/┋其他【请注明】〖柜台〗$/);
  });

  it("reads the synthetic by-text file: personal questions, (空), multi-line answers, duplicate headers", async () => {
    const table = await readWjx("synthetic_text_0.csv");
    expect(table.columns.filter((column) => column.role === "pii").map((column) => column.header)).toEqual([
      "来自IP",
      "经纬度",
      "1、您的姓名：",
      "2、您的手机号码："
    ]);
    expect(table.headers.filter((header) => header === "我有可以倾诉的朋友")).toHaveLength(2);
    expect(table.missing).toEqual([
      {column: 10, reason: "skipped", count: 1},
      {column: 11, reason: "skipped", count: 1},
      {column: 15, reason: "blank", count: 1}
    ]);
    expect(table.rows[1]![15]).toBe("希望多一些游戏\n和分享");
  });

  it("refuses a file that is not a Wenjuanxing download", async () => {
    const error = await inputError(
      readSurvey(realFixture("qualtrics/qualtRics_sample.csv"), {format: "wjx"})
    );
    expect(error.what).toMatch(/^this does not look like a Wenjuanxing \(问卷星\) download/);
  });
});

describe("readSurvey on legacy .xls downloads", () => {
  it.each(DOWNLOADS)("refuses %s.xls and says which download to choose", async (name) => {
    const file = realFixture(`wjx/${name}.xls`);
    const error = await inputError(readSurvey(file, {format: "wjx"}));
    expect(error.message).toBe(
      `${file}: this is an old Excel 97–2003 workbook (.xls) or a password-protected one, which Evalbook does not open: ` +
        "no maintained reader for it is safe on damaged or hostile files. " +
        "Fix: download the answers again as .xlsx or CSV (问卷星: 下载答卷数据 → 选择 Excel(.xlsx) 或 CSV), " +
        "or open this file in Excel or WPS, remove any password, and save it as .xlsx"
    );
  });
});
