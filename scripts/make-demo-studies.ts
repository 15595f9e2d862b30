// Writes the raw exports of the three demo studies (synthetic, seeded: the same files every run).
// Each file is in a format users really bring, with the mess real exports have; test/demo-studies.test.ts
// asserts the ingest report against the mess planted here.
import {mkdir, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {randomLcg, randomNormal} from "d3";
import ExcelJS from "exceljs";
import {strToU8, unzipSync, zipSync} from "fflate";
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
  // ExcelJS stamps zip entries with the current time; re-zip with a fixed one so the bytes are stable.
  const entries = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const mtime = new Date(Date.UTC(2024, 0, 1));
  await write(
    path,
    zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, {mtime}]])))
  );
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
async function qSchool(): Promise<string[]> {
  const {uniform, normal} = rng(11);
  const spec = items("q-school");
  const names = ["小明", "小红", "小刚", "小丽", "小军", "小芳", "小强"];
  const children = names.map((name, i) => ({
    id: `20210${301 + i}`,
    name,
    pre: 2.3 + normal(0, 0.6)(),
    gain: 0.9 + normal(0, 0.3)() // the intervention effect of seed 001: both subscales rise
  }));
  const itemNoise = normal(0, 0.4);
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
  return children.map((c) => c.id);
}

// ——— p-street: 13 parents (one misses the post-test), parenting self-efficacy, by option text (matrix questions).
async function pStreet(): Promise<string[]> {
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
    level: normal(0, 0.45)(),
    response: normal(0, 0.25)()
  }));
  const noise = normal(0, 0.45);
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
  return parents.map((p) => p.id);
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
      level: normal(0, 0.45)(),
      response: normal(0, 0.2)()
    }))
  );
  const noise = normal(0, 0.45);
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

// ——— Coded interviews (synthetic). Each study's coding export is in a format users bring: a REFI-QDA project
// (q-school), a Taguette highlights CSV (p-street) and a hand-made coding table (z-village). Texts are written
// for the demo after the seeds' findings; they are not real interviews.

const SYNTHETIC_NOTE = "【合成演示访谈，非真实个案 · Synthetic demo interview, not a real case】";

/** A bank of answers: the codes an answer carries, the question before it, and its wordings. */
interface Answer {
  codes: string[];
  question: string;
  variants: string[];
}

/** Picks `n` distinct entries of `bank` with `uniform`, keeping the bank's order. */
function pick<T>(bank: readonly T[], n: number, uniform: () => number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, bank.length)) chosen.add(Math.floor(uniform() * bank.length));
  return [...chosen].sort((a, b) => a - b).map((i) => bank[i]!);
}

const variant = (answer: Answer, uniform: () => number) =>
  answer.variants[Math.floor(uniform() * answer.variants.length)]!;

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A zip with fixed timestamps, so the archive's bytes are the same every run. */
function zipFixed(files: Record<string, string>): Uint8Array {
  const mtime = new Date(Date.UTC(2024, 0, 1));
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), {mtime}]]))
  );
}

// q-school: a REFI-QDA project. Children are cases carrying a `participant` variable (the 学号), so study.yaml
// only maps document names to roles and waves; the class teacher's interview is one document whose passages
// are linked to each child's case. The supervisor double-coded some documents, so κ per code is computable.
const Q_CODEBOOK: {theme: string; en: string; color: string; codes: [string, string][]}[] = [
  {
    theme: "学习自信",
    en: "Confidence in learning",
    color: "#0072B2",
    codes: [
      ["相信自己能学好", "believes they can learn"],
      ["自我否定", "self-doubt"],
      ["敢于提问", "dares to ask and answer"]
    ]
  },
  {
    theme: "学习行为",
    en: "Study behaviour",
    color: "#E69F00",
    codes: [
      ["专心听讲", "attentive in class"],
      ["按时完成作业", "homework on time"],
      ["掌握学习方法", "has study methods"],
      ["缺乏学习方法", "lacks study methods"]
    ]
  },
  {
    theme: "同伴互助",
    en: "Peer support",
    color: "#009E73",
    codes: [
      ["互相帮助", "help each other"],
      ["交到朋友", "made friends"]
    ]
  },
  {
    theme: "家庭支持",
    en: "Family support",
    color: "#CC79A7",
    codes: [
      ["家长陪伴学习", "parent accompanies study"],
      ["缺少辅导", "no one to help with homework"]
    ]
  },
  {theme: "小组体验", en: "Group experience", color: "#56B4E9", codes: [["喜欢小组活动", "enjoys the group"]]}
];

