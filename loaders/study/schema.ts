// The study.yaml codebook as a schema: the single source of the `Study` type and of its validation.
import {z} from "zod";

/** YAML reads `12` as a number: ids, column names and values accept one and keep it as text. */
const numberAsText = (value: unknown) => (typeof value === "number" ? String(value) : value);

/** Text, or a number taken as its text (`id: 1`, `column: 2024`). */
const text = z.preprocess(numberAsText, z.string());

const id = z.preprocess(
  numberAsText,
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "use only letters, digits, '-' and '_'")
    .describe("an identifier")
);

/** `{zh, en}` or a plain string (used for both languages). */
const label = z.union([
  z.string().transform((text) => ({zh: text, en: text})),
  z.strictObject({zh: z.string().optional(), en: z.string().optional()})
]);

const wave = z.strictObject({
  id,
  label: label.optional(),
  /** The value in a wave column that means this wave (`0` for a baseline visit); defaults to the id. */
  value: text.optional()
});

const group = z.strictObject({
  id,
  label: label.optional(),
  /** The value in the group column that means this group; defaults to the id. */
  value: text.optional()
});

const scale = z
  .strictObject({
    min: z.number(),
    max: z.number(),
    /** Whether answers are whole numbers (Likert); `false` for decimals such as hours of sleep or a VAS. */
    whole: z.boolean().default(true),
    /** Option text by scale value, for exports "by option text" and for chart labels. */
    labels: z.record(z.string(), text).optional()
  })
  .refine((s) => s.max > s.min, {message: "max must be greater than min", path: ["max"]})
  .refine((s) => !s.whole || (Number.isInteger(s.min) && Number.isInteger(s.max)), {
    message: "a scale of whole answers needs whole-number min and max (add `whole: false` for decimals)",
    path: ["min"]
  });

const subscale = z.strictObject({
  id,
  title: label.optional(),
  /** Share of the subscale's items that must be answered for a score (0–1]. */
  min_answered: z.number().gt(0).max(1).default(0.8)
});

const item = z.strictObject({
  id,
  /** Exact column header in the export; the item id when no column, number or position is given. */
  column: text.optional(),
  /** Question number: `12` matches `12、…`; `"Q12_3"` matches that Qualtrics column; with `sub`, a matrix row. */
  number: z.union([z.number().int().positive(), z.string()]).optional(),
  /** Matrix sub-question label, with `number`. */
  sub: text.optional(),
  /** 1-based column position in the export, as a last resort. */
  position: z.number().int().positive().optional(),
  subscale: id,
  reverse: z.boolean().default(false),
  label: label.optional()
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
  format: z.enum(["wjx", "qualtrics", "wide", "long", "spss"]),
  wave: id.optional(),
  /**
   * Where each item's column is when one file holds several waves side by side: `{column}` stands for the item's
   * column (or id), so `"Pre_{column}"` reads item `SSE_1` from `Pre_SSE_1`.
   */
  item_columns: z
    .string()
    .refine((t) => t.includes("{column}"), {message: 'must contain {column}, e.g. "Pre_{column}"'})
    .optional(),
  /** Every row of this file belongs to this group (instead of a group column). */
  group: id.optional(),
  encoding: z.string().optional(),
  sheet: text.optional(),
  /** Columns of a `long` file, and the wave column of any file holding several waves. */
  columns: z
    .strictObject({
      participant: text.optional(),
      /** Item column of a long file; without one (and no column called `item`), items are columns. */
      item: text.optional(),
      value: text.default("value"),
      wave: text.optional()
    })
    .optional()
});

const documentRule = z.strictObject({
  document: text.optional(),
  case: text.optional(),
  participant: text.optional(),
  role: text.optional(),
  wave: id.optional()
});

const codingSource = z.strictObject({
  file: z.string(),
  format: z.enum(["refi-qda", "taguette", "maxqda", "atlasti", "table"]),
  encoding: z.string().optional(),
  columns: z.record(z.string(), text).optional(),
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
    id: text,
    group: text.optional(),
    /** Column with the wave, for sources without `wave:`. */
    wave: text.optional(),
    /** Column with the submission time, to keep the latest of duplicate submissions. */
    submitted: text.optional(),
    pii: z.array(text).default([])
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
        .array(z.union([text, z.strictObject({value: text, in: z.array(z.string()).min(1)})]))
        .default([])
    })
    .default({min_cell: 3, excerpts: true, individuals: false, allow: []})
});

export type Study = z.output<typeof studySchema>;
export type Instrument = Study["instruments"][number];
export type Item = Instrument["items"][number];
export type SurveySource = Study["sources"]["surveys"][number];
export type CodingSource = Study["sources"]["coding"][number];
