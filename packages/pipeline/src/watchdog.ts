import { ANALYSIS_VERSION } from '@policydiff/analysis';
import { KEY_PREFIX, segmentDoneKey, segmentInfo, stageStream, STAGES, type Stage } from '@policydiff/contracts';
import { toJobStatusBody } from '@policydiff/store';
import { errorMessage, halt } from '@policydiff/streams';
import { workEnvelope } from './envelope.js';
import { jobEvent, segmentFailureMessage } from './job-events.js';
import type { ServiceContext } from './service-context.js';
import { DELIVERY_SEGMENT } from './stage-worker.js';

export interface WatchdogOptions {
  /** How often to look. */
  intervalMs: number;
  /**
   * A job with no entry in any stage stream (its work was lost, e.g. by a Redis restart that
   * dropped the last second of writes) and no new event for this long is re-driven.
   */
  redriveAfterMs: number;
  /** A job with no new event for this long is failed, whatever the reason. */
  stallMs: number;
}

/**
 * From the runtime's own limits: work is lost only when no stream holds it, which is safe to
 * decide after two claim periods; a job may legitimately be silent for every delivery of one
 * segment (each up to the hard limit, claimed after the idle limit) plus the backoffs between.
 */
export function watchdogOptions(config: ServiceContext['config']): WatchdogOptions {
  const perDelivery = config.SEGMENT_HARD_MS + config.CLAIM_IDLE_MS + config.CLAIM_INTERVAL_MS;
  return {
    intervalMs: Math.max(500, config.CLAIM_INTERVAL_MS),
    redriveAfterMs: Math.max(2000, 2 * config.CLAIM_IDLE_MS),
    stallMs: (config.RETRY_LIMIT + 1) * perDelivery + config.RETRY_LIMIT * config.RETRY_MAX_MS + 60_000,
  };
}

const ALL_STREAMS = [...STAGES.map((s) => stageStream(s)), stageStream('delivery')];

interface Suspect {
  lastEventId: string | null;
  since: number;
}

/**
 * No job stays RUNNING forever. Every sweep (one instance at a time, under a short lock) reads all
 * stage streams in one MULTI — a hand-off moves an entry from one stream to the next atomically, so
 * a live job always has at least one entry somewhere — and looks at each unfinished job:
 * - its events keep coming: fine;
 * - it has no entry anywhere and nothing happened for `redriveAfterMs` (two sweeps agree): its
 *   work was lost, so the next segment of each branch is enqueued again from the hand-off
 *   bookkeeping (done keys); a re-run segment is answered from its stored artifact;
 * - nothing happened for `stallMs`: it is failed with a message that says so.
 */
export class JobWatchdog {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly suspects = new Map<string, Suspect>();
  stats = { sweeps: 0, redriven: 0, failed: 0 };

  constructor(
    private readonly ctx: Pick<ServiceContext, 'config' | 'logger' | 'store' | 'redis'>,
    private readonly opts: WatchdogOptions = watchdogOptions(ctx.config),
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.sweep().catch((err) => this.ctx.logger.warn({ err: errorMessage(err) }, 'watchdog sweep failed')).finally(() => (this.running = null));
    }, this.opts.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One look at every unfinished job. Public so tests can drive it without timers. */
  async sweep(): Promise<void> {
    const { redis, store } = this.ctx;
    const lock = `${KEY_PREFIX}:watchdog:lock`;
    if (!(await redis.set(lock, '1', 'PX', Math.max(1000, this.opts.intervalMs - 100), 'NX'))) return;
    this.stats.sweeps++;
    const unfinished = [];
    for (const status of ['QUEUED', 'RUNNING'] as const) {
      for (let offset = 0; ; offset += 500) {
        const page = await store.listJobs({ status, limit: 500, offset });
        unfinished.push(...page.jobs);
        if (page.jobs.length < 500) break;
      }
    }
    const live = new Set(unfinished.map((j) => j.job.id));
    for (const id of this.suspects.keys()) if (!live.has(id)) this.suspects.delete(id);
    if (unfinished.length === 0) return;

    const withWork = await this.jobsWithEntries();
    const t = this.now();
    for (const { job } of unfinished) {
      const last = (await redis.xrevrange(`${KEY_PREFIX}:job:${job.id}:events`, '+', '-', 'COUNT', 1)) as [string, string[]][];
      const lastEventId = last[0]?.[0] ?? null;
      const lastActivity = Math.max(Date.parse(job.createdAt), lastEventId ? Number(lastEventId.split('-')[0]) : 0);
      if (t - lastActivity > this.opts.stallMs) {
        await this.fail(job.id, `no progress for ${Math.round((t - lastActivity) / 1000)} s (watchdog)`);
        continue;
      }
      if (withWork.has(job.id)) {
        this.suspects.delete(job.id);
        continue;
      }
      const seen = this.suspects.get(job.id);
      if (!seen || seen.lastEventId !== lastEventId) {
        this.suspects.set(job.id, { lastEventId, since: t });
        continue;
      }
      if (t - seen.since >= this.opts.redriveAfterMs && t - lastActivity >= this.opts.redriveAfterMs) {
        await this.redrive(job.id, job.shaA, job.shaB);
        this.suspects.delete(job.id);
      }
    }
  }

