import { createHash, randomUUID } from 'node:crypto';
import { ANALYSIS_VERSION } from '@policydiff/analysis';
import { stageStream } from '@policydiff/contracts';
import { toJobStatusBody } from '@policydiff/store';
import { halt } from '@policydiff/streams';
import { workEnvelope } from './envelope.js';
import { jobEvent } from './job-events.js';
import type { ServiceContext } from './service-context.js';

/** An upload already streamed to a temporary file and hashed. */
export interface UploadedFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores both PDFs (once per hash) and records the job in one store transaction, then enqueues
 * segments 1 and 5 in one Redis transaction so the two branches start together.
 */
export async function submitJob(
  ctx: Pick<ServiceContext, 'store' | 'redis'>,
  input: { fileA: UploadedFile; fileB: UploadedFile; owner: string | null; priority: 'high' | 'normal'; batchId?: string | null },
): Promise<{ jobId: string; streamId: string }> {
  const shaA = input.fileA.sha256;
  const shaB = input.fileB.sha256;
  const jobId = randomUUID();
  // One transaction with the PDFs: a delete of another job that used them cannot remove them under this one.
  await ctx.store.createJobWithDocuments(
    { id: jobId, fileNameA: input.fileA.name, fileNameB: input.fileB.name, shaA, shaB, owner: input.owner, priority: input.priority, batchId: input.batchId ?? null },
    [
      { sha256: shaA, tmpPath: input.fileA.path, byteSize: input.fileA.size },
      { sha256: shaB, tmpPath: input.fileB.path, byteSize: input.fileB.size },
    ],
  );
  const payload = { shaA, shaB, analysisVersion: ANALYSIS_VERSION, priority: input.priority };
  const stream = stageStream('layout', input.priority);
  const res = await ctx.redis
    .multi()
    .xadd(stream, '*', 'event', JSON.stringify(workEnvelope(jobId, 1, { ...payload, document: 'A' })))
    .xadd(stream, '*', 'event', JSON.stringify(workEnvelope(jobId, 5, { ...payload, document: 'B' })))
    .exec();
  const streamId = String(res?.[0]?.[1] ?? '');
  await ctx.store.setStreamId(jobId, streamId);
  return { jobId, streamId };
}

/** Cancels a queued or running job: no later segment starts (the hand-off script checks the halt key). */
export async function cancelJob(
  ctx: Pick<ServiceContext, 'store' | 'redis' | 'config'>,
  jobId: string,
): Promise<'cancelled' | 'not_found' | 'finished'> {
  const rec = await ctx.store.getJob(jobId);
  if (!rec) return 'not_found';
  if (!(await ctx.store.cancelJob(jobId))) return 'finished';
  const after = await ctx.store.getJob(jobId);
  await halt(ctx.redis, {
    stream: '',
    group: '',
    entryId: '',
    jobId,
    ttlSeconds: ctx.config.JOB_RETENTION_S,
    eventsMaxlen: ctx.config.EVENTS_MAXLEN,
    event: jobEvent({
      type: 'cancelled',
      jobId,
      segment: null,
      progressPct: after ? toJobStatusBody(after.job, after.segments).progress_pct : 0,
      status: 'CANCELLED',
    }),
    deadLetter: null,
    haltValue: 'cancelled',
  });
  return 'cancelled';
}
