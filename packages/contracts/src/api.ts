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

/** A dead letter as GET /admin/dlq returns it: an entry whose retries were spent. */
export const deadLetterSchema = z.object({
  id: z.string(),
  job_id: z.string().nullable(),
  stream: z.string(),
  entry: z.string(),
  reason: z.string(),
  error: z.string(),
  segment: z.number().int().nullable(),
  deliveries: z.number().int().nullable(),
  dead_at: z.string(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;
export const deadLetterListSchema = z.object({ entries: z.array(deadLetterSchema), total: z.number().int() });
export type DeadLetterList = z.infer<typeof deadLetterListSchema>;

/** One consumer of a stage group, as `XINFO CONSUMERS` reports it. */
export const consumerFiguresSchema = z.object({
  name: z.string(),
  pending: z.number().int(),
  idle_ms: z.number(),
  /** Since its last successful read (Redis 7.2+); null on older servers. */
  inactive_ms: z.number().nullable(),
});
export type ConsumerFigures = z.infer<typeof consumerFiguresSchema>;

/** One stage stream (one per priority) and its group: the figures of XINFO GROUPS / CONSUMERS and XPENDING. */
export const stageStreamFiguresSchema = z.object({
  stage: z.string(),
  priority: z.enum(['high', 'normal']),
  stream: z.string(),
  group: z.string(),
  length: z.number().int(),
  /** Entries not yet delivered to the group; null when Redis cannot tell (or no group yet). */
  lag: z.number().int().nullable(),
  pending: z.number().int(),
  /** Age of the oldest pending entry, from the time in its id; null when nothing is pending. */
  oldest_pending_age_ms: z.number().nullable(),
  retries_waiting: z.number().int(),
  group_exists: z.boolean(),
  consumers: z.array(consumerFiguresSchema),
});
export type StageStreamFigures = z.infer<typeof stageStreamFiguresSchema>;

/** GET /admin/streams: every stage stream with its group and consumers, and the dead-letter count. */
export const streamsBodySchema = z.object({
  at: z.string(),
  streams: z.array(stageStreamFiguresSchema),
  dead_letters: z.number().int(),
});
export type StreamsBody = z.infer<typeof streamsBodySchema>;

export const stageStatsSchema = z.object({
  stage: z.string(),
  /** Segments this stage ran (not served from cache) across the sampled jobs. */
  segments: z.number().int(),
  cached: z.number().int(),
  /** Segments run per minute over the window from the first start to the last completion. */
  throughput_per_min: z.number().nullable(),
  p50_ms: z.number().nullable(),
  p95_ms: z.number().nullable(),
  max_attempts: z.number().int(),
});
export type StageStats = z.infer<typeof stageStatsSchema>;

export const recentFailureSchema = z.object({
  job_id: z.string(),
  failed_at: z.string().nullable(),
  segment: z.number().int().nullable(),
  segment_name: z.string().nullable(),
  stage: z.string().nullable(),
  attempts: z.number().int(),
  consumer: z.string().nullable(),
  error_message: z.string().nullable(),
});
export type RecentFailure = z.infer<typeof recentFailureSchema>;

/** GET /admin/stage-stats: throughput and durations per stage over recent jobs, and recent failures. */
export const stageStatsBodySchema = z.object({
  at: z.string(),
  sampled_jobs: z.number().int(),
  stages: z.array(stageStatsSchema),
  recent_failures: z.array(recentFailureSchema),
});
export type StageStatsBody = z.infer<typeof stageStatsBodySchema>;
