// Small segment tables for the qualitative tallies: two coders on one interview, a teacher on the group.
import type {SegmentRow} from "../../../src/lib/qual/index.js";

export function segment(fields: Partial<SegmentRow>): SegmentRow {
  return {
    participant: "P1",
    source: "doc",
    role: "member",
    wave: "post",
    theme: "T",
    code: "c",
    coder: "A",
    excerpt: "text",
    passage: 0,
    ...fields
  };
}

/** P1's post interview coded by A and B (passages 0–2), P2's by A only (3–4), a group note without participant (5). */
export const ROWS: SegmentRow[] = [
  segment({passage: 0, theme: "自信", code: "相信自己", coder: "A"}),
  segment({passage: 0, theme: "自信", code: "相信自己", coder: "B"}),
  segment({passage: 0, theme: "同伴", code: "朋友", coder: "A"}),
  segment({passage: 1, theme: "同伴", code: "朋友", coder: "A"}),
  segment({passage: 1, theme: "同伴", code: "互助", coder: "B"}),
  segment({passage: 2, theme: "自信", code: "相信自己", coder: "B"}),
  segment({passage: 3, participant: "P2", source: "doc2", role: "parent", theme: "自信", code: "相信自己"}),
  segment({
    passage: 4,
    participant: "P2",
    source: "doc2",
    role: "parent",
    wave: "pre",
    theme: "同伴",
    code: "朋友"
  }),
  segment({
    passage: 5,
    participant: null,
    source: "note",
    role: "worker",
    wave: null,
    theme: "同伴",
    code: "互助"
  })
];
