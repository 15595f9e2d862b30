// Sufficient statistics of integer item answers, exact as BigInt: counts, sums and cross-products per pattern of
// answered items. Integer sums do not depend on the order of addition, so DuckDB (parallel) and the browser
// (a loop) produce the same numbers, and every reliability statistic follows from them bit for bit alike.

/** Sums over the respondents who answered exactly the items `answered` marks. */
export interface PatternSums {
  answered: boolean[];
  count: number;
  /** Σ x_j over the pattern's respondents (0n for an unanswered item). */
  sums: bigint[];
  /** Σ x_j·x_l, symmetric (0n where either item is unanswered). */
  products: bigint[][];
}

/** Sums over `n` respondents who answered every one of `k` items. */
export interface ItemSums {
  n: number;
  sums: bigint[];
  products: bigint[][];
}

/** Sums over the respondents who answered both of two items: `m` of them, Σx, Σy and Σxy. */
export interface PairSums {
  m: number;
  x: bigint;
  y: bigint;
  xy: bigint;
}

/** Answers below this magnitude have products and sums exact in doubles below 2^22 respondents. */
export const ANSWER_LIMIT = 2 ** 15;
const ROWS = 2 ** 22;

const zeros = (k: number) => Array.from({length: k}, () => 0n);
const square = (k: number) => Array.from({length: k}, () => zeros(k));

/**
 * The pattern sums of `columns` (`columns[j][i]`: respondent i's answer to item j, NaN when missing; those who
 * answered nothing form a pattern of their own), or null when an answer is not an integer of magnitude below 2^15 (then sums
 * in doubles would not be exact).
 */
export function patternSums(columns: readonly ArrayLike<number>[]): PatternSums[] | null {
  const k = columns.length;
  const rows = columns[0]?.length ?? 0;
  if (rows >= ROWS) return null;
  const byMask = new Map<string, {answered: boolean[]; count: number; sums: number[]; products: number[]}>();
  const row = new Float64Array(k);
  for (let i = 0; i < rows; i++) {
    let mask = "";
    for (let j = 0; j < k; j++) {
      const x = columns[j]![i]!;
      if (Number.isNaN(x)) mask += "0";
      else if (Number.isInteger(x) && Math.abs(x) < ANSWER_LIMIT) mask += "1";
      else return null;
      row[j] = x;
    }
    let pattern = byMask.get(mask);
    if (!pattern) {
      const answered = [...mask].map((c) => c === "1");
      byMask.set(
        mask,
        (pattern = {answered, count: 0, sums: new Array(k).fill(0), products: new Array(k * k).fill(0)})
      );
    }
    pattern.count++;
    for (let j = 0; j < k; j++) {
      if (!pattern.answered[j]) continue;
      pattern.sums[j] += row[j]!;
      for (let l = j; l < k; l++) if (pattern.answered[l]) pattern.products[j * k + l] += row[j]! * row[l]!;
    }
  }
  return [...byMask.values()].map(({answered, count, sums, products}) => {
    const exact = square(k);
    for (let j = 0; j < k; j++) {
      for (let l = j; l < k; l++) exact[j]![l] = exact[l]![j] = BigInt(products[j * k + l]!);
    }
    return {answered, count, sums: sums.map(BigInt), products: exact};
  });
}

/** Patterns of the same items added together (e.g. the groups' patterns into `all`). */
export function mergePatterns(sets: readonly (readonly PatternSums[])[]): PatternSums[] {
  const byMask = new Map<string, PatternSums>();
  for (const pattern of sets.flat()) {
    const mask = pattern.answered.map((a) => (a ? "1" : "0")).join("");
    const into = byMask.get(mask);
    if (!into) {
      byMask.set(mask, {
        ...pattern,
        sums: [...pattern.sums],
        products: pattern.products.map((row) => [...row])
      });
      continue;
    }
    into.count += pattern.count;
    pattern.sums.forEach((s, j) => (into.sums[j]! += s));
    pattern.products.forEach((row, j) => row.forEach((p, l) => (into.products[j]![l]! += p)));
  }
  return [...byMask.values()];
}

/** The sums of items `items` (indices) over the respondents who answered all of them (listwise). */
export function listwiseSums(patterns: readonly PatternSums[], items: readonly number[]): ItemSums {
  const k = items.length;
  const sums = zeros(k);
  const products = square(k);
  let n = 0;
  for (const pattern of patterns) {
    if (!items.every((j) => pattern.answered[j])) continue;
    n += pattern.count;
    items.forEach((j, a) => {
      sums[a]! += pattern.sums[j]!;
      items.forEach((l, b) => (products[a]![b]! += pattern.products[j]![l]!));
    });
  }
  return {n, sums, products};
}

/**
 * For each pair of `items` (indices, a pair of an item with itself included): the sums over both answered. Each
 * pattern adds to the pairs it answered, each pair once (`[b][a]` is `[a][b]` with x and y swapped).
 */
export function pairwiseSums(patterns: readonly PatternSums[], items: readonly number[]): PairSums[][] {
  const pairs = items.map(() => items.map((): PairSums => ({m: 0, x: 0n, y: 0n, xy: 0n})));
  for (const pattern of patterns) {
    const answered = items.flatMap((j, a) => (pattern.answered[j] ? [a] : []));
    for (const [i, a] of answered.entries()) {
      const j = items[a]!;
      for (const b of answered.slice(i)) {
        const l = items[b]!;
        const pair = pairs[a]![b]!;
        pair.m += pattern.count;
        pair.x += pattern.sums[j]!;
        pair.y += pattern.sums[l]!;
        pair.xy += pattern.products[j]![l]!;
      }
    }
  }
  pairs.forEach((row, a) =>
    row.forEach((pair, b) => b > a && (pairs[b]![a] = {...pair, x: pair.y, y: pair.x}))
  );
  return pairs;
}

/** Respondents who answered at least one of `items`. */
export function respondents(patterns: readonly PatternSums[], items: readonly number[]): number {
  return patterns.reduce((n, p) => (items.some((j) => p.answered[j]) ? n + p.count : n), 0);
}

/** n·Σxy − Σx·Σy: n² times the covariance's (n − 1)/n, exact. */
export const centred = (n: number, x: bigint, y: bigint, xy: bigint): bigint => BigInt(n) * xy - x * y;
