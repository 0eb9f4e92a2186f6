import { randomUUID } from 'node:crypto';
import { EVENT_VERSION, MAX_ENTRY_BYTES, workEnvelopeSchema, type WorkEnvelope, type WorkPayloadInput } from '@policydiff/contracts';
import { PoisonMessageError } from '@policydiff/streams';

export function workEnvelope(jobId: string, segment: number, payload: WorkPayloadInput): WorkEnvelope {
  return {
    id: randomUUID(),
    type: 'segment.requested',
    version: EVENT_VERSION,
    jobId,
    segment,
    attempt: 1,
    occurredAt: new Date().toISOString(),
    payload: { ...payload, priority: payload.priority ?? 'normal' },
  };
}

export function parseWorkEnvelope(fields: Record<string, string>): WorkEnvelope {
  const raw = fields.event;
  if (!raw) throw new PoisonMessageError('stream entry has no `event` field');
  if (Buffer.byteLength(raw) > MAX_ENTRY_BYTES) throw new PoisonMessageError(`stream entry is larger than ${MAX_ENTRY_BYTES} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new PoisonMessageError('stream entry `event` is not JSON');
  }
  const parsed = workEnvelopeSchema.safeParse(json);
  if (!parsed.success) throw new PoisonMessageError(`stream entry is not a work envelope: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
