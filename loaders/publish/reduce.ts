// The published build's tables hold no more than its pages may show: the suppression the pages apply on screen is
// applied to the files too, so a reviewer who downloads a Parquet file from dist/ learns nothing the page hid.
import {existsSync} from "node:fs";
import {rename} from "node:fs/promises";
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import {copyToParquet, loadTable, type ColumnType} from "../write/parquet.js";
import {publishedAnswerCounts, type AnswerCount} from "../../src/lib/hidden-answers.js";
import {publishedChangeCounts, type ChangeCount} from "../../src/lib/results/change-counts.js";
import {showsIndividuals, suppress, type PublishPolicy} from "../../src/lib/suppress.js";
import type {StudySize} from "../../src/lib/types.js";
import type {Study} from "../study/schema.js";
import {distinctValues, fileLabels, neutralLabels, relabel} from "./labels.js";

/** study.json's size in this build: whether the per-participant tables hold rows is always said. */
type PublishedSize = StudySize & {individuals: boolean};

/** Per-participant tables and the columns that make one unit whose size must reach `min_cell`. */
const PER_PERSON: Record<string, readonly string[]> = {
  scores: ["group", "wave"],
  change: ["group", "instrument", "subscale", "wave_from", "wave_to"]
};

/**
 * Result tables: the counts whose smallness hides a row, and the columns that make one cell across groups (the
 * rows of one partition differ only in their group, and the "all" row pools them).
 */
const STATISTICS: Record<string, {counts: readonly string[]; cell: readonly string[]}> = {
  comparisons: {counts: ["n"], cell: ["instrument", "subscale", "wave_from", "wave_to"]},
  one_sample: {counts: ["n"], cell: ["instrument", "subscale", "wave"]},
  reliability: {counts: ["n"], cell: ["instrument", "subscale", "wave"]},
  between_groups: {counts: ["n_x", "n_y"], cell: ["instrument", "subscale", "measure", "group_x", "group_y"]},
  change_counts: {counts: ["n"], cell: ["instrument", "subscale", "wave_from", "wave_to"]},
  omnibus: {counts: ["n"], cell: ["instrument", "subscale", "kind", "wave", "wave_from", "wave_to"]}
};

/**
 * Rewrites the outputs in `dir` for the published site (no-op otherwise), with `k = min_cell`, and returns the
 * study's size as study.json publishes it:
 * - no item answers ever (responses keeps its columns, no rows): `publish.individuals` publishes scores, not answers;
 * - no per-participant rows (scores, change) unless study.yaml opts in (`publish.individuals`), and
 *   then only for units of at least k people and never above INDIVIDUAL_LIMIT participants: the pages draw
 *   the study from the result tables alone, and the published notebook queries only those;
 * - answer distributions only for group × wave units of at least k people (every count of a smaller one is < k),
 *   and in them the counts the distributions page hides merged into one row of answer HIDDEN_ANSWER;
 * - a result row of fewer than k people keeps only what names its cell: its count, statistics and guardrail
 *   texts ("only 2 usable cases") are null and `suppressed` says "small";
 * - the pooled "all" row of a cell where a group is hidden is hidden too ("complementary"): the pooled mean and
 *   n minus the other groups' would give the hidden group's back;
 * - item statistics null where their scale's α is hidden;
 * - reliable-change counts null where the change page hides them (a row of fewer than k people; a count from 1
 *   to k − 1, with another where the row's n would give it away);
 * - coded segments of roles with fewer than k people kept for the tallies, but with neither participant nor text
 *   (the quotes page leaves such passages out; here they would otherwise read as passages about nobody); no
 *   participant at all unless per-participant rows are published, and no per-participant code tallies then;
 * - coders, documents and export files by neutral label ('编码员 A', '访谈 3', '文件 2'), returned so the ingest
 *   relabels its report and study.json the same way;
 * - the design counts of study.json hidden as the overview hides them.
 * Row order is kept, so the outputs stay byte-identical for the same inputs.
 */
