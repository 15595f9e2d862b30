// Row types of the qualitative tables the ingest writes and the pages read.
import type {Segment} from "../types.js";

/** `segments.parquet`: a coded segment and the passage it belongs to. */
export interface SegmentRow extends Segment {
  /**
   * The coded passage: segments of one document whose text overlaps (or, without positions, whose text is
   * the same) share it, whoever coded them. Passages are the units counted, compared and co-occurring.
   */
  passage: number;
}

/** `codebook.parquet`: one code of the codebook, themes (root codes) included. */
export interface CodebookRow {
  theme: string;
  code: string;
  /** Parent code's name; null for a theme. */
  parent: string | null;
  /** Names from the theme to this code, joined with " > ". */
  path: string;
  /** 1 for a theme, 2 for its codes, … */
  depth: number;
  description: string | null;
  color: string | null;
}
