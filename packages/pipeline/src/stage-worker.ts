import { createHash } from 'node:crypto';
import { ANALYSIS_VERSION } from '@policydiff/analysis';
import {
  nextSegment,
  segmentInfo,
  stageGroup,
  stageStream,
  STAGES,
  type Stage,
  type WorkEnvelope,
} from '@policydiff/contracts';
import { toJobStatusBody } from '@policydiff/store';
import {
  emitOnce,
  errorMessage,
  halt,
  handoff,
  isHalted,
  PoisonMessageError,
  StreamConsumer,
  UnrecoverableError,
  type ConsumerOptions,
  type StreamMessage,
} from '@policydiff/streams';
import { artifactKey, documentSha } from './artifact-keys.js';
import { parseWorkEnvelope, workEnvelope } from './envelope.js';
import { jobEvent, segmentFailureMessage } from './job-events.js';
import type { ServiceContext } from './service-context.js';
import { StageThreads } from './stage-threads.js';
import { serveServiceMetrics, type ServedConsumer } from './metrics-server.js';
import { computeOnce } from './compute-once.js';

export const DELIVERY_SEGMENT = 12;

/** Where the work goes after `segment`: the next stage on the branch, the join, or delivery. */
export function plannedNext(env: WorkEnvelope): { stage: Stage | 'delivery'; segment: number; join?: { field: string; needed: number } } {
  const seg = env.segment;
  const next = nextSegment(seg);
  if (next !== null) return { stage: segmentInfo(next).stage, segment: next };
  if (seg === 4 || seg === 8) return { stage: 'alignment', segment: 9, join: { field: seg === 4 ? 'A' : 'B', needed: 2 } };
  return { stage: 'delivery', segment: DELIVERY_SEGMENT };
}

/** "600 s", "2.5 s" */
const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * A layout that runs out of time would run out of time again: the same bytes, read the same way
 * (a file built to keep pdfjs busy, or one too large to lay out). So its hard limit fails the job
 * at once, while the other stages, whose time goes with the machine's load, retry.
 */
export function layoutTimeLimitError(hardTimeoutMs: number): UnrecoverableError {
  return new UnrecoverableError(`layout took more than ${seconds(hardTimeoutMs)}: refused`);
}

function consumerFor(
  ctx: ServiceContext,
  stream: string,
  group: string,
  handle: (msg: StreamMessage, signal: AbortSignal) => Promise<void>,
  concurrency = ctx.config.STAGE_CONCURRENCY || 1,
  extra: Pick<ConsumerOptions, 'hardTimeoutError' | 'spareSlots' | 'spareAfterMs'> = {},
) {
  const { config, logger, redis } = ctx;
  const consumer = new StreamConsumer({
    redis,
    blockingRedis: ctx.newBlockingRedis(stream),
    stream,
    group,
    consumer: config.consumerName,
    concurrency,
    blockMs: config.BLOCK_MS,
    claimIdleMs: config.CLAIM_IDLE_MS,
    claimIntervalMs: config.CLAIM_INTERVAL_MS,
    heartbeatMs: config.HEARTBEAT_MS,
    retryLimit: config.RETRY_LIMIT,
    retryBaseMs: config.RETRY_BASE_MS,
    retryMaxMs: config.RETRY_MAX_MS,
    softTimeoutMs: config.SEGMENT_SOFT_MS,
    hardTimeoutMs: config.SEGMENT_HARD_MS,
    ...extra,
    logger,
    handle: (msg, hctx) => handle(msg, hctx.signal),
    fail: async (msg, info) => {
      let env: WorkEnvelope | null = null;
      try {
        env = parseWorkEnvelope(msg.fields);
      } catch {
        env = null;
      }
      const reason = errorMessage(info.error);
      if (!env) {
        // Unparseable: nothing to fail but the entry itself.
        await halt(redis, {
          stream,
          group,
          entryId: msg.id,
          jobId: 'unknown',
          ttlSeconds: 3600,
          eventsMaxlen: config.EVENTS_MAXLEN,
          event: { type: 'poison', reason },
          deadLetter: { reason, error: reason, deliveries: info.deliveries, fields: msg.fields },
          haltValue: 'failed',
        });
        logger.error({ id: msg.id, reason }, 'poison entry dead-lettered');
        return;
      }
      const segment = env.segment <= 11 ? env.segment : null;
      const message = segment ? segmentFailureMessage(segment, reason) : `Delivery failed: ${reason}`;
      await ctx.store.failJob(env.jobId, segment, message);
      const job = await ctx.store.getJob(env.jobId);
      const progress = job ? toJobStatusBody(job.job, job.segments).progress_pct : 0;
      await halt(redis, {
        stream,
        group,
        entryId: msg.id,
        jobId: env.jobId,
        ttlSeconds: config.JOB_RETENTION_S,
        eventsMaxlen: config.EVENTS_MAXLEN,
        event: jobEvent({
          type: 'failed',
          jobId: env.jobId,
          segment,
          segmentStatus: 'failed',
          progressPct: progress,
          status: 'FAILED',
          errorMessage: message,
        }),
        deadLetter: info.deadLetter
          ? { reason: `retries spent after ${info.deliveries} deliveries`, error: reason, job_id: env.jobId, segment, envelope: env }
          : null,
        haltValue: 'failed',
      });
      logger.warn({ jobId: env.jobId, segment, deadLetter: info.deadLetter }, message);
    },
  });
  return consumer;
}