const Q_MEMBER_PRE: Answer[] = [
  {
    codes: ["自我否定"],
    question: "你觉得自己学习怎么样？",
    variants: [
      "我觉得自己比别人笨，怎么学都学不会。",
      "我成绩不好，老师肯定不喜欢我。",
      "数学太难了，我肯定考不好。"
    ]
  },
  {
    codes: ["自我否定"],
    question: "上课老师提问的时候你会举手吗？",
    variants: ["我不敢举手，怕说错了同学笑我。", "我从来不举手，不会的也不敢问老师。"]
  },
  {
    codes: ["缺乏学习方法"],
    question: "考试前你是怎么复习的？",
    variants: ["我不知道怎么复习，就是一遍一遍地抄。", "背课文我总是背不下来，不知道有什么办法。"]
  },
  {
    codes: ["缺少辅导"],
    question: "回家以后谁帮你看作业？",
    variants: ["爸妈在工地上班，很晚才回来，没人教我写作业。", "家里人看不懂我的作业，只能靠我自己。"]
  },
  {
    codes: ["互相帮助"],
    question: "在班上有同学帮你吗？",
    variants: ["有时候同桌会借我笔记看。"]
  }
];

const Q_MEMBER_POST: Answer[] = [
  {
    codes: ["相信自己能学好"],
    question: "参加小组以后，你觉得自己有什么变化？",
    variants: ["我觉得只要努力，我也能学好数学。", "这次单元测验我考了八十多分，我相信自己能学好。"]
  },
  {
    codes: ["敢于提问"],
    question: "现在上课的时候呢？",
    variants: ["现在老师提问我敢举手了，说错了也没关系。", "不会的题我会下课去问老师。"]
  },
  {
    codes: ["掌握学习方法", "相信自己能学好"],
    question: "小组里学到的东西你用上了吗？",
    variants: [
      "小组里学了做错题本，我现在把错题都抄下来，考试心里有底了。",
      "我学会了先预习，上课就听得懂了，觉得自己也挺行的。"
    ]
  },
  {
    codes: ["专心听讲"],
    question: "上课能专心吗？",
    variants: ["上课我能认真听老师讲了，不再做小动作。", "以前上课老走神，现在能坚持听完一节课。"]
  },
  {
    codes: ["按时完成作业"],
    question: "作业呢？",
    variants: ["我每天回家先写作业再看电视。", "作业我都能按时交了。"]
  },
  {
    codes: ["交到朋友", "喜欢小组活动"],
    question: "小组里你最喜欢什么？",
    variants: [
      "最喜欢“你能行我也能行”那次活动，我在小组里交到了好朋友。",
      "我喜欢小组，以前下课没人跟我玩，现在有朋友了。"
    ]
  },
  {
    codes: ["互相帮助"],
    question: "你和组里的同学会互相帮忙吗？",
    variants: ["同桌不会的题我会教他，他也教我英语。", "小组里的伙伴会提醒我带作业本。"]
  }
];

const Q_PARENT: Answer[] = [
  {
    codes: ["家长陪伴学习"],
    question: "孩子参加小组以后，家里有什么变化？",
    variants: ["我们现在每天晚上抽半小时陪他写作业。", "他爸爸下班早的时候会检查他的作业。"]
  },
  {
    codes: ["相信自己能学好"],
    question: "您觉得孩子自己有变化吗？",
    variants: ["孩子回家说他在学校能行，比以前自信多了。", "他说老师表扬他了，回来很高兴，说要考得更好。"]
  },
  {
    codes: ["按时完成作业"],
    question: "写作业的情况呢？",
    variants: ["作业基本不用催了，回家就自己写。"]
  },
  {
    codes: ["缺少辅导"],
    question: "辅导作业方面有困难吗？",
    variants: ["我们文化水平不高，题目难了也帮不上忙。", "我们俩都上夜班，还是顾不上他的学习。"]
  }
];

const Q_TEACHER: Answer[] = [
  {codes: ["专心听讲"], question: "", variants: ["这学期上课听讲专注多了，很少做小动作。"]},
  {codes: ["敢于提问"], question: "", variants: ["课堂上开始主动举手回答问题了。"]},
  {codes: ["互相帮助", "交到朋友"], question: "", variants: ["会帮同桌讲题，和同学的关系也好了。"]},
  {codes: ["按时完成作业"], question: "", variants: ["作业上交率明显提高了。"]},
  {codes: ["缺乏学习方法"], question: "", variants: ["学习方法还需要加强，成绩提升还不稳定。"]}
];

