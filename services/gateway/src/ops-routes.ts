import type { Hono } from 'hono';
import type { Redis } from 'ioredis';
import {
  ALL_WORK_STREAMS,
  KEY_PREFIX,
  PRIORITIES,
  SEGMENTS,
  deadLetterStream,
  stageGroup,
  stageStream,
  type JobStatusBody,
  type RecentFailure,
  type StageStats,
  type StageStatsBody,
  type StageStreamFigures,
  type StreamsBody,
} from '@policydiff/contracts';
import { toJobStatusBody } from '@policydiff/store';
import type { GatewayDeps } from './app.js';
import { badRequest } from './problems.js';

/** XINFO replies are flat [name, value, …] arrays. */
const pairs = (arr: unknown[]) => {
  const out: Record<string, unknown> = {};
  for (let i = 0; i + 1 < arr.length; i += 2) out[String(arr[i])] = arr[i + 1];
  return out;
};
const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/**
 * Every stage stream (high first, then normal, per stage in pipeline order) with its group and
 * consumers. A stream or group not created yet reads as zeros, not as an error.
 */
export async function readStageStreams(redis: Redis, now = Date.now()): Promise<StreamsBody> {
  const streams: StageStreamFigures[] = [];
  for (const stage of ALL_WORK_STREAMS) {
    for (const priority of [...PRIORITIES]) {
      const stream = stageStream(stage, priority);
      const group = stageGroup(stage);
      const [len, groups, oldest, retries, consumers] = (await redis
        .multi()
        .xlen(stream)
        .xinfo('GROUPS', stream)
        .xpending(stream, group, '-', '+', 1)
        .zcard(`${KEY_PREFIX}:retry:${stream}:${group}`)
        .xinfo('CONSUMERS', stream, group)
        .exec()) as [Error | null, unknown][];
      const g = groups![0] ? undefined : (groups![1] as unknown[][]).map(pairs).find((x) => x.name === group);
      const first = oldest![0] ? undefined : (oldest![1] as [string, string, number, number][])[0];
      const members = consumers![0] ? [] : (consumers![1] as unknown[][]).map(pairs);
      streams.push({
        stage,
        priority,
        stream,
        group,
        length: Number(len![1] ?? 0),
        lag: g ? num(g.lag) : null,
        pending: g ? Number(g.pending ?? 0) : 0,
        oldest_pending_age_ms: first ? Math.max(0, now - Number(first[0].split('-')[0])) : null,
        retries_waiting: Number(retries![1] ?? 0),
        group_exists: !!g,
        consumers: members.map((c) => ({ name: String(c.name), pending: Number(c.pending ?? 0), idle_ms: Number(c.idle ?? 0), inactive_ms: num(c.inactive) })),
      });
    }
  }
  return { at: new Date(now).toISOString(), streams, dead_letters: await redis.xlen(deadLetterStream) };
}

/** Nearest-rank percentile of sorted values: the smallest value with at least q of them at or below it. */
export function percentile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const STAGE_OF_SEGMENT = new Map(SEGMENTS.map((s) => [s.segment, s.stage]));

/** Per stage figures over the segments of finished jobs (status bodies, any order). */
export function summariseStages(jobs: JobStatusBody[]): StageStats[] {
  const stages = [...new Set(SEGMENTS.map((s) => s.stage))];
  return stages.map((stage) => {
    const ran = jobs.flatMap((j) => j.segments).filter((s) => STAGE_OF_SEGMENT.get(s.segment) === stage && s.status === 'completed');
    const timed = ran.filter((s) => !s.cached && s.duration_ms !== null);
    const durations = timed.map((s) => s.duration_ms!).sort((a, b) => a - b);
    const starts = timed.map((s) => Date.parse(s.started_at ?? '')).filter(Number.isFinite);
    const ends = timed.map((s) => Date.parse(s.completed_at ?? '')).filter(Number.isFinite);
    // The window is at least one second so a single fast segment does not read as thousands a minute.
    const windowMs = starts.length && ends.length ? Math.max(1000, Math.max(...ends) - Math.min(...starts)) : null;
    return {
      stage,
      segments: timed.length,
      cached: ran.filter((s) => s.cached).length,
      throughput_per_min: windowMs ? Math.round((timed.length / (windowMs / 60_000)) * 10) / 10 : null,
      p50_ms: percentile(durations, 0.5),
      p95_ms: percentile(durations, 0.95),
      max_attempts: Math.max(0, ...ran.map((s) => s.attempts)),
    };
  });
}

/** The segment a failed job stopped at, with its attempts and the consumer that last ran it. */
export function describeFailure(job: JobStatusBody): RecentFailure {
  const seg = job.segments.find((s) => s.status === 'failed') ?? job.segments.find((s) => s.segment === job.current_segment) ?? null;
  return {
    job_id: job.job_id,
    failed_at: job.completed_at,
    segment: seg?.segment ?? null,
    segment_name: seg?.name ?? null,
    stage: seg ? (STAGE_OF_SEGMENT.get(seg.segment) ?? null) : null,
    attempts: seg?.attempts ?? 0,
    consumer: seg?.consumer ?? null,
    error_message: job.error_message,
  };
}

/**
 * The operator's view (issue 6 item 2): `GET /admin/streams`, the live stream figures, and
 * `GET /admin/stage-stats?jobs=N`, durations and throughput over the last N completed jobs and the
 * most recent failures. Mounted after the /admin/* guard, so an admin key is needed when keys are on.
 */
export function mountOps(app: Hono<any>, deps: Pick<GatewayDeps, 'redis' | 'store'>): void {
  const { redis, store } = deps;

  app.get('/admin/streams', async (c) => c.json(await readStageStreams(redis)));

  app.get('/admin/stage-stats', async (c) => {
    const n = Number(c.req.query('jobs') ?? 100);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw badRequest('jobs must be an integer from 1 to 1000');
    const failures = Number(c.req.query('failures') ?? 20);
    if (!Number.isInteger(failures) || failures < 0 || failures > 200) throw badRequest('failures must be an integer from 0 to 200');
    const [done, failed] = await Promise.all([
      store.listJobs({ status: 'COMPLETED', limit: n, offset: 0 }),
      failures ? store.listJobs({ status: 'FAILED', limit: failures, offset: 0 }) : Promise.resolve({ jobs: [], total: 0 }),
    ]);
    const body: StageStatsBody = {
      at: new Date().toISOString(),
      sampled_jobs: done.jobs.length,
      stages: summariseStages(done.jobs.map((j) => toJobStatusBody(j.job, j.segments))),
      recent_failures: failed.jobs.map((j) => describeFailure(toJobStatusBody(j.job, j.segments))),
    };
    return c.json(body);
  });
}