async function ackAndDrop(ctx: ServiceContext, stream: string, group: string, id: string) {
  await ctx.redis.multi().xack(stream, group, id).xdel(stream, id).exec();
}

/**
 * One stage's service: read its stream through its group, run the stage (or reuse the cached
 * artifact), record the segment, and hand off atomically to the next stage.
 */
export async function runStageService(ctx: ServiceContext, stage: Stage): Promise<StreamConsumer> {
  if (!STAGES.includes(stage)) throw new Error(`unknown stage ${stage}`);
  const { config, logger, store, redis } = ctx;
  const group = stageGroup(stage);
  const normalSlots = Math.max(1, stage === 'layout' ? config.LAYOUT_CONCURRENCY : config.STAGE_CONCURRENCY);
  // A layout running long opens a spare slot, so that the documents behind it do not wait for it.
  const spareSlots = stage === 'layout' && config.LAYOUT_SPARE_AFTER_MS > 0 ? 1 : 0;
  // One more thread than normal work can use: the high-priority consumer's slot.
  const served: ServedConsumer[] = [];
  const metrics = serveServiceMetrics(ctx, served);
  // One thread starts now; the others when two entries first overlap (then they stay warm). Each
  // idle thread costs ~20 MB (~65 MB with pdfjs), and with one layout at a time most single jobs
  // never overlap in a stage: the pair stages run once per job, and A's segments 2–4 run while B is
  // still in layout. The spare slot's thread is not kept: it starts when a layout runs long and
  // stops when its document is done.
  const threads = new StageThreads(normalSlots + 1 + spareSlots, { stage, databaseUrl: config.databaseUrl, dataDir: config.dataDir }, 1, normalSlots + 1);

  const handlerFor = (stream: string) => async (msg: StreamMessage, signal: AbortSignal) => {
    const env = parseWorkEnvelope(msg.fields);
    const info = segmentInfo(env.segment);
    if (info.stage !== stage) throw new PoisonMessageError(`segment ${env.segment} does not belong to stage ${stage}`);
    const { jobId, segment, payload } = env;
    if (await isHalted(redis, jobId)) return ackAndDrop(ctx, stream, group, msg.id);
    const job = await store.getJob(jobId);
    if (!job || !(await store.startSegment(jobId, segment, config.consumerName))) return ackAndDrop(ctx, stream, group, msg.id);

    const before = toJobStatusBody(job.job, job.segments);
    await emitOnce(redis, {
      jobId,
      onceKey: `{policydiff}:job:${jobId}:started:${segment}`,
      ttlSeconds: config.JOB_RETENTION_S,
      eventsMaxlen: config.EVENTS_MAXLEN,
      event: jobEvent({ type: 'progress', jobId, segment, segmentStatus: 'running', progressPct: before.progress_pct, status: 'RUNNING' }),
    });

    const t0 = performance.now();
    let key = artifactKey(stage, payload, info.document);
    if (stage === 'narrative') {
      // The summary names the files, so it is cached per pair *and* file names.
      key += `:${createHash('sha1').update(`${job.job.fileNameA}\u0000${job.job.fileNameB}`).digest('hex').slice(0, 12)}`;
    }
    let cached = await store.hasArtifact(key);
    if (!cached) {
      const outcome = await computeOnce(redis, key, `${config.consumerName}:${msg.id}`, {
        leaseMs: Math.max(3000, config.HEARTBEAT_MS * 2),
        signal,
        exists: () => store.hasArtifact(key),
        // In a worker thread: the hard limit can stop it, and this loop keeps heartbeating.
        compute: () =>
          threads.run(
            {
              stage,
              side: info.document,
              payload,
              maxPages: config.MAX_PAGES,
              maxInflatedStreamBytes: config.MAX_INFLATED_STREAM_BYTES,
              maxInflatedDocumentBytes: config.MAX_INFLATED_DOCUMENT_BYTES,
              fileNames: { a: job.job.fileNameA, b: job.job.fileNameB },
              artifactKey: key,
              artifactSha: info.document ? (info.document === 'A' ? payload.shaA : payload.shaB) : null,
              jobId,
            },
            signal,
          ),
      });
      cached = outcome === 'reused';
    }
    const durationMs = performance.now() - t0;
    metrics.segmentDuration.observe({ stage, segment: String(segment), cached: String(cached) }, durationMs / 1000);
    // What the job's owner is told: reused work counts as `cached` only when it was this job's own
    // (an earlier attempt, or its other side with the same PDF) or this owner's other jobs used the
    // document (or pair). Reused from another key's job, it would tell this key that someone else
    // had uploaded the same PDF.
    if (cached && (await store.artifactJob(key)) !== jobId) {
      cached = await store.ownerUsedBefore(job.job.owner, jobId, info.document ? { sha: documentSha(payload, info.document) } : { shaA: payload.shaA, shaB: payload.shaB });
    }
    await store.completeSegment(jobId, segment, { cached, durationMs });
    const after = await store.getJob(jobId);
    const progress = after ? toJobStatusBody(after.job, after.segments).progress_pct : 0;
    const next = plannedNext(env);
    const nextPayload = next.stage === 'alignment' || next.stage === 'delivery' ? { ...payload, document: null } : payload;
    const outcome = await handoff(redis, {
      stream,
      group,
      entryId: msg.id,
      jobId,
      segment,
      ttlSeconds: config.JOB_RETENTION_S,
      eventsMaxlen: config.EVENTS_MAXLEN,
      events: [
        jobEvent({ type: 'progress', jobId, segment, segmentStatus: 'completed', progressPct: progress, status: 'RUNNING', cached, durationMs: Math.round(durationMs) }),
      ],
      next: [{ stream: stageStream(next.stage, payload.priority), envelope: workEnvelope(jobId, next.segment, nextPayload) }],
      join: next.join,
    });
    logger.info({ jobId, segment, cached, ms: Math.round(durationMs), outcome: outcome.status }, `segment ${segment} done`);
  };

  // Normal work on its stream with STAGE_CONCURRENCY (LAYOUT_CONCURRENCY) slots; high-priority work on its own stream
  // with a slot of its own, so it never queues behind a normal backlog.
  const timeLimit = stage === 'layout' ? { hardTimeoutError: layoutTimeLimitError } : {};
  const consumers = [
    consumerFor(ctx, stageStream(stage, 'normal'), group, handlerFor(stageStream(stage, 'normal')), normalSlots, { ...timeLimit, spareSlots, spareAfterMs: config.LAYOUT_SPARE_AFTER_MS }),
    consumerFor(ctx, stageStream(stage, 'high'), group, handlerFor(stageStream(stage, 'high')), 1, timeLimit),
  ];
  consumers.forEach((consumer, i) => served.push({ stream: stageStream(stage, i === 0 ? 'normal' : 'high'), group, consumer }));
  for (const c of consumers) await c.start();
  ctx.onClose(async () => {
    await Promise.all(consumers.map((c) => c.stop(config.SHUTDOWN_DEADLINE_MS - 1000)));
    await threads.close();
  });
  logger.info({ stream: stageStream(stage), group, consumer: config.consumerName, analysisVersion: ANALYSIS_VERSION }, `stage ${stage} consuming`);
  return consumers[0]!;
}

export { consumerFor, ackAndDrop };