  /** Job ids that have an entry in any stage stream, read in one MULTI so no hand-off falls between reads. */
  private async jobsWithEntries(): Promise<Set<string>> {
    const multi = this.ctx.redis.multi();
    for (const s of ALL_STREAMS) multi.xrange(s, '-', '+');
    const res = (await multi.exec()) ?? [];
    const ids = new Set<string>();
    for (const [err, entries] of res) {
      if (err) throw err;
      for (const [, fields] of entries as [string, string[]][]) {
        const i = fields.indexOf('event');
        try {
          const env = JSON.parse(fields[i + 1] ?? '{}') as { jobId?: string };
          if (env.jobId) ids.add(env.jobId);
        } catch {
          /* a poison entry: the consumer dead-letters it */
        }
      }
    }
    return ids;
  }

  /** Enqueues what the hand-off bookkeeping says comes next on each branch (or after the join). */
  async redrive(jobId: string, shaA: string, shaB: string): Promise<number[]> {
    const { redis, logger } = this.ctx;
    const done = new Set<number>();
    const flags = await redis.mget(...Array.from({ length: DELIVERY_SEGMENT }, (_, i) => segmentDoneKey(jobId, i + 1)));
    flags.forEach((v, i) => v !== null && done.add(i + 1));
    if (await redis.exists(`${KEY_PREFIX}:job:${jobId}:halt`)) return [];
    const next: number[] = [];
    const branch = (segs: number[]) => segs.find((s) => !done.has(s));
    const a = branch([1, 2, 3, 4]);
    const b = branch([5, 6, 7, 8]);
    if (a !== undefined) next.push(a);
    if (b !== undefined) next.push(b);
    if (a === undefined && b === undefined) {
      const tail = branch([9, 10, 11, DELIVERY_SEGMENT]);
      if (tail !== undefined) next.push(tail);
    }
    if (next.length === 0) return [];
    const payload = { shaA, shaB, analysisVersion: ANALYSIS_VERSION };
    const multi = redis.multi();
    for (const seg of next) {
      const stage: Stage | 'delivery' = seg === DELIVERY_SEGMENT ? 'delivery' : segmentInfo(seg).stage;
      const document = seg <= 4 ? 'A' : seg <= 8 ? 'B' : null;
      multi.xadd(stageStream(stage), '*', 'event', JSON.stringify(workEnvelope(jobId, seg, { ...payload, document })));
    }
    await multi.exec();
    this.stats.redriven++;
    logger.warn({ jobId, segments: next }, 'watchdog: no work left for an unfinished job; re-driving');
    return next;
  }

  private async fail(jobId: string, reason: string): Promise<void> {
    const { store, redis, config, logger } = this.ctx;
    const rec = await store.getJob(jobId);
    const running = rec?.segments.find((s) => s.status === 'running')?.segment ?? null;
    const message = running ? segmentFailureMessage(running, reason) : `Job failed: ${reason}`;
    if (!(await store.failJob(jobId, running, message))) return;
    const after = await store.getJob(jobId);
    await halt(redis, {
      stream: '',
      group: '',
      entryId: '',
      jobId,
      ttlSeconds: config.JOB_RETENTION_S,
      eventsMaxlen: config.EVENTS_MAXLEN,
      event: jobEvent({
        type: 'failed',
        jobId,
        segment: running,
        segmentStatus: 'failed',
        progressPct: after ? toJobStatusBody(after.job, after.segments).progress_pct : 0,
        status: 'FAILED',
        errorMessage: message,
      }),
      deadLetter: null,
      haltValue: 'failed',
    });
    this.stats.failed++;
    logger.error({ jobId }, message);
  }
}

/** Runs the watchdog in a service (delivery does) until shutdown. */
export function runWatchdog(ctx: ServiceContext): JobWatchdog {
  const dog = new JobWatchdog(ctx);
  dog.start();
  ctx.onClose(() => dog.stop());
  return dog;
}
