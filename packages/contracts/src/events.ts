import { z } from 'zod';

export const documentSideSchema = z.enum(['A', 'B']);

/** What a stage needs to find its inputs: references only, never documents or stage outputs. */
export const workPayloadSchema = z.object({
  document: documentSideSchema.nullable(),
  shaA: z.string().regex(/^[0-9a-f]{64}$/),
  shaB: z.string().regex(/^[0-9a-f]{64}$/),
  analysisVersion: z.string(),
  priority: z.enum(['high', 'normal']).default('normal'),
});
export type WorkPayload = z.infer<typeof workPayloadSchema>;
/** A payload as written (priority may be omitted: normal). */
export type WorkPayloadInput = z.input<typeof workPayloadSchema>;

export const EVENT_VERSION = 1;

/** The envelope of every stream entry (stored as one JSON field `event`). */
export const envelopeSchema = z.object({
  id: z.string(),
  type: z.string(),
  version: z.number().int(),
  jobId: z.string(),
  segment: z.number().int().min(0).max(12),
  attempt: z.number().int().min(1).default(1),
  occurredAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const workEnvelopeSchema = envelopeSchema.extend({
  type: z.literal('segment.requested'),
  payload: workPayloadSchema,
});
export type WorkEnvelope = z.infer<typeof workEnvelopeSchema>;

export const MAX_ENTRY_BYTES = 4096;
