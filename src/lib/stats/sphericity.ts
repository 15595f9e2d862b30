// Sphericity of repeated measures: the Greenhouse–Geisser and Huynh–Feldt epsilons (R's stats:::sphericity) and
// Mauchly's test (R's mauchly.test), from the covariance of orthonormal contrasts between the waves.
import {chiSquareUpperTail} from "./distributions.js";
import {crossDeviations, mean} from "./moments.js";

/** Result of {@link sphericity}. */
export interface Sphericity {
  /** Greenhouse–Geisser ε, between 1/(k − 1) and 1. */
  gg_epsilon: number;
  /** Huynh–Feldt ε as R's anova.mlm reports it (not capped at 1; p-values use min(1, ε)). */
  hf_epsilon: number;
  /** Mauchly's W; NaN without more cases than contrasts or with a singular covariance (W < 1e-10). */
  mauchly_w: number;
  p_mauchly: number;
}

/** W below this means the contrasts' covariance is singular (in R too, up to rounding): no test. */
const SINGULAR_W = 1e-10;

/** Helmert contrasts scaled to unit length: k − 1 orthonormal rows, each orthogonal to the constant. */
function contrasts(k: number): number[][] {
  return Array.from({length: k - 1}, (_, j) => {
    const norm = Math.sqrt((j + 1) * (j + 2));
    return Array.from({length: k}, (_, c) => (c <= j ? 1 / norm : c === j + 1 ? -(j + 1) / norm : 0));
  });
}

/** Determinant by Gaussian elimination with partial pivoting. */
function determinant(matrix: number[][]): number {
  const a = matrix.map((row) => [...row]);
  let det = 1;
  for (let c = 0; c < a.length; c++) {
    let pivot = c;
    for (let r = c + 1; r < a.length; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    if (a[pivot]![c] === 0) return 0;
    if (pivot !== c) {
      [a[pivot], a[c]] = [a[c]!, a[pivot]!];
      det = -det;
    }
    det *= a[c]![c]!;
    for (let r = c + 1; r < a.length; r++) {
      const factor = a[r]![c]! / a[c]![c]!;
      for (let j = c; j < a.length; j++) a[r]![j]! -= factor * a[c]![j]!;
    }
  }
  return det;
}

/** Sphericity statistics of complete `columns` (one per wave, n cases each). */
export function sphericity(columns: readonly number[][]): Sphericity {
  const k = columns.length;
  const n = columns[0]!.length;
  const df = n - 1;
  const means = columns.map((column) => mean(column));
  const ssd = columns.map((a, i) => columns.map((b, j) => crossDeviations(a, means[i]!, b, means[j]!)));
  const t = contrasts(k);
  const p = k - 1;
  // A = T · SSD · Tᵀ, whose eigenvalues are those of R's U = solve(Psi, B).
  const ts = t.map((row) => ssd[0]!.map((_, j) => row.reduce((s, v, c) => s + v * ssd[c]![j]!, 0)));
  const a = ts.map((row) => t.map((other) => row.reduce((s, v, c) => s + v * other[c]!, 0)));
  const trace = a.reduce((s, row, i) => s + row[i]!, 0);
  const traceOfSquare = a.reduce((s, row) => s + row.reduce((r, v) => r + v * v, 0), 0);
  const gg = (trace * trace) / traceOfSquare / p;
  const hf = ((df + 1) * p * gg - 2) / (p * (df - p * gg));
  const logW = Math.log(determinant(a)) - p * Math.log(trace / p);
  const w = df > p ? Math.exp(logW) : NaN;
  if (!(w > SINGULAR_W)) return {gg_epsilon: gg, hf_epsilon: hf, mauchly_w: NaN, p_mauchly: NaN};
  const rho = 1 - (2 * p ** 2 + p + 2) / (6 * p * df);
  // R's mauchly.test has 3·k (the number of waves) where Anderson's formula has 3·p; R is the reference here.
  const w2 =
    ((p + 2) * (p - 1) * (p - 2) * (2 * p ** 3 + 6 * p ** 2 + 3 * k + 2)) / (288 * (df * p * rho) ** 2);
  const z = -df * rho * logW;
  const f = (p * (p + 1)) / 2 - 1;
  const pr1 = chiSquareUpperTail(z, f);
  const pr2 = chiSquareUpperTail(z, f + 4);
  return {gg_epsilon: gg, hf_epsilon: hf, mauchly_w: w, p_mauchly: pr1 + w2 * (pr2 - pr1)};
}
