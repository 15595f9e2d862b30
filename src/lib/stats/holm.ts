// Holm's step-down adjustment of p-values for the subscales of one study.

/**
 * Holm-adjusted p-values, in the order given; R's p.adjust(p, "holm").
 * NaN entries stay NaN and do not count towards the number of tests.
 */
export function holm(p: readonly number[]): number[] {
  const order = p
    .map((_, i) => i)
    .filter((i) => !Number.isNaN(p[i]))
    .sort((i, j) => p[i]! - p[j]!);
  const m = order.length;
  const adjusted = p.map(() => NaN);
  let running = 0;
  order.forEach((i, rank) => {
    running = Math.max(running, (m - rank) * p[i]!);
    adjusted[i] = Math.min(1, running);
  });
  return adjusted;
}
