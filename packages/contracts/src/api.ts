import { z } from 'zod';

export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof jobStatusSchema>;
export const FINISHED_STATUSES: readonly JobStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];

export const SEGMENT_STATUSES = ['pending', 'running', 'completed', 'failed', 'skipped'] as const;
export const segmentStatusSchema = z.enum(SEGMENT_STATUSES);
export type SegmentStatus = z.infer<typeof segmentStatusSchema>;

export const segmentStateSchema = z.object({
  segment: z.number().int(),
  name: z.string(),
  document: z.enum(['A', 'B']).nullable(),
  status: segmentStatusSchema,
  cached: z.boolean(),
  started_at: z.string().nullable(),
  completed_at: z.string().nullable(),
  duration_ms: z.number().nullable(),
  attempts: z.number().int(),
  consumer: z.string().nullable(),
});
export type SegmentState = z.infer<typeof segmentStateSchema>;

export const jobStatusBodySchema = z.object({
  job_id: z.string(),
  status: jobStatusSchema,
  current_segment: z.number().int().nullable(),
  current_segment_name: z.string().nullable(),
  progress_pct: z.number(),
  total_segments: z.literal(11),
  segments: z.array(segmentStateSchema),
  file_name_a: z.string(),
  file_name_b: z.string(),
  error_message: z.string().nullable(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  completed_at: z.string().nullable(),
  last_event_id: z.string().nullable(),
});
export type JobStatusBody = z.infer<typeof jobStatusBodySchema>;

export const compareAcceptedSchema = z.object({
  job_id: z.string(),
  status: z.literal('QUEUED'),
  message: z.string(),
  stream_id: z.string(),
});
export type CompareAccepted = z.infer<typeof compareAcceptedSchema>;

export const jobListSchema = z.object({
  jobs: z.array(jobStatusBodySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type JobList = z.infer<typeof jobListSchema>;

/** RFC 7807 problem body: every error the API returns. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
});
export type Problem = z.infer<typeof problemSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  redis: z.enum(['ok', 'down']),
  database: z.enum(['ok', 'down']),
});

/** One alternative of a batch (the broker's market comparison), ranked against the base policy. */
export const batchAlternativeSchema = z.object({
  rank: z.number().int().nullable(),
  job_id: z.string(),
  file_name: z.string(),
  status: jobStatusSchema,
  progress_pct: z.number(),
  headline: z.string().nullable(),
  /** Material changes (high or medium) that widen or narrow cover against the base. */
  broader: z.number().int(),
  narrower: z.number().int(),
  ambiguous: z.number().int(),
  /** Materiality-weighted broader minus narrower: above 0 the alternative adds cover. */
  net_cover_score: z.number(),
  error_message: z.string().nullable(),
});

export const batchBodySchema = z.object({
  batch_id: z.string(),
  base_file_name: z.string(),
  created_at: z.string(),
  status: z.enum(['RUNNING', 'COMPLETED']),
  alternatives: z.array(batchAlternativeSchema),
});
export type BatchBody = z.infer<typeof batchBodySchema>;
export type BatchAlternative = z.infer<typeof batchAlternativeSchema>;

export const batchAcceptedSchema = z.object({
  batch_id: z.string(),
  status: z.literal('QUEUED'),
  jobs: z.array(compareAcceptedSchema.extend({ file_name: z.string() })),
});

export const MAX_BATCH_ALTERNATIVES = 20;
