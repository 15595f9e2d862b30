// Intercoder agreement per code: Cohen's κ over the passages of documents two coders both coded.
import {cohensKappa} from "../stats/cohens-kappa.js";
import type {SegmentRow} from "./types.js";

/** `agreement.parquet`: κ of one code between two coders. */
export interface AgreementRow {
  theme: string;
  code: string;
  coder_a: string;
  coder_b: string;
  /** Documents both coders coded. */
  documents: number;
  /** Passages in those documents: the units rated "code applied" or "not applied" by each coder. */
  n: number;
  both: number;
  only_a: number;
  only_b: number;
  neither: number;
  /** Observed agreement. */
  po: number;
  kappa: number;
  se: number;
  ci_low: number;
  ci_high: number;
  /** The κ guardrails (small n, no variance) as a JSON array, as in the other result tables. */
  guardrails: string;
}

/**
 * For every pair of coders who coded the same documents, and every code either of them applied there: each
 * passage of those documents is a unit, rated "applied" when the coder applied the code to it. κ is
 * undefined (NaN) when both coders rated every unit alike by construction (e.g. both applied it everywhere).
 */
export function codeAgreement(rows: readonly SegmentRow[], {confLevel = 0.95} = {}): AgreementRow[] {
  const codersOf = new Map<string, Set<string>>();
  for (const row of rows)
    if (row.coder !== null) codersOf.set(row.source, (codersOf.get(row.source) ?? new Set()).add(row.coder));
  const coders = [...new Set(rows.flatMap((r) => (r.coder === null ? [] : [r.coder])))];
  const result: AgreementRow[] = [];
  for (let i = 0; i < coders.length; i++) {
    for (let j = i + 1; j < coders.length; j++) {
      const [a, b] = [coders[i]!, coders[j]!];
      const documents = [...codersOf].filter(([, set]) => set.has(a) && set.has(b)).map(([doc]) => doc);
      if (documents.length === 0) continue;
      const shared = rows.filter((r) => documents.includes(r.source));
      const units = [...new Set(shared.map((r) => r.passage))];
      const codes = [
        ...new Map(
          shared
            .filter((r) => r.coder === a || r.coder === b)
            .map((r) => [JSON.stringify([r.theme, r.code]), r])
        )
      ];
      for (const [, {theme, code}] of codes) {
        const by = (coder: string) =>
          new Set(
            shared
              .filter((r) => r.coder === coder && r.theme === theme && r.code === code)
              .map((r) => r.passage)
          );
        const [inA, inB] = [by(a), by(b)];
        const ratings = (set: Set<number>) => units.map((u) => (set.has(u) ? "applied" : "not applied"));
        const k = cohensKappa(ratings(inA), ratings(inB), {confLevel});
        const count = (x: boolean, y: boolean) =>
          units.filter((u) => inA.has(u) === x && inB.has(u) === y).length;
        result.push({
          theme,
          code,
          coder_a: a,
          coder_b: b,
          documents: documents.length,
          n: k.n,
          both: count(true, true),
          only_a: count(true, false),
          only_b: count(false, true),
          neither: count(false, false),
          po: k.po,
          kappa: k.kappa,
          se: k.se,
          ci_low: k.ci_low,
          ci_high: k.ci_high,
          guardrails: JSON.stringify(k.guardrails)
        });
      }
    }
  }
  return result;
}
