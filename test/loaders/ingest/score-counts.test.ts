// The ingest's one-sample and paired tables, from frequency tables in DuckDB, against the browser's recomputation
// from arrays: the same tables reach the same code, so the same numbers to the last bit (and R's, to 1e-8).
import {describe, expect, it} from "vitest";
import {withDuckDB} from "../../../loaders/duckdb.js";
import {readScoreCounts} from "../../../loaders/ingest/score-counts.js";
import {loadColumns} from "../../../loaders/write/parquet.js";
import {oneSampleResults, pairedResults, type Design} from "../../../src/lib/results/index.js";
import {
  oneSampleTest,
  oneSampleTestOf,
  pairedComparison,
  pairedComparisonOf,
  type Maybe
} from "../../../src/lib/stats/index.js";
import type {ScoreRow} from "../../../src/lib/types.js";
import {expectMatchesR, loadCases} from "../../lib/stats/r-fixtures.js";
import {rows, withDemoOutputs, written} from "./demo-outputs.js";

describe.each(["p-street", "q-school", "z-village"])("readScoreCounts on data/studies/%s", (id) => {
  it("gives the tables pairedResults and oneSampleResults compute from scores.parquet, bit for bit", async () => {
    await withDemoOutputs(id, async (out, study) => {
      const scores = (await rows(out, "scores")) as unknown as ScoreRow[];
      expect(await rows(out, "comparisons")).toEqual(pairedResults(scores, study).map(written));
      expect(await rows(out, "one_sample")).toEqual(oneSampleResults(scores, study).map(written));
    });
  }, 60_000);
});

const design: Design = {
  waves: [{id: "pre"}, {id: "post"}],
  groups: [],
  instruments: [],
  compare: {between_groups: false}
};

/** `score_wide` of one part, `score0`: participant i's score at each wave (null: missing). */
function scoreWide(waves: Record<string, readonly Maybe<number>[]>) {
  const entries = Object.entries(waves).flatMap(([wave, scores]) =>
    scores.map((score, i) => ({participant: `p${String(i).padStart(3, "0")}`, wave, score}))
  );
  return withDuckDB(async (db) => {
    await loadColumns(db, "score_wide", [
      {name: "participant", type: "VARCHAR", values: entries.map((e) => e.participant)},
      {name: "group", type: "VARCHAR", values: entries.map(() => "g")},
      {name: "wave", type: "VARCHAR", values: entries.map((e) => e.wave)},
      {name: "score0", type: "DOUBLE", values: entries.map((e) => e.score)}
    ]);
    return readScoreCounts(db, design, ["i/s"]);
  });
}

describe("readScoreCounts on R's cases", () => {
  it.each(loadCases<{from: Maybe<number>[]; to: Maybe<number>[]}>("paired-comparison"))(
    "pairs: pairedComparison's numbers, and R's (case %#)",
    async ({from, to, expected}) => {
      const {table, missing} = (await scoreWide({pre: from, post: to})).pairs("g", "pre", "post", "i/s");
      const result = pairedComparisonOf(table, missing);
      expect(result).toEqual(pairedComparison(from, to));
      expectMatchesR("paired", result, expected, ["dz_ci_low", "dz_ci_high"]);
    }
  );
  it.each(loadCases<{x: Maybe<number>[]; mu: number}>("one-sample-test"))(
    "one wave: oneSampleTest's numbers, and R's (case %#)",
    async ({x, mu, expected}) => {
      const {table, missing} = (await scoreWide({pre: x})).scores("g", "pre", "i/s");
      const result = oneSampleTestOf(table, missing, mu);
      expect(result).toEqual(oneSampleTest(x, mu));
      expectMatchesR("oneSample", result, expected, ["d_ci_low", "d_ci_high"]);
    }
  );
});
