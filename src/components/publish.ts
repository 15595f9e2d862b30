// What the published site (npm run build) changes on a page: suppressed statistics, neutral participant labels, and
// the note that says so. In npm run dev (policy.published false) every function here leaves the page as it was.
import {tf, type Lang} from "../lib/i18n.js";
import type {StudyDatabase} from "./duckdb.js";
import {suppress, suppressionNote, type PublishPolicy} from "../lib/suppress.js";

export type {PublishPolicy};

/**
 * Result rows (comparisons, one-sample tests, α) with every statistic hidden where `count` is below `min_cell`:
 * the numeric columns other than the count become null, `suppressed` and `shown` are set as by `suppress`.
 */
export function hideSmallRows<T extends object>(
  rows: readonly T[],
  policy: PublishPolicy,
  {count = "n", keep = []}: {count?: string; keep?: readonly string[]} = {}
): (T & {suppressed: "small" | "complementary" | null; shown: string})[] {
  const records = rows as unknown as readonly Record<string, unknown>[];
  const hide = [...new Set(records.flatMap((r) => Object.keys(r)))].filter(
    (key) => key !== count && !keep.includes(key) && records.some((r) => typeof r[key] === "number")
  );
  return suppress(records, {count, hide}, policy) as unknown as (T & {
    suppressed: "small" | "complementary" | null;
    shown: string;
  })[];
}

/** Whether a row came out of `suppress` with its count hidden. */
export function isHidden(row: object): boolean {
  return (row as {suppressed?: unknown}).suppressed != null;
}

/**
 * Labels for participants in the published site: "参与者 1" … "参与者 n" in the order of their (keyed, meaningless)
 * pseudonyms; the pseudonym itself in npm run dev.
 */
export function participantLabels(
  participants: Iterable<string | null>,
  policy: PublishPolicy,
  lang: Lang
): (participant: string | null) => string {
  if (!policy.published) return (p) => p ?? "—";
  const order = [...new Set([...participants].filter((p): p is string => p !== null))].sort();
  const index = new Map(order.map((p, i) => [p, i + 1]));
  return (p) => (p === null ? "—" : tf("participantN", lang, {n: index.get(p) ?? "?"}));
}

/**
 * The published site's rule for small counts and small groups, once per page under its title (a note under every
 * figure repeated it three to five times). Empty (and hidden) in npm run dev. Text only.
 */
export function publishRule(policy: PublishPolicy, lang: Lang): HTMLParagraphElement {
  return noteParagraph("suppression-note publish-rule muted", suppressionNote(policy, lang));
}

/**
 * The note under a table or chart of the published site: the units whose individual data were left out, and any
 * other sentence the page adds about what it hides there. Empty (and hidden) in npm run dev. Text only.
 */
export function publishNote(
  policy: PublishPolicy,
  lang: Lang,
  {hidden = [], extra = []}: {hidden?: readonly string[]; extra?: readonly string[]} = {}
): HTMLParagraphElement {
  const parts: string[] = [];
  if (policy.published && hidden.length)
    parts.push(
      tf("individualsHidden", lang, {k: policy.min_cell, units: hidden.join(lang === "zh" ? "、" : ", ")})
    );
  if (policy.published) parts.push(...extra);
  return noteParagraph("suppression-note muted", parts.join(" "));
}

function noteParagraph(className: string, text: string): HTMLParagraphElement {
  const note = document.createElement("p");
  note.className = className;
  note.textContent = text;
  note.hidden = !text;
  return note;
}

/** "少于 3 人的行只显示人数范围，不显示统计量。" when a table has such rows, else nothing. */
export function statsHiddenText(rows: readonly object[], policy: PublishPolicy, lang: Lang): string[] {
  return rows.some(isHidden) ? [tf("statsHidden", lang, {k: policy.min_cell})] : [];
}

/** The legend label of hidden cells: "已隐藏（< 3）". */
export function hiddenLabel(policy: PublishPolicy, lang: Lang): string {
  return tf("hiddenCount", lang, {k: policy.min_cell});
}

/** Rows to delete from one table before the first query: `DELETE FROM table WHERE where`. */
export interface Deletion {
  table: string;
  where: string;
}

/**
 * A study database that deletes rows (e.g. those of fewer than min_cell people) once, after its tables are loaded
 * and before the first query of the page. An empty table is skipped: it may lack the columns (a study without the
 * comparison has an empty between_groups with no columns).
 */
export function preparedDatabase(db: StudyDatabase, deletions: readonly Deletion[]): StudyDatabase {
  let ready: ReturnType<StudyDatabase["connection"]> | undefined;
  const connection = () =>
    (ready ??= (async () => {
      const conn = await db.connection();
      for (const {table, where} of deletions) {
        const [{n}] = (await conn.query(`SELECT count(*)::INTEGER AS n FROM ${table}`))
          .toArray()
          .map((r) => r.toJSON());
        if (Number(n) > 0) await conn.query(`DELETE FROM ${table} WHERE ${where}`);
      }
      return conn;
    })());
  return {
    connection,
    async query(text) {
      await connection();
      return db.query(text);
    },
    async typedQuery(text) {
      await connection();
      return db.typedQuery(text);
    },
    async sql(strings, ...values) {
      await connection();
      return db.sql(strings, ...values);
    }
  };
}

/**
 * What the published notebook leaves out of its summary tables: every row resting on fewer than `min_cell`
 * people or hidden in the published file beside one (`suppressed`), with the item statistics of such a row's
 * scale.
 */
export function smallRowDeletions(policy: PublishPolicy): Deletion[] {
  const k = Math.max(1, Math.floor(Number(policy.min_cell) || 1));
  const hidden = (count: string) => `(${count} < ${k} OR ${count} IS NULL OR suppressed IS NOT NULL)`;
  return [
    {
      table: "item_reliability",
      where: `EXISTS (SELECT 1 FROM reliability AS r WHERE r.instrument = item_reliability.instrument AND r.subscale = item_reliability.subscale AND r."group" = item_reliability."group" AND r.wave = item_reliability.wave AND (r.n < ${k} OR r.n IS NULL OR r.suppressed IS NOT NULL))`
    },
    {table: "reliability", where: hidden("n")},
    {table: "comparisons", where: hidden("n")},
    {table: "one_sample", where: hidden("n")},
    {table: "between_groups", where: hidden("least(n_x, n_y)")}
  ];
}
