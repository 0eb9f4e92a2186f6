import { z } from 'zod';
import { jobStatusBodySchema, jobStatusSchema } from './api.js';

export const WS_EVENT_TYPES = ['progress', 'completed', 'failed', 'cancelled'] as const;

/** A job event as the WebSocket (and the per-job event stream) carries it. */
export const jobEventSchema = z.object({
  type: z.enum(WS_EVENT_TYPES),
  job_id: z.string(),
  segment: z.number().int().nullable(),
  segment_name: z.string().nullable(),
  segment_status: z.enum(['running', 'completed', 'failed', 'skipped']).nullable(),
  progress_pct: z.number(),
  status: jobStatusSchema,
  cached: z.boolean(),
  duration_ms: z.number().nullable(),
  error_message: z.string().nullable(),
  timestamp: z.string(),
  event_id: z.string(),
});
export type JobEvent = z.infer<typeof jobEventSchema>;

export const snapshotMessageSchema = z.object({ type: z.literal('snapshot'), job: jobStatusBodySchema });
export type SnapshotMessage = z.infer<typeof snapshotMessageSchema>;

export const wsServerMessageSchema = z.union([snapshotMessageSchema, jobEventSchema]);
export type WsServerMessage = z.infer<typeof wsServerMessageSchema>;

/** Close codes: 4404 unknown job, 4401 missing or wrong key, 4403 not your job. */
export const WS_CLOSE = { unknownJob: 4404, unauthorized: 4401, forbidden: 4403 } as const;
