// Frequency tables: a sample's distinct values with their counts. Scores are means of integer answers and take
// few distinct values, so a table is a small sufficient statistic for the location tests: the ingest gets it
// from a SQL `GROUP BY`, the pages build it from their arrays, and both reach the statistics through the same code.

/** Distinct values in increasing order, each with how often it occurs. */
export interface Frequencies {
  values: number[];
  counts: number[];
}

/** Pairs (from, to) with how often each occurs; a pair may repeat (its counts then add up). */
export interface PairFrequencies {
  from: number[];
  to: number[];
  counts: number[];
}

/** The table of `values` (no missing values) occurring `counts` times each (1 when omitted); equal values merge. */
export function tabulate(values: ArrayLike<number>, counts?: ArrayLike<number>): Frequencies {
  const byValue = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    byValue.set(value, (byValue.get(value) ?? 0) + (counts ? counts[i]! : 1));
  }
  // A numeric typed-array sort (no comparator): increasing, as R's sort and rank see the values.
  const sorted = Array.from(Float64Array.from(byValue.keys()).sort());
  return {values: sorted, counts: sorted.map((value) => byValue.get(value)!)};
}

/** Number of observations in a table. */
export const sizeOf = (counts: readonly number[]): number => counts.reduce((n, c) => n + c, 0);
