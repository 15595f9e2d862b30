// reportBlocks(data, {lang}): the chapter's sections in order, numbered captions, a sentence and a sensitivity line
// per paired result, and the publishing rules of the other pages.
import {JSDOM} from "jsdom";
import {describe, expect, it} from "vitest";
import {reportBlocks, type ReportData} from "../../../src/components/report/model.js";
import {thesisSentence} from "../../../src/components/results-sentence.js";
import type {ReportBlock} from "../../../src/lib/report/blocks.js";
import {minimumDetectableEffect} from "../../../src/lib/stats/sensitivity.js";
import {demoReportData, realReportData} from "./data.js";

// The table builders create elements in the global document, as on a page.
globalThis.document = new JSDOM("<!DOCTYPE html><body></body>").window.document;

const captions = (blocks: ReportBlock[], type: "table" | "figure") =>
  blocks.flatMap((b) => (b.type === type ? [b.caption] : []));
const paragraphs = (blocks: ReportBlock[], kind: string) =>
  blocks.flatMap((b) => (b.type === "paragraph" && b.kind === kind ? [b.text] : []));

describe("reportBlocks(q-school)", async () => {
  const data = await demoReportData("q-school");
  const zh = reportBlocks(data, {lang: "zh"});
  const en = reportBlocks(data, {lang: "en"});

  it("has the chapter's sections in order", () => {
    const sections = zh.flatMap((b) => (b.type === "heading" && b.level === 2 ? [b.text] : []));
    expect(sections).toEqual([
      "研究设计与数据质量",
      "数据分析方法",
      "测量工具与信度",
      "学业自我效能感量表的前后测结果",
      "个体变化（可靠变化指数）",
      "访谈资料的质性分析",
      "参考文献"
    ]);
  });

  it("numbers tables and figures through the chapter, 表/图 in Chinese and Table/Figure in English", () => {
    const tables = captions(zh, "table");
    tables.forEach((c, i) => expect(c).toMatch(new RegExp(`^表 ${i + 1} \\S`)));
    captions(zh, "figure").forEach((c, i) => expect(c).toMatch(new RegExp(`^图 ${i + 1} \\S`)));
    captions(en, "table").forEach((c, i) => expect(c).toMatch(new RegExp(`^Table ${i + 1}\\. \\S`)));
    captions(en, "figure").forEach((c, i) => expect(c).toMatch(new RegExp(`^Figure ${i + 1}\\. \\S`)));
    expect(captions(zh, "figure")).toHaveLength(4); // three parts' means and the theme bars
  });

  it("gives each paired result its results sentence and the smallest d_z its n detects", () => {
    const names = {pre: "前测", post: "后测"};
    const sentences = paragraphs(zh, "sentence");
    expect(sentences).toHaveLength(data.comparisons.length);
    const first = data.comparisons[0]!;
    expect(sentences[0]).toBe(
      thesisSentence(first, {lang: "zh", name: "学习能力自我效能感", waveNames: names})
    );
    const sensitivity = paragraphs(zh, "sensitivity");
    expect(sensitivity).toHaveLength(data.comparisons.length);
    // pwr::pwr.t.test(n = 6, power = .8, sig.level = .05, type = "paired")$d
    expect(minimumDetectableEffect(6)).toBeCloseTo(1.434537877, 8);
    expect(sensitivity[0]).toContain("n = 6 时");
    expect(sensitivity[0]).toContain(`d_z = ${minimumDetectableEffect(6).toFixed(2)}`);
    expect(paragraphs(en, "sensitivity")[0]).toMatch(/^Sensitivity: with n = 6, .* d_z = 1\.43 /);
  });

  it("names every test and its reference in the methods paragraph, and lists those references", () => {
    const [methods] = paragraphs(zh, "methods");
    expect(methods).toMatch(
      /配对样本 t 检验.*Wilcoxon.*Holm.*Cronbach.*Feldt.*Jacobson & Truax.*Cohen, 1960.*n = 6 时 d_z = 1\.43/
    );
    const references = zh.slice(zh.findIndex((b) => b.type === "heading" && b.text === "参考文献") + 1);
    const cited = references.map((b) => (b.type === "paragraph" ? b.text : ""));
    for (const author of [
      "Cohen, J. (1960)",
      "Feldt",
      "Holm",
      "Jacobson",
      "Kerby",
      "Steiger",
      "Wilcoxon",
      "Champely"
    ])
      expect(cited.some((r) => r.startsWith(author))).toBe(true);
    // No between-group comparison in q-school, so neither Welch nor Hedges is cited.
    expect(cited.some((r) => r.startsWith("Welch"))).toBe(false);
  });

  it("tabulates κ per code with its interval kept within [−1, 1]", () => {
    const kappa = zh.find((b) => b.type === "table" && b.caption.includes("编码者间一致性"));
    expect(kappa?.type === "table" && kappa.rows.length).toBe(data.agreement.length);
    for (const row of kappa?.type === "table" ? kappa.rows : []) {
      const [low, high] = /\[(-?[\d.]+), (-?[\d.]+)\]/.exec(row[4]!)!.slice(1).map(Number);
      expect(low).toBeGreaterThanOrEqual(-1);
      expect(high).toBeLessThanOrEqual(1);
    }
  });

  it("translates the exclusion reasons and quotes a few passages with their role and wave", () => {
    const exclusions = zh.find((b) => b.type === "table" && b.caption.includes("排除"));
    expect(exclusions?.type === "table" && exclusions.rows[0]![2]).toBe(
      "重复提交（保留 raw/surveys/前测_问卷星_按序号.csv 第 5 行）"
    );
    const quotes = paragraphs(zh, "quote");
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(4);
    expect(quotes[0]).toMatch(/^“.+”（组员，前测，.+）$/);
  });
});