const Q_WORKER: Answer[] = [
  {
    codes: ["喜欢小组活动"],
    question: "",
    variants: ["第四节“我能管住我自己”活动中，组员参与积极，能遵守小组规则。"]
  },
  {codes: ["互相帮助"], question: "", variants: ["学习互助环节，组员两两结对讲解错题，气氛融洽。"]},
  {codes: ["敢于提问"], question: "", variants: ["分享环节原先沉默的组员也愿意发言了。"]}
];

interface RefiCoding {
  codes: string[];
  user: string;
  /** Trim the selection's end by this many code points (a second coder rarely selects exactly the same). */
  trim?: number;
}

interface RefiTurn {
  speaker: string;
  text: string;
  codings: RefiCoding[];
  /** Case the selection belongs to (the teacher speaking about one child). */
  case?: string;
}

interface RefiSource {
  name: string;
  turns: RefiTurn[];
  /** Case the whole document belongs to. */
  case?: string;
}

async function qSchoolCoding(ids: string[]): Promise<void> {
  const {uniform} = rng(11);
  const aliases = "ABCDEFG".split("");
  const users = {worker: "社工 王敏", supervisor: "督导 李老师"};
  const others = (code: string) =>
    Q_CODEBOOK.find((t) => t.codes.some(([c]) => c === code))!
      .codes.map(([c]) => c)
      .filter((c) => c !== code);
  /** The supervisor's coding of a passage: mostly the same codes, sometimes a neighbour in the theme, sometimes none. */
  const second = (codes: string[]): RefiCoding[] => {
    const u = uniform();
    if (u < 0.12) return [];
    const chosen = u < 0.25 ? codes.map((c) => others(c)[0] ?? c) : codes;
    return [{codes: chosen, user: users.supervisor, trim: uniform() < 0.5 ? 1 : 0}];
  };
  const sources: RefiSource[] = [];
  const doubleCoded = new Set([
    "组员访谈（后测）-A",
    "组员访谈（后测）-B",
    "组员访谈（后测）-C",
    "班主任访谈（后测）"
  ]);
  const interview = (name: string, speaker: string, bank: Answer[], n: number, child: number) => {
    const turns: RefiTurn[] = [{speaker: "访谈员", text: "我们随便聊聊，你想到什么就说什么。", codings: []}];
    for (const answer of pick(bank, n, uniform)) {
      const codings: RefiCoding[] = [{codes: answer.codes, user: users.worker}];
      if (doubleCoded.has(name)) codings.push(...second(answer.codes));
      turns.push({speaker: "访谈员", text: answer.question, codings: []});
      turns.push({speaker, text: variant(answer, uniform), codings});
    }
    sources.push({name, turns, case: aliases[child]});
  };
  ids.forEach((_, i) => interview(`组员访谈（前测）-${aliases[i]}`, "组员", Q_MEMBER_PRE, 3, i));
  // The seventh child left the group before the post-test: no post interview, no parent interview.
  ids.slice(0, 6).forEach((_, i) => interview(`组员访谈（后测）-${aliases[i]}`, "组员", Q_MEMBER_POST, 4, i));
  ids.slice(0, 6).forEach((_, i) => interview(`家长访谈（后测）-${aliases[i]}`, "家长", Q_PARENT, 2, i));
  const teacher: RefiTurn[] = [{speaker: "访谈员", text: "请您谈谈小组成员这学期的变化。", codings: []}];
  ids.slice(0, 6).forEach((_, i) => {
    for (const answer of pick(Q_TEACHER, 2, uniform)) {
      const codings: RefiCoding[] = [{codes: answer.codes, user: users.worker}, ...second(answer.codes)];
      teacher.push({
        speaker: "班主任",
        text: `${aliases[i]}同学${variant(answer, uniform)}`,
        codings,
        case: aliases[i]
      });
    }
  });
  sources.push({name: "班主任访谈（后测）", turns: teacher});
  sources.push({
    name: "社工观察记录（第4节）",
    turns: Q_WORKER.map((a) => ({
      speaker: "记录",
      text: variant(a, uniform),
      codings: [{codes: a.codes, user: users.worker}]
    }))
  });

  let counter = 0;
  const guid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`;
  const userGuid = {[users.worker]: guid(), [users.supervisor]: guid()};
  const codeGuid = new Map<string, string>();
  const codebook = Q_CODEBOOK.map((theme) => {
    const themeGuid = guid();
    const children = theme.codes.map(([code, en]) => {
      codeGuid.set(code, guid());
      return `<Code guid="${codeGuid.get(code)}" name="${escapeXml(code)}" isCodable="true" color="${theme.color}"><Description>${escapeXml(`${code}（${en}）`)}</Description></Code>`;
    });
    return `<Code guid="${themeGuid}" name="${escapeXml(theme.theme)}" isCodable="false" color="${theme.color}"><Description>${escapeXml(`${theme.theme}（${theme.en}）`)}</Description>${children.join("")}</Code>`;
  });
  const participantVariable = guid();
  const caseSources = new Map<string, string[]>();
  const caseSelections = new Map<string, string[]>();
  const files: Record<string, string> = {};
  const sourceXml = sources.map((source) => {
    const sourceGuid = guid();
    if (source.case) caseSources.set(source.case, [...(caseSources.get(source.case) ?? []), sourceGuid]);
    let text = SYNTHETIC_NOTE + "\n";
    const selections: string[] = [];
    for (const turn of source.turns) {
      const start = Array.from(text).length + Array.from(`${turn.speaker}：`).length;
      text += `${turn.speaker}：${turn.text}\n`;
      const end = start + Array.from(turn.text).length;
      for (const coding of turn.codings) {
        const selection = guid();
        if (turn.case) caseSelections.set(turn.case, [...(caseSelections.get(turn.case) ?? []), selection]);
        const codings = coding.codes
          .map(
            (code) =>
              `<Coding guid="${guid()}" creatingUser="${userGuid[coding.user]}"><CodeRef targetGUID="${codeGuid.get(code)}"/></Coding>`
          )
          .join("");
        selections.push(
          `<PlainTextSelection guid="${selection}" startPosition="${start}" endPosition="${end - (coding.trim ?? 0)}" creatingUser="${userGuid[coding.user]}">${codings}</PlainTextSelection>`
        );
      }
    }
    files[`sources/${sourceGuid}.txt`] = text;
    return `<TextSource guid="${sourceGuid}" name="${escapeXml(source.name)}" plainTextPath="internal://${sourceGuid}.txt">${selections.join("\n")}</TextSource>`;
  });
  const cases = ids.map((id, i) => {
    const refs = [
      ...(caseSources.get(aliases[i]!) ?? []).map((g) => `<SourceRef targetGUID="${g}"/>`),
      ...(caseSelections.get(aliases[i]!) ?? []).map((g) => `<SelectionRef targetGUID="${g}"/>`)
    ];
    return `<Case guid="${guid()}" name="组员${aliases[i]}"><VariableValue><VariableRef targetGUID="${participantVariable}"/><TextValue>${id}</TextValue></VariableValue>${refs.join("")}</Case>`;
  });
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Q小学学业自我效能感小组访谈（合成演示数据）" origin="Evalbook demo (synthetic)">
<Users><User guid="${userGuid[users.worker]}" name="${users.worker}"/><User guid="${userGuid[users.supervisor]}" name="${users.supervisor}"/></Users>
<CodeBook><Codes>
${codebook.join("\n")}
</Codes></CodeBook>
<Variables><Variable guid="${participantVariable}" name="participant" typeOfVariable="Text"/></Variables>
<Cases>
${cases.join("\n")}
</Cases>
<Sources>
${sourceXml.join("\n")}
</Sources>
</Project>
`;
  await write(join(ROOT, "q-school/raw/coding/访谈编码.qdpx"), zipFixed({"project.qde": qde, ...files}));
}

