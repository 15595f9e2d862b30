// The ingest's change table, computed in DuckDB per participant, against the pages' changeResults from the written
// scores and responses, bit for bit; and its RCI and category SQL against reliableChange on R's cases.
import {describe, expect, it} from "vitest";
import {withDuckDB} from "../../../loaders/duckdb.js";
import {categorySql, rciSql} from "../../../loaders/ingest/change-table.js";
import {loadColumns} from "../../../loaders/write/parquet.js";
import {
  changeCounts,
  changeResults,
  reliabilityResults,
  type ResponseRow
} from "../../../src/lib/results/index.js";
import {reliableChange} from "../../../src/lib/stats/index.js";
import type {ScoreRow} from "../../../src/lib/types.js";
import {loadCases} from "../../lib/stats/r-fixtures.js";
import {rows, withDemoOutputs, written} from "./demo-outputs.js";

describe.each(["p-street", "q-school", "z-village"])("change table of data/studies/%s", (id) => {
  it("holds the rows and counts changeResults computes from scores.parquet and responses.parquet", async () => {
    await withDemoOutputs(id, async (out, study) => {
      const scores = (await rows(out, "scores")) as unknown as ScoreRow[];
      const responses = (await rows(out, "responses")) as ResponseRow[];
      const change = changeResults(scores, reliabilityResults(responses, study).scales, study);
      expect(change.length).toBeGreaterThan(0);
      expect(await rows(out, "change")).toEqual(change.map(written));
      expect(await rows(out, "change_counts")).toEqual(changeCounts(change).map(written));
    });
  }, 60_000);
});

type Inputs = {pre: number; post: number; sd_pre: number; reliability: number; lower_is_better: boolean};

describe("rciSql and categorySql", () => {
  it("give reliableChange's RCI and category on R's cases, bit for bit", async () => {
    const cases = loadCases<Inputs>("reliable-change");
    const expected = cases.map(({pre, post, sd_pre, reliability, lower_is_better}) =>
      reliableChange(pre, post, {sdPre: sd_pre, reliability, lowerIsBetter: lower_is_better})
    );
    const sediff = cases.map(
      ({sd_pre, reliability}) => reliableChange(0, 0, {sdPre: sd_pre, reliability}).sediff
    );
    const actual = await withDuckDB(async (db) => {
      await loadColumns(db, "cases", [
        {name: "i", type: "INTEGER", values: cases.map((_, i) => i)},
        {name: "pre", type: "DOUBLE", values: cases.map((c) => c.pre)},
        {name: "post", type: "DOUBLE", values: cases.map((c) => c.post)},
        {name: "sediff", type: "DOUBLE", values: sediff},
        {name: "lower", type: "BOOLEAN", values: cases.map((c) => c.lower_is_better)}
      ]);
      const rci = rciSql("pre", "post", "sediff");
      const reader = await db.runAndReadAll(
        `SELECT ${rci}, ${categorySql(rci, "lower")} FROM cases ORDER BY i`
      );
      return reader.getRows();
    });
    expect(actual).toEqual(expected.map(({rci, category}) => [Number.isNaN(rci) ? null : rci, category]));
  });
});
