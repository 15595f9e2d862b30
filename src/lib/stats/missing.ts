// Removal of missing values: nulls and NaN count as missing, as NA does in R.

/** A score that may be missing. */
export type Maybe<T> = T | null;

function isPresent<T>(value: Maybe<T>): value is T {
  return value !== null && !(typeof value === "number" && Number.isNaN(value));
}

/** The present values of `x`, in order. */
export function present(x: readonly Maybe<number>[]): number[] {
  return x.filter(isPresent);
}

/** The pairs where both `a[i]` and `b[i]` are present (R's complete.cases). */
export function completePairs<T>(a: readonly Maybe<T>[], b: readonly Maybe<T>[]): [T[], T[]] {
  if (a.length !== b.length) {
    throw new RangeError(`paired vectors differ in length (${a.length} and ${b.length})`);
  }
  const left: T[] = [];
  const right: T[] = [];
  a.forEach((value, i) => {
    const other = b[i]!;
    if (isPresent(value) && isPresent(other)) {
      left.push(value);
      right.push(other);
    }
  });
  return [left, right];
}

/** The rows of `rows` whose every entry is present (listwise deletion). */
export function completeRows(rows: readonly Maybe<number>[][]): number[][] {
  return rows.filter((row): row is number[] => row.every(isPresent));
}

/** `columns` (one per variable, equally long) kept at the indexes where every column is present (complete cases). */
export function completeCases(columns: readonly (readonly Maybe<number>[])[]): number[][] {
  const length = columns[0]?.length ?? 0;
  if (columns.some((column) => column.length !== length)) {
    throw new RangeError(`columns differ in length (${columns.map((c) => c.length).join(", ")})`);
  }
  const keep = Array.from({length}, (_, i) => i).filter((i) =>
    columns.every((column) => isPresent(column[i]!))
  );
  return columns.map((column) => keep.map((i) => column[i] as number));
}