// p-street: Taguette highlights (one row per highlight × tag; tags `theme.code`). Taguette has no variables, so
// study.yaml maps each document to a parent; one document (a phone follow-up) is missing from study.yaml.
const P_PRE: Answer[] = [
  {
    codes: ["亲子沟通.沟通困难"],
    question: "",
    variants: ["孩子回家就关上门，问他什么都说“没事”。", "一说学习他就跟我顶嘴，说不了两句就吵起来。"]
  },
  {
    codes: ["教育方法.缺乏方法"],
    question: "",
    variants: ["他不听话我就只能打，打完了也不管用。", "我不知道怎么让他自己主动学习。"]
  },
  {
    codes: ["自我评价.自我否定"],
    question: "",
    variants: ["我自己只读到初中，觉得教不好孩子。", "总觉得自己不是一个好家长，亏欠孩子。"]
  },
  {
    codes: ["家长支持.缺少支持"],
    question: "",
    variants: ["刚来这边，身边没有可以商量的人。", "孩子爷爷奶奶都在老家，什么事都得自己扛。"]
  },
  {
    codes: ["学习资源.缺少时间", "自我评价.自我否定"],
    question: "",
    variants: ["每天在厂里上十二个小时班，哪有时间去了解这些，想想也觉得对不起孩子。"]
  }
];
const P_POST: Answer[] = [
  {
    codes: ["亲子沟通.耐心倾听"],
    question: "",
    variants: ["现在我会先听他把话说完，再说我的意见。", "孩子愿意跟我讲学校里的事了，我也不急着批评。"]
  },
  {
    codes: ["教育方法.正面管教"],
    question: "",
    variants: ["学了用表扬代替打骂，他做对了我就夸他。", "我们一起定了家里的规矩，写在纸上贴在墙上。"]
  },
  {
    codes: ["自我评价.教育自信"],
    question: "",
    variants: ["我觉得自己也能当好家长，不是非得文化高。", "遇到问题我现在知道怎么处理了，心里有底。"]
  },
  {
    codes: ["家长支持.同伴家长支持", "自我评价.教育自信"],
    question: "",
    variants: ["小组里的几个妈妈建了群，有事就在群里问，大家一起想办法，我也没那么慌了。"]
  },
  {
    codes: ["学习资源.获取资源"],
    question: "",
    variants: ["社工告诉我们社区图书室周末开放，我带孩子去过两次。", "现在会在手机上看家庭教育的课。"]
  }
];
const P_WORKER: Answer[] = [
  {
    codes: ["家长支持.同伴家长支持"],
    question: "",
    variants: ["第五节中家长们主动分享育儿经验，互留联系方式。"]
  },
  {codes: ["教育方法.正面管教"], question: "", variants: ["角色扮演环节，家长练习用鼓励的语言回应孩子。"]}
];

