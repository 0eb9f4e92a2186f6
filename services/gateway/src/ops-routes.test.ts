import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { deadLetterStream, stageStream, type JobStatusBody } from '@policydiff/contracts';
import { ProblemError } from './problems.js';
import { mountOps, percentile, summariseStages, type StageStatsBody, type StreamsBody } from './ops-routes.js';

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;
const app = new Hono();

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  dir = mkdtempSync(join(tmpdir(), 'pd-ops-'));
  const config = loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir });
  store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // The app's onError maps problems the same way; a bare Hono would answer 500.
  app.onError((err, c) => (err instanceof ProblemError ? c.json(err.toProblem(), err.status as 400) : c.text(String(err), 500)));
  mountOps(app, { redis, store });
});
afterAll(async () => {
  redis.disconnect();
  await store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const pairs = (arr: unknown[]) => Object.fromEntries(Array.from({ length: arr.length / 2 }, (_, i) => [String(arr[2 * i]), arr[2 * i + 1]]));

describe('GET /admin/streams', () => {
  it('reports what XINFO GROUPS, XINFO CONSUMERS and XPENDING report, per stage and priority', async () => {
    const layout = stageStream('layout');
    const high = stageStream('delta', 'high');
    await redis.xgroup('CREATE', layout, 'layout', '$', 'MKSTREAM');
    await redis.xgroup('CREATE', high, 'delta', '$', 'MKSTREAM');
    for (let i = 0; i < 5; i++) await redis.xadd(layout, '*', 'n', String(i));
    await redis.xadd(high, '*', 'n', 'x');
    // Two read by one consumer and left pending, three still undelivered (lag 3).
    await redis.xreadgroup('GROUP', 'layout', 'stage-layout-test-1', 'COUNT', 2, 'STREAMS', layout, '>');
    await redis.xreadgroup('GROUP', 'layout', 'stage-layout-test-2', 'COUNT', 0, 'STREAMS', layout, '0');
    await redis.zadd(`{policydiff}:retry:${layout}:layout`, Date.now() + 60_000, 'retry-me');
    await redis.xadd(deadLetterStream, '*', 'reason', 'poison');

    const res = await app.request('/admin/streams');
    expect(res.status).toBe(200);
    const body = (await res.json()) as StreamsBody;
    // Every work stream, both priorities: 8 stages × 2.
    expect(body.streams).toHaveLength(16);
    expect(body.dead_letters).toBe(1);

    const row = body.streams.find((s) => s.stream === layout)!;
    const g = ((await redis.xinfo('GROUPS', layout)) as unknown[][]).map(pairs).find((x) => x.name === 'layout')!;
    expect(row).toMatchObject({ stage: 'layout', priority: 'normal', group: 'layout', group_exists: true, length: 5, retries_waiting: 1 });
    expect(row.lag).toBe(Number(g.lag));
    expect(row.pending).toBe(Number(g.pending));
    expect(row.lag).toBe(3);
    expect(row.pending).toBe(2);
    expect(row.oldest_pending_age_ms).toBeGreaterThanOrEqual(0);
    expect(row.oldest_pending_age_ms).toBeLessThan(60_000);
    const consumers = ((await redis.xinfo('CONSUMERS', layout, 'layout')) as unknown[][]).map(pairs);
    expect(row.consumers.map((c) => [c.name, c.pending]).sort()).toEqual(consumers.map((c) => [c.name, Number(c.pending)]).sort());
    expect(row.consumers.find((c) => c.name === 'stage-layout-test-1')!.pending).toBe(2);

    const delta = body.streams.find((s) => s.stream === high)!;
    expect(delta).toMatchObject({ stage: 'delta', priority: 'high', length: 1, lag: 1, pending: 0, oldest_pending_age_ms: null, consumers: [] });
    // A stream nobody created yet is zeros, not an error.
    const missing = body.streams.find((s) => s.stream === stageStream('narrative', 'high'))!;
    expect(missing).toMatchObject({ length: 0, lag: null, pending: 0, group_exists: false, consumers: [] });
  });
});

describe('GET /admin/stage-stats', () => {
  const job = (id: string) => ({ id, fileNameA: 'a.pdf', fileNameB: 'b.pdf', shaA: `a${id}`, shaB: `b${id}`, owner: null, priority: 'normal' as const });

  it('summarises completed segments per stage and lists failures with their error, attempts and consumer', async () => {
    for (const id of ['j1', 'j2']) {
      await store.createJob(job(id));
      for (let seg = 1; seg <= 11; seg++) {
        await store.startSegment(id, seg, `worker-${seg}`);
        await store.completeSegment(id, seg, { cached: id === 'j2' && seg <= 4, durationMs: seg * 10 + (id === 'j2' ? 5 : 0) });
      }
      await store.completeJob(id, { ok: true });
    }
    await store.createJob(job('bad'));
    await store.startSegment('bad', 5, 'stage-layout-h-1');
    await store.startSegment('bad', 5, 'stage-layout-h-2'); // redelivered: attempt 2
    await store.failJob('bad', 5, 'segment 5 (Document B: Layout Analysis) failed: not a PDF');

    const res = await app.request('/admin/stage-stats?jobs=10');
    expect(res.status).toBe(200);
    const body = (await res.json()) as StageStatsBody;
    expect(body.sampled_jobs).toBe(2);
    const layout = body.stages.find((s) => s.stage === 'layout')!;
    // Layout ran on A and B of j1 (10, 50 ms) and on B only of j2 (55 ms); j2's A was cached.
    expect(layout).toMatchObject({ segments: 3, cached: 1, p50_ms: 50, p95_ms: 55, max_attempts: 1 });
    expect(layout.throughput_per_min).toBeGreaterThan(0);
    const narrative = body.stages.find((s) => s.stage === 'narrative')!;
    expect(narrative).toMatchObject({ segments: 2, p50_ms: 110, p95_ms: 115 });
    expect(body.recent_failures).toEqual([
      {
        job_id: 'bad',
        failed_at: expect.any(String),
        segment: 5,
        segment_name: 'Document B: Layout Analysis',
        stage: 'layout',
        attempts: 2,
        consumer: 'stage-layout-h-2',
        error_message: 'segment 5 (Document B: Layout Analysis) failed: not a PDF',
      },
    ]);
  });

  it('refuses a bad sample size', async () => {
    const res = await app.request('/admin/stage-stats?jobs=0');
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toBe('jobs must be an integer from 1 to 1000');
  });
});

describe('stage figures', () => {
  it('takes nearest-rank percentiles', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.95)).toBe(7);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.5)).toBe(50);
    expect(percentile(hundred, 0.95)).toBe(95);
  });

  it('reports no throughput for a stage that never ran', () => {
    expect(summariseStages([] as JobStatusBody[]).every((s) => s.segments === 0 && s.throughput_per_min === null && s.p95_ms === null)).toBe(true);
  });
});
