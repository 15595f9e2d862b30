// Writes the raw exports of the three demo studies (synthetic, seeded: the same files every run).
// Each file is in a format users really bring, with the mess real exports have; test/demo-studies.test.ts
// asserts the ingest report against the mess planted here.
import {mkdir, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {randomLcg, randomNormal} from "d3";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import {parse} from "yaml";
import {readFileSync} from "node:fs";

type Cell = string | number | null;
const ROOT = "data/studies";

function rng(seed: number) {
  const uniform = randomLcg(seed);
  return {uniform, normal: randomNormal.source(uniform)};
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** A 1–5 answer for a person whose latent score is `theta`; reverse-keyed items are answered the other way. */
function answer(theta: number, reverse: boolean, noise: () => number): number {
  const x = clamp(Math.round(theta + noise()), 1, 5);
  return reverse ? 6 - x : x;
}

function csv(rows: Cell[][], separator = ","): string {
  const quote = (c: Cell) => {
    const s = c === null ? "" : String(c);
    return /[",\n\t]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((r) => r.map(quote).join(separator)).join("\r\n") + "\r\n";
}

async function write(path: string, data: string | Buffer | Uint8Array): Promise<void> {
  await mkdir(dirname(path), {recursive: true});
  await writeFile(path, data);
}

/** XLSX with fixed document dates, so the file does not change between runs. */
async function xlsx(path: string, rows: Cell[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Evalbook demo";
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 0, 1));
  const sheet = workbook.addWorksheet("Sheet1");
  for (const row of rows) sheet.addRow(row);
  await write(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

interface ItemSpec {
  id: string;
  subscale: string;
  reverse?: boolean;
  number?: number | string;
  sub?: string;
}

function items(study: string): ItemSpec[] {
  return parse(readFileSync(join(ROOT, study, "study.yaml"), "utf8")).instruments[0].items;
}

const timestamp = (day: string, minutes: number) =>
  `${day} ${String(9 + Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:${String((minutes * 7) % 60).padStart(2, "0")}`;

const ip = (i: number) => `183.192.${16 + i}.${60 + i}(上海-上海)`;
const phone = (i: number) => `138${String(20240000 + i * 7919).padStart(8, "0")}`;

/** Wenjuanxing's leading metadata columns (2018 order). */
const WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"];

// ——— q-school: 7 children (one drops out), academic self-efficacy, pre GBK CSV, post XLSX, by option number.
async function qSchool(): Promise<void> {
  const {uniform, normal} = rng(1);
  const spec = items("q-school");
  const names = ["小明", "小红", "小刚", "小丽", "小军", "小芳", "小强"];
  const children = names.map((name, i) => ({
    id: `20210${301 + i}`,
    name,
    pre: 2.3 + normal(0, 0.35)(),
    gain: 0.9 + normal(0, 0.3)() // the intervention effect of seed 001: both subscales rise
  }));
  const itemNoise = normal(0, 0.6);
  const headers = [...WJX_META, "1、你的学号：", "2、你的姓名：", "3、你的年级：", "4、家长联系电话："];
  const questionText = (n: number, i: number) =>
    `${n}、${["我相信自己能够学好各门功课", "上课时我能专心听讲", "我觉得自己比不上其他同学聪明", "我能按时完成老师布置的作业", "遇到难题时我相信自己能想出办法", "我常常找不到适合自己的学习方法", "只要努力我就能取得好成绩", "我会在考试前制订复习计划", "我担心自己学不会新知识", "不懂的问题我会主动问老师或同学", "我能理解老师讲的大部分内容", "我能控制自己不在上课时做小动作", "我觉得自己是一个学习能力强的人", "做作业时我很容易分心", "考试时我对自己有信心", "我会认真检查自己的作业", "我觉得学习对我来说太难了", "我能在课堂上积极回答问题", "我相信自己能赶上班里的好同学", "我会课前预习、课后复习", "学习新内容时我能很快掌握", "我能坚持完成有难度的学习任务"][i]} `;
  headers.push(...spec.map((item, i) => questionText(Number(item.number), i)));
  const row = (
    serial: number,
    child: (typeof children)[number],
    i: number,
    day: string,
    theta: number
  ): Cell[] => [
    serial,
    timestamp(day, 30 + i * 3),
    `${180 + Math.floor(uniform() * 200)}秒`,
    "微信",
    "N/A",
    ip(i),
    child.id,
    child.name,
    "四年级",
    phone(i),
    ...spec.map((item) => answer(theta, Boolean(item.reverse), itemNoise))
  ];
  const pre = children.map((c, i) => row(i + 1, c, i, "2023/03/06", c.pre));
  // Planted mess, pre: 小刚 submitted twice; the first, earlier submission is the one to drop.
  const first = row(8, children[2], 2, "2023/03/06", children[2].pre - 0.8);
  first[1] = timestamp("2023/03/06", 20);
  pre.splice(2, 0, first);
  pre.forEach((r, i) => (r[0] = i + 1));
  await write(
    join(ROOT, "q-school/raw/surveys/前测_问卷星_按序号.csv"),
    iconv.encode(csv([headers, ...pre]), "gb18030")
  );
  // Post: 小强 dropped out; 小军 typed 55 for one item (out of range); 小红 skipped one item (-3).
  const post = children.slice(0, 6).map((c, i) => row(i + 1, c, i, "2023/05/08", c.pre + c.gain));
  post[4][10 + 8] = 55;
  post[1][10 + 19] = -3;
  await xlsx(join(ROOT, "q-school/raw/surveys/后测_问卷星_按序号.xlsx"), [headers, ...post]);
}

// ——— p-street: 13 parents (one misses the post-test), parenting self-efficacy, by option text (matrix questions).
async function pStreet(): Promise<void> {
  const {uniform, normal} = rng(0);
  const spec = items("p-street");
  const labels = ["非常不同意", "比较不同意", "一般", "比较同意", "非常同意"];
  const stems: Record<string, string> = {
    4: "4、以下是关于亲子沟通和教育方法的描述，请根据您的实际情况选择",
    5: "5、以下是关于您作为家长的感受和支持的描述，请根据您的实际情况选择",
    6: "6、以下是关于获取学习资源的描述，请根据您的实际情况选择"
  };
  const headers = [
    ...WJX_META,
    "1、您的手机尾号后四位：",
    "2、您的姓名：",
    "3、您的手机号码：",
    ...spec.map((item) => `${stems[String(item.number)]}—${item.sub}`)
  ];
  // Seed 000: parents score below the theoretical midpoint at the start; support and resources lowest.
  const base: Record<string, number> = {
    communication: 2.7,
    methods: 2.5,
    self_evaluation: 2.4,
    support: 2.2,
    resources: 2.1
  };
  const gain: Record<string, number> = {
    communication: 0.8,
    methods: 0.9,
    self_evaluation: 0.7,
    support: 1.0,
    resources: 0.6
  };
  const surnames = "王李张刘陈杨黄赵吴周徐孙马".split("");
  const parents = surnames.map((surname, i) => ({
    id: String(1000 + Math.floor(uniform() * 9000)),
    name: `${surname}${i % 2 ? "女士" : "先生"}`,
    level: normal(0, 0.35)(),
    response: normal(0, 0.25)()
  }));
  const noise = normal(0, 0.55);
  const row = (
    serial: number,
    p: (typeof parents)[number],
    i: number,
    day: string,
    post: boolean
  ): Cell[] => [
    serial,
    timestamp(day, 40 + i * 4),
    `${240 + Math.floor(uniform() * 300)}秒`,
    "手机提交",
    "微信",
    ip(i + 20),
    p.id,
    p.name,
    phone(i + 20),
    ...spec.map(
      (item) =>
        labels[
          answer(
            base[item.subscale] + p.level + (post ? gain[item.subscale] + p.response : 0),
            Boolean(item.reverse),
            noise
          ) - 1
        ]
    )
  ];
  const pre = parents.map((p, i) => row(i + 1, p, i, "2023/09/02", false));
  // Planted mess, pre: one answer typed as 不好说, which is not an option of the scale.
  pre[7][9 + 10] = "不好说";
  await xlsx(join(ROOT, "p-street/raw/surveys/前测_问卷星_按文本.xlsx"), [headers, ...pre]);
  // Post: 马先生 (the 13th) missed the last session; 赵先生 submitted twice (the later one counts).
  const post = parents.slice(0, 12).map((p, i) => row(i + 1, p, i, "2023/11/04", true));
  const again = row(13, parents[7], 7, "2023/11/04", true);
  again[1] = timestamp("2023/11/04", 40 + 7 * 4 + 50);
  post.push(again);
  post[2][9 + 3] = "(跳过)";
  await write(join(ROOT, "p-street/raw/surveys/后测_问卷星_按文本.csv"), "\uFEFF" + csv([headers, ...post]));
}

// ——— z-village: 8 children + 8 parents, parallel communication scales; pre UTF-16 "Unicode text", post long CSV.
async function zVillage(): Promise<void> {
  const {normal} = rng(2);
  const spec = items("z-village");
  // Seed 002: children's perception of the migration is corrected; parents gain in skills (emotion, tone).
  const effects = {
    children: {cognition: 1.0, initiative: 0.8, frequency: 0.5, content: 0.7, skills: 0.4},
    parents: {cognition: 0.3, initiative: 0.6, frequency: 0.5, content: 0.8, skills: 1.0}
  } as Record<string, Record<string, number>>;
  const base = {cognition: 2.3, initiative: 2.2, frequency: 2.5, content: 2.1, skills: 2.4} as Record<
    string,
    number
  >;
  const people = ["children", "parents"].flatMap((group) =>
    Array.from({length: 8}, (_, i) => ({
      id: `Z-${group === "children" ? "C" : "P"}${String(i + 1).padStart(2, "0")}`,
      group,
      label: group === "children" ? "儿童组" : "家长组",
      name: group === "children" ? `留守儿童${i + 1}` : `家长${i + 1}`,
      level: normal(0, 0.3)(),
      response: normal(0, 0.2)()
    }))
  );
  const noise = normal(0, 0.5);
  const headers = ["编号", "组别", "姓名", "联系电话", ...spec.map((item) => String(item.number))];
  const pre: Cell[][] = people.map((p, i) => [
    p.id,
    p.label,
    p.name,
    phone(i + 40),
    ...spec.map((item) => answer(base[item.subscale] + p.level, Boolean(item.reverse), noise))
  ]);
  // Planted mess, pre: Z-P03's sheet entered twice; Z-C02 has a 0 (out of range).
  pre.push([...pre[10]]);
  pre[1][4 + 4] = 0;
  const text = csv([headers, ...pre], "\t");
  await write(
    join(ROOT, "z-village/raw/surveys/pretest_unicode.txt"),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])
  );
  // Post, long: Z-C08 moved away; Z-P05's pcc18 was corrected by a second line (the later line counts).
  const long: Cell[][] = [["编号", "组别", "题目", "得分"]];
  for (const p of people) {
    if (p.id === "Z-C08") continue;
    for (const item of spec) {
      const theta = base[item.subscale] + p.level + effects[p.group][item.subscale] + p.response;
      long.push([p.id, p.label, item.id, answer(theta, Boolean(item.reverse), noise)]);
    }
  }
  long.push(["Z-P05", "家长组", "pcc18", 4]);
  await write(join(ROOT, "z-village/raw/surveys/posttest_long.csv"), csv(long));
}

await qSchool();
await pStreet();
await zVillage();
console.error("demo studies written under data/studies/*/raw");
