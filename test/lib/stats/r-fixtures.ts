// Loads the R reference fixtures (test/fixtures/r, made by scripts/r/reference.R)
// and compares results with R's, field by field.
import {readFileSync} from "node:fs";
import {afterAll, expect} from "vitest";

/** A value R wrote: a number (null for NA), a label, or an array of these. */
export type Value = number | string | boolean | null | Value[];
type Expected = {[field: string]: Value};
/** One case of a fixture: the inputs and R's `expected` outputs. */
export type RCase<Inputs, Output = Expected> = Inputs & {expected: Output};

/** Relative tolerance for closed-form results. */
export const TOLERANCE = 1e-8;
/** Relative tolerance where R iterates (uniroot for the noncentral-t intervals). */
export const ITERATIVE_TOLERANCE = 1e-6;
/** Absolute slack for results that cancel to about zero (e.g. a mean difference of 0). */
export const ABSOLUTE_SLACK = 1e-12;

/** The cases of `test/fixtures/r/<name>.json`. */
export function loadCases<Inputs, Output = Expected>(name: string): RCase<Inputs, Output>[] {
  const url = new URL(`../../fixtures/r/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")).cases;
}

/** Largest relative error seen per fixture and field. */
const worst = new Map<string, number>();

afterAll(() => {
  if (process.env.STATS_ERRORS) console.table(Object.fromEntries(worst));
});

function relativeError(actual: number, expected: number): number {
  if (Number.isNaN(actual) && Number.isNaN(expected)) return 0;
  const difference = Math.abs(actual - expected);
  return difference === 0 ? 0 : difference / Math.abs(expected);
}

function expectValue(actual: unknown, expected: Value, tolerance: number, key: string): void {
  if (Array.isArray(expected)) {
    expect(actual, key).toHaveLength(expected.length);
    expected.forEach((value, i) => expectValue((actual as unknown[])[i], value, tolerance, key));
  } else if (typeof expected === "number" || expected === null) {
    const want = expected ?? NaN;
    const got = actual as number;
    const error = relativeError(got, want);
    worst.set(key, Math.max(worst.get(key) ?? 0, error));
    if (!(error <= tolerance || Math.abs(got - want) <= ABSOLUTE_SLACK)) {
      expect.fail(`${key}: got ${got}, R gives ${want} (relative error ${error})`);
    }
  } else {
    expect(actual, key).toBe(expected);
  }
}

/**
 * Expects every field R computed to match `actual` within `TOLERANCE`
 * (`ITERATIVE_TOLERANCE` for the fields listed in `iterative`); R's NA is null.
 */
export function expectMatchesR(
  fixture: string,
  actual: object,
  expected: Expected,
  iterative: readonly string[] = []
): void {
  for (const [field, value] of Object.entries(expected)) {
    const tolerance = iterative.includes(field) ? ITERATIVE_TOLERANCE : TOLERANCE;
    expectValue((actual as Record<string, unknown>)[field], value, tolerance, `${fixture}.${field}`);
  }
}