describe("reportBlocks under the published site's rules", async () => {
  const local = await demoReportData("z-village");
  // min_cell 8 hides the children's group (n = 7) and every code applied to fewer than 8 people.
  const data: ReportData = {...local, policy: {published: true, min_cell: 8, excerpts: false}};
  const blocks = reportBlocks(data, {lang: "zh"});

  it("says a small group's result is hidden instead of writing its sentence", () => {
    const sentences = paragraphs(blocks, "sentence");
    expect(sentences.some((s) => s.includes("（儿童组）"))).toBe(false);
    expect(sentences.some((s) => s.includes("（家长组）"))).toBe(true);
    expect(blocks.some((b) => b.type === "paragraph" && /（儿童组）：少于 8 人/.test(b.text))).toBe(true);
    const paired = blocks.find((b) => b.type === "table" && b.caption.endsWith("前后测配对比较（儿童组）"));
    expect(paired?.type === "table" && paired.rows.map((r) => r.slice(1))).toEqual(
      Array(6).fill(["< 8", ...Array(10).fill("—")])
    );
  });

  it("quotes nothing when excerpts are withheld, and tallies no code of fewer than min_cell people", () => {
    expect(paragraphs(blocks, "quote")).toEqual([]);
    expect(blocks.some((b) => b.type === "paragraph" && b.text.includes("publish.excerpts: false"))).toBe(
      true
    );
    const tallies = blocks.find((b) => b.type === "table" && b.caption.includes("访谈编码频次"));
    expect(tallies?.type === "table" && tallies.rows.every((r) => Number(r[3]) >= 8)).toBe(true);
  });

  it("compares the groups where the study declares it", () => {
    expect(blocks.some((b) => b.type === "heading" && b.text === "组间比较")).toBe(true);
  });
});

describe("reportBlocks(sses, a real study with sum scores)", async () => {
  const blocks = reportBlocks(await realReportData("sses", "sses.csv"), {lang: "en"});

  it("draws each part's means on its score range: 7 items on 0–4 sum to 0–28, with the midpoint 14", () => {
    const figure = blocks.find((b) => b.type === "figure" && b.id === "means-sse-performance");
    if (figure?.type !== "figure") throw new Error("no means figure for the performance subscale");
    const svg = figure.draw(document);
    const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
      (t) => t.textContent
    );
    expect(ticks).toContain("25");
    expect(svg.textContent).toMatch(/0–28/);
  });
});
