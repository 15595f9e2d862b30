// The study.yaml codebook as a schema: the single source of the `Study` type and of its validation.
import {z} from "zod";

const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, "use only letters, digits, '-' and '_'")
  .describe("an identifier");

/** `{zh, en}` or a plain string (used for both languages). */
const label = z.union([
  z.string().transform((text) => ({zh: text, en: text})),
  z.strictObject({zh: z.string().optional(), en: z.string().optional()})
]);

const wave = z.strictObject({id, label: label.optional()});

const group = z.strictObject({
  id,
  label: label.optional(),
  /** The value in the group column that means this group; defaults to the id. */
  value: z.union([z.string(), z.number()]).optional()
});

const scale = z
  .strictObject({
    min: z.number().int(),
    max: z.number().int(),
    /** Option text by scale value, for exports "by option text" and for chart labels. */
    labels: z.record(z.string(), z.string()).optional()
  })
  .refine((s) => s.max > s.min, {message: "max must be greater than min", path: ["max"]});

const subscale = z.strictObject({
  id,
  title: label.optional(),
  /** Share of the subscale's items that must be answered for a score (0–1]. */
  min_answered: z.number().gt(0).max(1).default(0.8)
});

const item = z
  .strictObject({
    id,
    /** Exact column header in the export. */
    column: z.string().optional(),
    /** Question number: `12` matches `12、…`; `"Q12_3"` matches that Qualtrics column; with `sub`, a matrix row. */
    number: z.union([z.number().int().positive(), z.string()]).optional(),
    /** Matrix sub-question label, with `number`. */
    sub: z.string().optional(),
    /** 1-based column position in the export, as a last resort. */
    position: z.number().int().positive().optional(),
    subscale: id,
    reverse: z.boolean().default(false),
    label: label.optional()
  })
  .refine((i) => i.column !== undefined || i.number !== undefined || i.position !== undefined, {
    message: "say which column holds this item: column (exact header), number (question number) or position"
  });

const instrument = z.strictObject({
  id,
  title: label.optional(),
  scale,
  midpoint: z.number().optional(),
  scoring: z.enum(["mean", "sum"]).default("mean"),
  /** Reliability for the Reliable Change Index; Cronbach's α of the pre-test when omitted. */
  reliability: z.number().gt(0).lt(1).optional(),
  /** Whether higher scores are better (for RCI categories and slope colours). */
  higher_is_better: z.boolean().default(true),
  /** A `total` score over all items, with its own min_answered. */
  total: z
    .union([
      z.literal(false),
      z.strictObject({title: label.optional(), min_answered: z.number().gt(0).max(1).default(0.8)})
    ])
    .default({min_answered: 0.8}),
  subscales: z.array(subscale).min(1),
  items: z.array(item).min(1)
});

const surveySource = z.strictObject({
  file: z.string(),
  format: z.enum(["wjx", "qualtrics", "wide", "long"]),
  wave: id.optional(),
  /** Every row of this file belongs to this group (instead of a group column). */
  group: id.optional(),
  encoding: z.string().optional(),
  sheet: z.string().optional(),
  /** Columns of a `long` file. */
  columns: z
    .strictObject({
      participant: z.string().optional(),
      item: z.string().default("item"),
      value: z.string().default("value"),
      wave: z.string().optional()
    })
    .optional()
});

const documentRule = z.strictObject({
  document: z.string().optional(),
  case: z.string().optional(),
  participant: z.string().optional(),
  role: z.string().optional(),
  wave: id.optional()
});

const codingSource = z.strictObject({
  file: z.string(),
  format: z.enum(["refi-qda", "taguette", "maxqda", "atlasti", "table"]),
  encoding: z.string().optional(),
  columns: z.record(z.string(), z.string()).optional(),
  documents: z.array(documentRule).default([])
});

export const studySchema = z.strictObject({
  id,
  title: label,
  language: z.enum(["zh", "en"]).default("zh"),
  description: label.optional(),
  /** Marks demo data so every page says it is synthetic. */
  synthetic: z.boolean().default(false),
  participants: z.strictObject({
    id: z.string(),
    group: z.string().optional(),
    /** Column with the wave, for sources without `wave:`. */
    wave: z.string().optional(),
    /** Column with the submission time, to keep the latest of duplicate submissions. */
    submitted: z.string().optional(),
    pii: z.array(z.string()).default([])
  }),
  groups: z.array(group).default([]),
  waves: z.array(wave).min(1),
  instruments: z.array(instrument).min(1),
  sources: z.strictObject({
    surveys: z.array(surveySource).min(1),
    coding: z.array(codingSource).default([])
  }),
  compare: z
    .strictObject({
      /** Pairs of waves to compare; defaults to first → last. */
      waves: z.array(z.tuple([id, id])).optional(),
      /** Compare groups with each other at each wave and in their change. */
      between_groups: z.boolean().default(false)
    })
    .default({between_groups: false}),
  publish: z
    .strictObject({
      /** Counts below this are hidden in the published site. */
      min_cell: z.number().int().min(1).default(3),
      excerpts: z.boolean().default(true),
      /**
       * Per-participant displays (slopes, dot plots, reliable change per person) in the published site. Off by
       * default: the published tables are then aggregates only, with no row per participant.
       */
      individuals: z.boolean().default(false),
      /**
       * Exact texts the personal-data scan accepts though they look personal, each only where it is said: a plain
       * text (the team's contact e-mail) in the study's own texts (study.json, the pages); `{value, in: [...]}` in
       * the named outputs (`report.json`, `segments.parquet`, `segments.parquet:excerpt`). Never everywhere.
       */
      allow: z
        .array(z.union([z.string(), z.strictObject({value: z.string(), in: z.array(z.string()).min(1)})]))
        .default([])
    })
    .default({min_cell: 3, excerpts: true, individuals: false, allow: []})
});

export type Study = z.output<typeof studySchema>;
export type Instrument = Study["instruments"][number];
export type Item = Instrument["items"][number];
export type SurveySource = Study["sources"]["surveys"][number];
export type CodingSource = Study["sources"]["coding"][number];
