// The published build's Parquet files hold only what its pages may show (loaders/publish/reduce.ts).
import {cp, mkdtemp, readFile, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {ingestStudy} from "../../loaders/ingest/ingest.js";
import {readSource} from "../../loaders/ingest/read-source.js";
import {readParquet} from "../../src/lib/parquet.js";
import {HIDDEN_ANSWER, publishedAnswerCounts, type AnswerCount} from "../../src/lib/hidden-answers.js";
import {INDIVIDUAL_LIMIT} from "../../src/lib/suppress.js";
import {generateStudy} from "../../bench/ingest/generate.js";

type Row = Record<string, unknown>;

/**
 * z-village with `publish.min_cell: k`: 8 children at pre, 7 at post, 8 parents at each wave; interviews with
 * 9 members and 8 parents.
 */
async function ingestZVillage(published: boolean, k = 8): Promise<Reader> {
  const root = await mkdtemp(join(tmpdir(), "evalbook-reduce-"));
  const dir = join(root, "z-village");
  await cp("data/studies/z-village", dir, {recursive: true, filter: (p) => !p.endsWith("/out")});
  const yaml = join(dir, "study.yaml");
  await writeFile(yaml, (await readFile(yaml, "utf8")).replace("min_cell: 3", `min_cell: ${k}`));
  vi.stubEnv("EVALBOOK_PUBLISH", published ? "1" : "");
  try {
    await ingestStudy(dir, {out: join(root, "out"), key: "test-key", read: readSource});
  } finally {
    vi.unstubAllEnvs();
  }
  const table = async (name: string) => {
    const bytes = await readFile(join(root, "out", `${name}.parquet`));
    return readParquet(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    );
  };
  const rows = async (name: string) =>
    // study.json's size, as the one row of "study"
    name === "study"
      ? [JSON.parse(await readFile(join(root, "out", "study.json"), "utf8")).size]
      : ((await table(name)).rows as Row[]);
  return Object.assign(rows, {columns: async (name: string) => (await table(name)).columns});
}

/** A table's rows by name ("study": study.json's size), and its columns. */
type Reader = ((name: string) => Promise<Row[]>) & {
  columns: (name: string) => Promise<Record<string, string>>;
};

const units = (rows: Row[]) => [...new Set(rows.map((r) => `${r.group}/${r.wave}`))].sort();

describe("the published build's tables", () => {
  let published: Reader;
  let local: Reader;
  beforeAll(async () => {
    published = await ingestZVillage(true);
    local = await ingestZVillage(false);
  }, 120_000);
  afterAll(() => vi.unstubAllEnvs());

  it("hold no per-participant rows of a group × wave below min_cell", async () => {
    expect(units(await local("scores"))).toEqual([
      "children/post",
      "children/pre",
      "parents/post",
      "parents/pre"
    ]);
    expect(units(await published("scores"))).toEqual(["children/pre", "parents/post", "parents/pre"]);
    expect(units(await published("distributions"))).toEqual(["children/pre", "parents/post", "parents/pre"]);
    const kept = (await local("scores")).filter((r) => r.group !== "children" || r.wave !== "post");
    expect(await published("scores")).toEqual(kept);
  });

  it("never hold item answers, even when the study publishes individuals (the columns stay)", async () => {
    expect((await published("study"))[0]).toMatchObject({individuals: true});
    expect((await local("responses")).length).toBeGreaterThan(0);
    expect(await published("responses")).toEqual([]);
    expect(await published.columns("responses")).toEqual(await local.columns("responses"));
  });

  it("hold no answer count from 1 to min_cell − 1: the distributions page's hidden answers, merged as it draws them", async () => {
    const counts = (await published("distributions")) as unknown as AnswerCount[];
    const shownUnits = new Set(units(counts));
    const before = ((await local("distributions")) as unknown as AnswerCount[]).filter((c) =>
      shownUnits.has(`${c.group}/${c.wave}`)
    );
    expect(counts).toEqual(publishedAnswerCounts(before, {published: true, min_cell: 8, excerpts: false}));
    expect(counts.filter((c) => c.value !== HIDDEN_ANSWER && c.n < 8)).toEqual([]);
    // Some answers are hidden, and each item × wave × group keeps its n.
    expect(counts.some((c) => c.value === HIDDEN_ANSWER)).toBe(true);
    const total = (rows: AnswerCount[]) => {
      const sums = new Map<string, number>();
      for (const c of rows)
        sums.set(`${c.item}/${c.wave}/${c.group}`, (sums.get(`${c.item}/${c.wave}/${c.group}`) ?? 0) + c.n);
      return sums;
    };
    expect(total(counts)).toEqual(total(before));
  });

  it("hide study.json's design counts as the overview does: small ones, one beside them, and their total", async () => {
    const design = [
      {group: "all", waves: {post: 15, pre: 16}, matched: 15},
      {group: "children", waves: {post: 7, pre: 8}, matched: 7},
      {group: "parents", waves: {post: 8, pre: 8}, matched: 8}
    ];
    expect(await local("study")).toEqual([{participants: 16, design, individuals: true}]);
    // children post 7 < 8; parents post 8 with it (their total would give 7 away); the total of post too.
    expect(await published("study")).toEqual([
      {
        participants: 16,
        individuals: true,
        design: [
          {group: "all", waves: {post: null, pre: 16}, matched: null},
          {group: "children", waves: {post: null, pre: 8}, matched: null},
          {group: "parents", waves: {post: null, pre: 8}, matched: null}
        ]
      }
    ]);
  });

  it("hold change rows only for groups whose pairs reach min_cell", async () => {
    const groups = (rows: Row[]) => [...new Set(rows.map((r) => r.group))].sort();
    expect(groups(await local("change"))).toEqual(["children", "parents"]);
    expect(groups(await published("change"))).toEqual(["parents"]);
  });

  it("keep only the cell of a small comparison, and hide the pooled row beside it", async () => {
    const before = await local("comparisons");
    const after = await published("comparisons");
    expect(after.map((r) => [r.subscale, r.group])).toEqual(before.map((r) => [r.subscale, r.group]));
    const cell = ["instrument", "subscale", "group", "wave_from", "wave_to", "suppressed"];
    for (const [i, row] of after.entries()) {
      const small = Number(before[i]!.n) < 8;
      const pooled =
        row.group === "all" &&
        before.some((r) => r.subscale === row.subscale && r.group !== "all" && Number(r.n) < 8);
      expect(row.suppressed).toBe(small ? "small" : pooled ? "complementary" : null);
      if (row.suppressed) {
        const left = Object.entries(row).filter(([key, value]) => !cell.includes(key) && value !== null);
        expect(left).toEqual([]);
      } else expect(row).toEqual({...before[i], suppressed: null});
    }
    expect(after.some((r) => r.suppressed === "complementary")).toBe(true);
    for (const row of await published("between_groups"))
      if (row.suppressed)
        expect([row.n_x, row.mean_x, row.g, row.p_t, row.guardrails]).toEqual([null, null, null, null, null]);
    for (const row of await published("one_sample"))
      if (row.suppressed) expect([row.n, row.mean, row.midpoint]).toEqual([null, null, null]);
  });

  it("keep reliable-change counts only where the change page shows them", async () => {
    const before = await local("change_counts");
    const after = await published("change_counts");
    expect(after.map((r) => [r.subscale, r.group])).toEqual(before.map((r) => [r.subscale, r.group]));
    const categories = ["improved", "unchanged", "deteriorated"];
    for (const [i, row] of after.entries()) {
      const counts = categories.map((c) => Number(before[i]![c]));
      const shown = categories.map((c) => row[c]);
      if (row.suppressed) expect([row.n, ...shown]).toEqual([null, null, null, null]);
      else {
        // A small count is hidden, a zero never, and never one count alone (n minus the others would tell it).
        counts.forEach((n, j) => {
          if (n >= 1 && n < 8) expect(shown[j]).toBeNull();
          if (n === 0) expect(shown[j]).toBe(0);
          if (shown[j] !== null) expect(shown[j]).toBe(n);
        });
        expect(shown.filter((x) => x === null).length).not.toBe(1);
      }
    }
    expect(after.some((r) => Number(r.n) >= 8 && r.improved === null)).toBe(true);
  });

  it("keep every coded segment, without participant or text for roles below min_cell", async () => {
    const before = await local("segments");
    const after = await (await ingestZVillage(true, 9))("segments");
    expect(after.map((r) => [r.theme, r.code, r.role])).toEqual(before.map((r) => [r.theme, r.code, r.role]));
    const people = (rows: Row[], role: unknown) =>
      new Set(rows.filter((r) => r.role === role && r.participant !== null).map((r) => r.participant)).size;
    for (const role of new Set(before.map((r) => r.role))) {
      const n = people(before, role);
      expect(people(after, role)).toBe(n >= 9 ? n : 0);
      const texts = (rows: Row[]) => rows.filter((r) => r.role === role && r.excerpt !== null).length;
      expect(texts(after) > 0).toBe(n >= 9);
    }
  });
});

describe("the published build of a study above the individual-display limit", () => {
  it("holds no per-participant rows, and every result table its pages read", async () => {
    const dir = await mkdtemp(join(tmpdir(), "evalbook-large-"));
    await generateStudy(join(dir, "study"), {rows: 2 * (INDIVIDUAL_LIMIT + 100)});
    const rows = async (name: string) => {
      const bytes = await readFile(join(dir, "out", `${name}.parquet`));
      return (
        await readParquet(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
        )
      ).rows;
    };
    vi.stubEnv("EVALBOOK_PUBLISH", "1");
    try {
      await ingestStudy(join(dir, "study"), {out: join(dir, "out"), key: "test-key", read: readSource});
    } finally {
      vi.unstubAllEnvs();
    }
    for (const name of ["scores", "responses", "change"]) expect(await rows(name)).toEqual([]);
    for (const name of ["comparisons", "one_sample", "reliability", "change_counts", "distributions"])
      expect((await rows(name)).length).toBeGreaterThan(0);
    const size = JSON.parse(await readFile(join(dir, "out", "study.json"), "utf8")).size;
    expect(size.participants).toBeGreaterThan(INDIVIDUAL_LIMIT);
  }, 60_000);
});
