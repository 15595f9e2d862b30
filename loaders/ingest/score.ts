// clean → scores: reverse keying, then subscale and total scores by mean or sum under the min_answered rule.
import type {DuckDBConnection} from "@duckdb/node-api";
import {ident, literal} from "../duckdb.js";
import type {Instrument, Study} from "../study/schema.js";
import type {IngestReport} from "./report.js";

/** A score's parts: which items, and how many answers it needs. */
export interface ScorePart {
  instrument: Instrument;
  subscale: string;
  items: Instrument["items"];
  minAnswered: number;
}

/** Subscales then `total` (when the instrument defines one), in study order. */
export function scoreParts(study: Study): ScorePart[] {
  return study.instruments.flatMap((instrument) => {
    const parts: ScorePart[] = instrument.subscales.map((s) => ({
      instrument,
      subscale: s.id,
      items: instrument.items.filter((item) => item.subscale === s.id),
      minAnswered: s.min_answered
    }));
    if (instrument.total !== false && instrument.subscales.length > 1) {
      parts.push({
        instrument,
        subscale: "total",
        items: instrument.items,
        minAnswered: instrument.total.min_answered
      });
    }
    return parts;
  });
}

/** Items needed for a score: ⌈share × k⌉ (a 1e-9 slack so 0.8 × 5 is 4, not 5). */
export const requiredAnswers = (share: number, k: number) => Math.ceil(share * k - 1e-9);

/** SQL for one item's scored value: `min + max − x` when reverse-keyed. */
function scored(instrument: Instrument, item: Instrument["items"][number]): string {
  const {min, max} = instrument.scale;
  return item.reverse ? `(${min + max} - ${ident(item.id)})` : ident(item.id);
}

/**
 * Builds `score_wide(participant, group, wave, score0, answered0, …)`, one row per row of `clean` with a score
 * and an answer count per part of {@link scoreParts}, and from it the long view
 * `scores(participant, group, wave, instrument, subscale, score, answered, items)`. `sum` scoring is prorated
 * (mean × items) so a score with an allowed missing answer stays on the full-scale metric.
 */
export async function computeScores(db: DuckDBConnection, study: Study): Promise<void> {
  const parts = scoreParts(study);
  const wide = parts.map(({instrument, items, minAnswered}, i) => {
    const answered = items.map((item) => `(${ident(item.id)} IS NOT NULL)::INTEGER`).join(" + ");
    const total = items.map((item) => `coalesce(${scored(instrument, item)}, 0)`).join(" + ");
    const k = items.length;
    const mean = `(${total})::DOUBLE / nullif(${answered}, 0)`;
    const value = instrument.scoring === "sum" ? `${mean} * ${k}` : mean;
    return `CASE WHEN ${answered} >= ${requiredAnswers(minAnswered, k)} THEN ${value} END AS score${i},
            (${answered})::INTEGER AS answered${i}`;
  });
  await db.run(`CREATE TABLE score_wide AS SELECT participant, "group", wave, ${wide.join(", ")} FROM clean`);
  // One struct per part, unnested in part order from rows in participant × wave order: the long table comes out in
  // its order without sorting (DuckDB keeps the order of a streaming pipeline). A view: written once, never stored.
  const structs = parts.map(
    ({instrument, subscale, items}, i) =>
      `{instrument: ${literal(instrument.id)}, subscale: ${literal(subscale)}, score: score${i}, answered: answered${i}, items: ${items.length}}`
  );
  await db.run(
    `CREATE VIEW scores AS
     SELECT participant, "group", wave, s.instrument, s.subscale, s.score, s.answered, s.items
     FROM (SELECT participant, "group", wave, unnest([${structs.join(", ")}]) AS s FROM score_wide)`
  );
}

/** Scores left missing because too few items were answered. */
export async function missingScores(
  db: DuckDBConnection,
  study: Study
): Promise<IngestReport["scores_missing"]> {
  const required = scoreParts(study).map(
    (p) =>
      `WHEN ${literal(`${p.instrument.id}/${p.subscale}`)} THEN ${requiredAnswers(p.minAnswered, p.items.length)}`
  );
  const reader = await db.runAndReadAll(
    `SELECT participant, wave, instrument, subscale, answered, items, CASE instrument || '/' || subscale ${required.join(" ")} END AS required
     FROM scores WHERE score IS NULL ORDER BY participant, wave, instrument, subscale`
  );
  return reader.getRowObjectsJson() as IngestReport["scores_missing"];
}
