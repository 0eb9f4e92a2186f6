import { z } from 'zod';

/** The taxonomy every stage and the UI share. */
export const CLAUSE_TYPES = [
  'coverage_grant',
  'exclusion',
  'condition',
  'limit',
  'sublimit',
  'excess',
  'waiting_period',
  'extension',
  'endorsement',
  'definition',
  'warranty',
  'claims_procedure',
  'cancellation',
  'admin',
  'schedule',
  'heading',
] as const;
export const clauseTypeSchema = z.enum(CLAUSE_TYPES);
export type ClauseType = z.infer<typeof clauseTypeSchema>;

export const DIRECTIONS = ['broader', 'narrower', 'neutral', 'ambiguous'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

export const MATERIALITIES = ['high', 'medium', 'low'] as const;
export const materialitySchema = z.enum(MATERIALITIES);
export type Materiality = z.infer<typeof materialitySchema>;

export const CHANGE_STATUSES = ['added', 'removed', 'modified', 'moved', 'unchanged'] as const;
export const changeStatusSchema = z.enum(CHANGE_STATUSES);
export type ChangeStatus = z.infer<typeof changeStatusSchema>;

export const DELTA_TYPES = [
  'numeric_change',
  'scope_change',
  'strictness_change',
  'carve_out_change',
  'burden_shift_change',
  'definition_change',
  'definition_dependency_change',
  'temporal_change',
  'wording_only',
  'clause_added',
  'clause_removed',
] as const;
export const deltaTypeSchema = z.enum(DELTA_TYPES);
export type DeltaType = z.infer<typeof deltaTypeSchema>;

export const clauseRefSchema = z.object({
  clause_id: z.string(),
  section: z.string().nullable(),
  heading: z.string().nullable(),
  page_start: z.number().int(),
  page_end: z.number().int(),
  text: z.string(),
  bboxes: z
    .array(z.object({ page: z.number().int(), x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() }))
    .optional(),
});
export type ClauseRef = z.infer<typeof clauseRefSchema>;

export const deltaSchema = z.object({
  type: deltaTypeSchema,
  direction: directionSchema,
  description: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  evidence: z.object({ a_quote: z.string().nullable(), b_quote: z.string().nullable() }),
  /** The delta rule (docs/delta-rules.md) that set this delta's direction. */
  rule: z.string(),
  /** The figure role the rule read (e.g. "insurer_settlement_deadline"), or null when no figure decided it. */
  role: z.string().nullable(),
  /** The sentence or clause polarity the rule read (e.g. "restriction"), or null when none decided it. */
  polarity: z.string().nullable(),
  /** One line saying why this direction: "insurer's settlement deadline shortened 30 days → 15 days → broader". */
  why: z.string(),
});
export type Delta = z.infer<typeof deltaSchema>;

export const diffOpSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffOp = z.infer<typeof diffOpSchema>;

export const changeSchema = z.object({
  id: z.string(),
  status: changeStatusSchema,
  clause_type: clauseTypeSchema,
  a: clauseRefSchema.nullable(),
  b: clauseRefSchema.nullable(),
  similarity: z.number(),
  direction: directionSchema,
  materiality: materialitySchema,
  materiality_score: z.number(),
  confidence: z.number(),
  cover_area: z.string().nullable().optional(),
  deltas: z.array(deltaSchema),
  diff: z.array(diffOpSchema),
  /**
   * The rules that decided the change, the direction's first: the rule that combined its deltas
   * (or the one that read it as unchanged or wording only), then any that set or capped its
   * materiality.
   */
  rules: z.array(z.string()),
  /** One line saying why the change has its direction (the deciding delta's reason, or why it is neutral). */
  why: z.string(),
});
export type Change = z.infer<typeof changeSchema>;

export const definitionChangeSchema = z.object({
  term: z.string(),
  status: z.enum(['added', 'removed', 'changed', 'unchanged']),
  a_text: z.string().nullable(),
  b_text: z.string().nullable(),
  direction: directionSchema,
  impacted_change_ids: z.array(z.string()),
});
export type DefinitionChange = z.infer<typeof definitionChangeSchema>;

export const figureValueSchema = z.object({
  value: z.number(),
  currency: z.string().nullable(),
  text: z.string(),
  page: z.number().int(),
});
export const keyFigureSchema = z.object({
  label: z.string(),
  category: z.enum(['sum_insured', 'limit', 'sublimit', 'excess', 'premium', 'tax', 'percentage', 'period', 'other']),
  a: figureValueSchema.nullable(),
  b: figureValueSchema.nullable(),
  change_abs: z.number().nullable(),
  change_pct: z.number().nullable(),
  direction: directionSchema,
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const bulletSchema = z.object({
  text: z.string(),
  severity: materialitySchema,
  direction: directionSchema,
  change_ids: z.array(z.string()),
});
export type Bullet = z.infer<typeof bulletSchema>;

export const VERDICTS = ['broader', 'narrower', 'mixed', 'no_material_change'] as const;

export const summarySchema = z.object({
  headline: z.string(),
  /**
   * Which way the material (high and medium) changes weigh, by materiality (high 3, medium 2,
   * low 1): a side when it outweighs the other at least twice over or no high change opposes it;
   * `mixed` when both sides carry high changes and neither outweighs the other twice over.
   */
  verdict: z.enum(VERDICTS),
  /** The weights behind the verdict, and how many high changes each side carries. */
  balance: z.object({ broader: z.number(), narrower: z.number(), high_broader: z.number().int(), high_narrower: z.number().int() }),
  narrative: z.string(),
  counts: z.object({
    added: z.number().int(),
    removed: z.number().int(),
    modified: z.number().int(),
    moved: z.number().int(),
    unchanged: z.number().int(),
  }),
  directions: z.object({
    broader: z.number().int(),
    narrower: z.number().int(),
    neutral: z.number().int(),
    ambiguous: z.number().int(),
  }),
  bullets: z.array(bulletSchema),
});
export type Summary = z.infer<typeof summarySchema>;

export const documentInfoSchema = z.object({
  file_name: z.string(),
  sha256: z.string(),
  page_count: z.number().int(),
});

export const comparisonResultSchema = z.object({
  job_id: z.string(),
  analysis_version: z.string(),
  documents: z.object({ a: documentInfoSchema, b: documentInfoSchema }),
  summary: summarySchema,
  changes: z.array(changeSchema),
  definitions: z.array(definitionChangeSchema),
  key_figures: z.array(keyFigureSchema),
  dna: z.object({ a: z.record(z.string(), z.unknown()), b: z.record(z.string(), z.unknown()) }),
  warnings: z.array(z.string()),
  timings_ms: z.record(z.string(), z.number()),
});
export type ComparisonResult = z.infer<typeof comparisonResultSchema>;
