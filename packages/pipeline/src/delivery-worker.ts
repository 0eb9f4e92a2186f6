import { assembleResult, type AnalyzedDocument, type DeltaResult, type DnaResult } from '@policydiff/analysis';
import type { LayoutMeta } from './stage-compute.js';
import { PRIORITIES, SEGMENTS, stageGroup, stageStream, type Summary } from '@policydiff/contracts';
import { handoff, UnrecoverableError, type StreamConsumer, type StreamMessage } from '@policydiff/streams';
import { createHash } from 'node:crypto';
import { artifactKey, sideArtifactKey } from './artifact-keys.js';
import { parseWorkEnvelope } from './envelope.js';
import { jobEvent } from './job-events.js';
import type { ServiceContext } from './service-context.js';
import { serveServiceMetrics } from './metrics-server.js';
import { ackAndDrop, consumerFor, DELIVERY_SEGMENT } from './stage-worker.js';

/**
 * The delivery service: after narrative, assemble the result contract from the stored stage
 * outputs, store it with the job, mark the job COMPLETED and announce it.
 */
export async function runDeliveryService(ctx: ServiceContext): Promise<StreamConsumer> {
  const { config, logger, store, redis } = ctx;
  const group = stageGroup('delivery');

  const handlerFor = (stream: string) => async (msg: StreamMessage) => {
    const env = parseWorkEnvelope(msg.fields);
    if (env.segment !== DELIVERY_SEGMENT) throw new UnrecoverableError(`delivery got segment ${env.segment}`);
    const { jobId, payload } = env;
    const rec = await store.getJob(jobId);
    if (!rec || rec.job.status === 'CANCELLED' || rec.job.status === 'FAILED') return ackAndDrop(ctx, stream, group, msg.id);
    const { job } = rec;
    const announceCompleted = () =>
      handoff(redis, {
        stream,
        group,
        entryId: msg.id,
        jobId,
        segment: DELIVERY_SEGMENT,
        ttlSeconds: config.JOB_RETENTION_S,
        eventsMaxlen: config.EVENTS_MAXLEN,
        events: [jobEvent({ type: 'completed', jobId, segment: null, progressPct: 100, status: 'COMPLETED' })],
        next: [],
      });
    // A redelivery after a crash between storing the result and the hand-off: the job is already
    // COMPLETED, but its `completed` event may not have been sent (the done key stops a duplicate).
    if (job.status === 'COMPLETED') return void (await announceCompleted());
    const get = async <T>(key: string): Promise<T> => {
      const v = await store.getArtifact<T>(key);
      if (v === null) throw new UnrecoverableError(`missing artifact ${key}`);
      return v;
    };
    // The small side artifacts, not the full layout and DNA outputs.
    const layoutA = await get<LayoutMeta>(sideArtifactKey(artifactKey('layout', payload, 'A'), 'meta'));
    const layoutB = await get<LayoutMeta>(sideArtifactKey(artifactKey('layout', payload, 'B'), 'meta'));
    const profileA = await get<DnaResult['profile']>(sideArtifactKey(artifactKey('dna', payload, 'A'), 'profile'));
    const profileB = await get<DnaResult['profile']>(sideArtifactKey(artifactKey('dna', payload, 'B'), 'profile'));
    const delta = await get<DeltaResult>(artifactKey('delta', payload, null));
    const namesHash = createHash('sha1').update(`${job.fileNameA}\u0000${job.fileNameB}`).digest('hex').slice(0, 12);
    const summary = await get<Summary>(`${artifactKey('narrative', payload, null)}:${namesHash}`);
    const timings: Record<string, number> = {};
    for (const s of rec.segments) {
      const info = SEGMENTS[s.segment - 1];
      if (info && s.durationMs !== null) timings[`segment_${s.segment}_${info.stage}${info.document ? `_${info.document}` : ''}`] = s.durationMs;
    }
    timings.queue_to_delivery = Date.now() - Date.parse(job.createdAt);
    const result = assembleResult({
      jobId,
      a: { fileName: job.fileNameA, sha256: payload.shaA, pageCount: layoutA.pageCount, profile: profileA, warnings: layoutA.warnings },
      b: { fileName: job.fileNameB, sha256: payload.shaB, pageCount: layoutB.pageCount, profile: profileB, warnings: layoutB.warnings },
      delta,
      summary,
      timings,
    });
    const completed = await store.completeJob(jobId, result);
    if (!completed && (await store.getJob(jobId))?.job.status !== 'COMPLETED') return ackAndDrop(ctx, stream, group, msg.id);
    await announceCompleted();
    logger.info({ jobId, changes: result.changes.length }, 'job completed');
  };

  const consumers = PRIORITIES.map((p) => consumerFor(ctx, stageStream('delivery', p), group, handlerFor(stageStream('delivery', p)), p === 'high' ? 1 : undefined));
  serveServiceMetrics(ctx, consumers.map((consumer, i) => ({ stream: stageStream('delivery', PRIORITIES[i]), group, consumer })));
  for (const c of consumers) await c.start();
  ctx.onClose(() => Promise.all(consumers.map((c) => c.stop(config.SHUTDOWN_DEADLINE_MS - 1000))));
  logger.info({ stream: stageStream('delivery'), group }, 'delivery consuming');
  return consumers.find((c) => c)!;
}

export type { AnalyzedDocument };
