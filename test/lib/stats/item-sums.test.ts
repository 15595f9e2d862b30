import {describe, expect, it} from "vitest";
import {pairwiseSums, patternSums} from "../../../src/lib/stats/index.js";

/** Columns of integer answers 1–5 with about one in six missing, from a fixed seed. */
function answers(k: number, rows: number): Float64Array[] {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  return Array.from({length: k}, () =>
    Float64Array.from({length: rows}, () => (next() < 1 / 6 ? NaN : 1 + Math.floor(next() * 5)))
  );
}

describe("pairwiseSums(patterns, items)", () => {
  it("gives, for every pair of items in the given order, the sums over the rows answering both", () => {
    const columns = answers(5, 300);
    const items = [3, 0, 4, 1];
    const pairs = pairwiseSums(patternSums(columns)!, items);
    items.forEach((j, a) =>
      items.forEach((l, b) => {
        const expected = {m: 0, x: 0n, y: 0n, xy: 0n};
        for (let i = 0; i < 300; i++) {
          const [x, y] = [columns[j]![i]!, columns[l]![i]!];
          if (Number.isNaN(x) || Number.isNaN(y)) continue;
          expected.m++;
          expected.x += BigInt(x);
          expected.y += BigInt(y);
          expected.xy += BigInt(x * y);
        }
        expect(pairs[a]![b]).toEqual(expected);
      })
    );
  });
});