async function pStreetCoding(ids: string[]): Promise<void> {
  const {uniform} = rng(12);
  const rows: string[][] = [["id", "document", "tag", "content"]];
  let highlight = 0;
  const add = (document: string, answers: Answer[]) => {
    for (const answer of answers) {
      const content = variant(answer, uniform);
      highlight++;
      for (const tag of answer.codes) rows.push([String(highlight), document, tag, content]);
    }
  };
  // Parents 1–5 at both waves; the 13th (who missed the post-test) only before; a follow-up call nobody mapped.
  const interviewed = [0, 1, 2, 3, 4];
  for (const i of interviewed)
    add(`家长访谈-前测-${String(i + 1).padStart(2, "0")}`, pick(P_PRE, 3, uniform));
  add("家长访谈-前测-13", pick(P_PRE, 2, uniform));
  for (const i of interviewed)
    add(`家长访谈-后测-${String(i + 1).padStart(2, "0")}`, pick(P_POST, 3, uniform));
  add("小组过程记录-第5节", P_WORKER);
  add("电话回访-06", pick(P_POST, 2, uniform));
  // One untagged highlight, as Taguette exports it (empty tag): the reader leaves it out with a warning.
  rows.push([String(++highlight), "小组过程记录-第5节", "", "签到 11 人。"]);
  await write(join(ROOT, "p-street/raw/coding/taguette_highlights.csv"), csv(rows));
  checkMapping("p-street", ids);
}

/** The participants study.yaml maps coding documents to must be survey participants (demo consistency). */
function checkMapping(study: string, ids: string[]): void {
  const yaml = parse(readFileSync(join(ROOT, study, "study.yaml"), "utf8"));
  for (const source of yaml.sources?.coding ?? [])
    for (const rule of source.documents ?? [])
      if (rule.participant !== undefined && !ids.includes(String(rule.participant)))
        throw new Error(
          `${study}/study.yaml maps ${rule.document} to ${rule.participant}, not a survey id (${ids})`
        );
}