export async function reduceForPublishing(
  db: DuckDBConnection,
  dir: string,
  policy: PublishPolicy,
  size: StudySize,
  study: Pick<Study, "publish" | "language" | "sources">
): Promise<{size: PublishedSize; labels: Map<string, string>}> {
  const shown = study.publish.individuals || !policy.published;
  if (!policy.published)
    return {size: {...size, individuals: showsIndividuals(size.participants)}, labels: new Map()};
  const k = policy.min_cell;
  const file = (name: string) => join(dir, `${name}.parquet`);
  const present = (name: string) => existsSync(file(name));
  const columns = async (name: string) =>
    (await db.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${literal(file(name))})`))
      .getRowObjects()
      .map((row) => ({name: String(row.column_name), type: String(row.column_type)}));
  /** Replaces table `name` by `SELECT … FROM t` (t: the table with its row number `row_`), in the same order. */
  const rewrite = async (name: string, select: (from: string) => string) => {
    const source = `read_parquet(${literal(file(name))}, file_row_number = true)`;
    const next = `${file(name)}.next`;
    await copyToParquet(
      db,
      `SELECT * EXCLUDE (file_row_number) FROM (${select(source)}) ORDER BY file_row_number`,
      next
    );
    await rename(next, file(name));
  };

  if (present("scores")) {
    await db.run(`CREATE OR REPLACE TEMP TABLE publish_units AS
      SELECT "group", wave, count(DISTINCT participant) AS people
      FROM read_parquet(${literal(file("scores"))}) GROUP BY ALL`);
    if (present("distributions"))
      await rewrite(
        "distributions",
        (t) => `SELECT d.* FROM ${t} AS d SEMI JOIN publish_units AS u
          ON d."group" IS NOT DISTINCT FROM u."group" AND d.wave = u.wave AND u.people >= ${k}`
      );
  }
  const drawn = shown && showsIndividuals(size.participants);
  // Item answers are never published (docs/study-yaml.md): the published pages offer no leave-out recomputation.
  if (present("responses")) await rewrite("responses", (t) => `SELECT * FROM ${t} WHERE false`);
  for (const [name, unit] of Object.entries(PER_PERSON)) {
    if (!present(name)) continue;
    // A one-wave study's change table has no rows and no columns to count people by.
    if (!(await columns(name)).some((c) => c.name === "participant")) continue;
    if (!drawn) {
      await rewrite(name, (t) => `SELECT * FROM ${t} WHERE false`);
      continue;
    }
    const by = unit.map(ident).join(", ");
    await rewrite(
      name,
      (t) => `SELECT * EXCLUDE (people) FROM
        (SELECT *, count(DISTINCT participant) OVER (PARTITION BY ${by}) AS people FROM ${t})
        WHERE people >= ${k}`
    );
  }
  /** Rewrites table `name` (if it has column `needs`) through `publish`, a function the pages also run. */
  const republish = async <T>(name: string, needs: string, publish: (rows: T[]) => T[]) => {
    if (!present(name)) return;
    const all = await columns(name);
    if (!all.some((c) => c.name === needs)) return;
    const rows = (
      await db.runAndReadAll(`SELECT * FROM read_parquet(${literal(file(name))})`)
    ).getRowObjects() as unknown as T[];
    await loadTable(db, `publish_${name}`, {
      columns: Object.fromEntries(all.map((c) => [c.name, c.type as ColumnType])),
      rows: publish(rows) as unknown as Record<string, unknown>[]
    });
    await copyToParquet(db, `SELECT * FROM publish_${name}`, file(name));
  };
  // Answer counts and reliable-change counts hidden in the file exactly as the pages hide them (the same functions).
  await republish<AnswerCount>("distributions", "n", (rows) => publishedAnswerCounts(rows, policy));
  await republish<ChangeCount>("change_counts", "n", (rows) => publishedChangeCounts(rows, policy));
  for (const [name, {counts, cell}] of Object.entries(STATISTICS)) {
    if (!present(name)) continue;
    const all = await columns(name);
    if (!counts.every((count) => all.some((c) => c.name === count))) continue; // no results: an empty table
    const keep = new Set([...cell, "group"]);
    const small = counts.map((count) => `${ident(count)} < ${k}`).join(" OR ");
    // The "all" row of a cell with a hidden group goes too: all minus the shown groups is the hidden one.
    const pooled = all.some((c) => c.name === "group")
      ? `"group" = 'all' AND bool_or("group" <> 'all' AND (${small})) OVER (PARTITION BY ${cell.map(ident).join(", ")})`
      : "false";
    const hidden = `CASE WHEN ${small} THEN 'small' WHEN ${pooled} THEN 'complementary' END`;
    const list = all.map(({name: column}) =>
      keep.has(column)
        ? ident(column)
        : `CASE WHEN suppressed IS NULL THEN ${ident(column)} END AS ${ident(column)}`
    );
    await rewrite(
      name,
      (t) => `SELECT ${list.join(", ")}, suppressed, file_row_number
        FROM (SELECT *, ${hidden} AS suppressed FROM ${t})`
    );
  }
  if (present("item_reliability") && present("reliability"))
    await rewrite(
      "item_reliability",
      (t) => `SELECT i.* REPLACE (
          CASE WHEN r.suppressed IS NULL THEN i.item_total END AS item_total,
          CASE WHEN r.suppressed IS NULL THEN i.alpha_if_deleted END AS alpha_if_deleted)
        FROM ${t} AS i LEFT JOIN read_parquet(${literal(file("reliability"))}) AS r
        USING (instrument, subscale, "group", wave)`
    );
  // Coders, documents and export files by neutral label; segments name their participant only when the study
  // publishes individual displays (the joint display), and per-participant code tallies go with them.
  const labels = new Map([
    ...fileLabels(study),
    ...(present("segments")
      ? neutralLabels(await distinctValues(db, file("segments"), ["source"]), "document", study.language)
      : []),
    ...neutralLabels(
      [
        ...(present("segments") ? await distinctValues(db, file("segments"), ["coder"]) : []),
        ...(present("agreement") && (await columns("agreement")).length
          ? await distinctValues(db, file("agreement"), ["coder_a", "coder_b"])
          : [])
      ],
      "coder",
      study.language
    )
  ]);
  if (present("segments"))
    await rewrite(
      "segments",
      (t) => `SELECT * EXCLUDE (people) REPLACE (
          CASE WHEN ${drawn} AND participant IS NOT NULL AND people >= ${k} THEN participant END AS participant,
          CASE WHEN participant IS NOT NULL AND people < ${k} THEN NULL ELSE excerpt END AS excerpt,
          ${relabel("source", labels)} AS source,
          ${relabel("coder", labels)} AS coder)
        FROM (SELECT *, count(DISTINCT participant) OVER (PARTITION BY role) AS people FROM ${t})`
    );
  if (present("agreement") && (await columns("agreement")).length)
    await rewrite(
      "agreement",
      (t) =>
        `SELECT * REPLACE (${relabel("coder_a", labels)} AS coder_a, ${relabel("coder_b", labels)} AS coder_b) FROM ${t}`
    );
  if (present("code_tallies") && !drawn && (await columns("code_tallies")).length)
    await rewrite("code_tallies", (t) => `SELECT * FROM ${t} WHERE "by" <> 'participant'`);
  return {size: {...size, design: publishedDesign(size.design, policy), individuals: drawn}, labels};
}

/**
 * study.json's design counts as the overview shows them: a count from 1 to k − 1 hidden, and in each wave
 * (or matched) column another where the groups' total would give it away; the "all" row hidden with them.
 */
export function publishedDesign(design: StudySize["design"], policy: PublishPolicy): PublishedSize["design"] {
  const keys = [...new Set(design.flatMap((d) => [...Object.keys(d.waves), "matched"]))];
  const groups = design.filter((d) => d.group !== "all");
  const value = (d: StudySize["design"][number], key: string) =>
    (key === "matched" ? d.matched : d.waves[key]) ?? 0;
  const cells = suppress(
    groups.flatMap((d, i) => keys.map((key) => ({i, key, n: value(d, key)}))),
    {count: "n", by: ["key"]},
    policy
  );
  const hidden = new Set(cells.filter((c) => c.suppressed).map((c) => `${c.i}/${c.key}`));
  const anyHidden = new Set(cells.filter((c) => c.suppressed).map((c) => c.key));
  return design.map((d) => {
    const i = groups.indexOf(d);
    const show = (key: string) => (i < 0 ? !anyHidden.has(key) : !hidden.has(`${i}/${key}`));
    const waves = Object.fromEntries(Object.entries(d.waves).map(([w, n]) => [w, show(w) ? n : null]));
    return {...d, waves, matched: show("matched") ? d.matched : null};
  });
}
