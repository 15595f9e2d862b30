// The ingest's reliability tables, from item sums in DuckDB, against the browser's recomputation from the
// written responses: the same exact integer sums, so the same numbers to the last bit.
import {describe, expect, it} from "vitest";
import {reliabilityResults, type ResponseRow} from "../../../src/lib/results/index.js";
import {rows, withDemoOutputs, written} from "./demo-outputs.js";

describe.each(["p-street", "q-school", "z-village"])("readPatternSums on data/studies/%s", (id) => {
  it("gives the reliability tables reliabilityResults computes from responses.parquet, bit for bit", async () => {
    await withDemoOutputs(id, async (out, study) => {
      const responses = (await rows(out, "responses")) as ResponseRow[];
      const {scales, items} = reliabilityResults(responses, study);
      expect(await rows(out, "reliability")).toEqual(scales.map(written));
      expect(await rows(out, "item_reliability")).toEqual(items.map(written));
    });
  }, 60_000);
});