// z-village: a hand-made coding table (XLSX) as social workers keep it: Chinese headers, roles and waves in
// words, one coder. Planted mess: one id typed with a letter O (no questionnaire matches it).
const Z_CHILD_PRE: Answer[] = [
  {
    codes: ["对父母外出的认知", "埋怨父母"],
    question: "",
    variants: ["爸爸妈妈出去打工就是不要我了。", "别人的爸妈都在家，就我的不在。"]
  },
  {
    codes: ["沟通主动性", "等对方开口"],
    question: "",
    variants: ["打视频的时候都是妈妈先说话，我不知道说什么。", "我不会主动打电话，都是他们打过来。"]
  },
  {
    codes: ["沟通内容", "只谈学习和吃饭"],
    question: "",
    variants: ["每次就问我考了多少分、吃饭了没有。", "说来说去就是要听奶奶的话。"]
  },
  {codes: ["情绪控制", "发脾气"], question: "", variants: ["他们说我两句我就挂电话。"]}
];
const Z_CHILD_POST: Answer[] = [
  {
    codes: ["对父母外出的认知", "理解父母外出"],
    question: "",
    variants: ["我知道爸爸在外面很辛苦，是为了挣钱给我读书。", "妈妈在厂里站一整天，我现在能理解她了。"]
  },
  {
    codes: ["沟通主动性", "主动联系"],
    question: "",
    variants: ["考试考好了我第一个给妈妈打电话。", "周末我会主动给爸爸发视频。"]
  },
  {
    codes: ["沟通内容", "聊生活和心情"],
    question: "",
    variants: ["我跟妈妈讲了班上好玩的事，她也跟我说厂里的事。", "我会告诉爸爸我今天不开心的事。"]
  },
  {codes: ["情绪控制", "语气温和"], question: "", variants: ["现在生气了我会先不说话，过一会儿再跟他们说。"]}
];
const Z_PARENT_PRE: Answer[] = [
  {
    codes: ["情绪控制", "发脾气"],
    question: "",
    variants: ["孩子不听话我在电话里就骂他。", "一听说成绩下降我就忍不住发火。"]
  },
  {
    codes: ["沟通内容", "只谈学习和吃饭"],
    question: "",
    variants: ["打电话就问作业写完没有。", "也不知道跟孩子聊什么，就问吃饱没有。"]
  },
  {codes: ["沟通主动性", "等对方开口"], question: "", variants: ["太忙了，一般都是孩子奶奶打给我。"]}
];
const Z_PARENT_POST: Answer[] = [
  {
    codes: ["情绪控制", "语气温和"],
    question: "",
    variants: ["现在我会先深呼吸，语气放软一点再说。", "孩子犯错我先问原因，不再一上来就骂。"]
  },
  {
    codes: ["沟通内容", "聊生活和心情"],
    question: "",
    variants: ["我会问他最近和同学玩得怎么样、开不开心。", "我跟孩子说了我在工地上的事，他听得很认真。"]
  },
  {codes: ["沟通主动性", "主动联系"], question: "", variants: ["我和孩子约好每周三、周六晚上视频。"]},
  {
    codes: ["对父母外出的认知", "理解父母外出"],
    question: "",
    variants: ["我跟孩子讲清楚了为什么出来打工，他说能理解。"]
  }
];

async function zVillageCoding(): Promise<void> {
  const {uniform} = rng(13);
  const rows: Cell[][] = [["受访者编号", "角色", "阶段", "主题", "编码", "访谈原文", "编码者", "备注"]];
  const add = (id: string, role: string, wave: string, answers: Answer[]) => {
    for (const answer of answers) {
      const [theme, code] = answer.codes;
      rows.push([id, role, wave, theme!, code!, variant(answer, uniform), "社工 陈静", "合成演示数据"]);
    }
  };
  for (let i = 1; i <= 8; i++) {
    const child = `Z-C${String(i).padStart(2, "0")}`;
    const parent = `Z-P${String(i).padStart(2, "0")}`;
    add(i === 3 ? "Z-CO3" : child, "儿童", "前测", pick(Z_CHILD_PRE, 2, uniform));
    if (i !== 8) add(child, "儿童", "后测", pick(Z_CHILD_POST, 3, uniform)); // Z-C08 moved away
    add(parent, "家长", "前测", pick(Z_PARENT_PRE, 2, uniform));
    add(parent, "家长", "后测", pick(Z_PARENT_POST, 2, uniform));
  }
  await xlsx(join(ROOT, "z-village/raw/coding/访谈编码表.xlsx"), rows);
}

await qSchoolCoding(await qSchool());
await pStreetCoding(await pStreet());
await zVillage();
await zVillageCoding();
console.error("demo studies written under data/studies/*/raw");
