// Groups coded segments into passages: overlapping spans of one document, or the same text where there are no positions.

/** Where a coded segment sits; `start`/`end` are code points, `end` exclusive, null when the export gives none. */
export interface Span {
  document: string;
  start: number | null;
  end: number | null;
  excerpt: string;
}

/**
 * One passage number per span (0, 1, … in order of first appearance). Spans of a document with positions
 * join a passage when they overlap one of its spans, so a passage is a run of overlapping coded text; spans
 * without positions form a passage with the spans of the same document and the same (trimmed) text.
 */
export function passageIds(spans: readonly Span[]): number[] {
  const parent = spans.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const byDocument = new Map<string, number[]>();
  spans.forEach((span, i) => byDocument.set(span.document, [...(byDocument.get(span.document) ?? []), i]));
  for (const indexes of byDocument.values()) {
    const placed = indexes.filter((i) => spans[i]!.start !== null && spans[i]!.end !== null);
    placed.sort((a, b) => spans[a]!.start! - spans[b]!.start! || a - b);
    let run = -1;
    let runEnd = -Infinity;
    for (const i of placed) {
      const {start, end} = spans[i]! as {start: number; end: number};
      if (run >= 0 && start < runEnd) union(run, i);
      else run = i;
      runEnd = run === i ? end : Math.max(runEnd, end);
    }
    const byText = new Map<string, number>();
    for (const i of indexes.filter((i) => !placed.includes(i))) {
      const text = spans[i]!.excerpt.trim();
      if (byText.has(text)) union(byText.get(text)!, i);
      else byText.set(text, i);
    }
  }
  const numbers = new Map<number, number>();
  return spans.map((_, i) => {
    const root = find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}
