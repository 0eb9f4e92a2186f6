import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { segmentDoneKey } from '@policydiff/contracts';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { JobWatchdog } from './watchdog.js';

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;
let clock = 0;
const config = () => loadConfig('delivery', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir });

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  dir = mkdtempSync(join(tmpdir(), 'pd-watchdog-'));
  store = openStore({ databaseUrl: config().databaseUrl, dataDir: dir });
});
afterAll(async () => {
  redis.disconnect();
  store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await redis.flushall();
  // Each test watches only its own job: finish the ones earlier tests left running.
  for (const { job } of (await store.listJobs({ status: 'RUNNING', limit: 100, offset: 0 })).jobs) await store.cancelJob(job.id);
});

const dog = () =>
  new JobWatchdog({ config: config(), logger: createLogger('delivery', 'silent'), store, redis }, { intervalMs: 1000, redriveAfterMs: 5000, stallMs: 60_000 }, () => clock);
let n = 0;
async function runningJob() {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  await store.createJob({ id, fileNameA: 'a.pdf', fileNameB: 'b.pdf', shaA: 'a'.repeat(64), shaB: 'b'.repeat(64), owner: null, priority: 'normal' });
  await store.startSegment(id, 1, 'test');
  clock = Date.now();
  return id;
}
const entries = async (stream: string) =>
  ((await redis.xrange(stream, '-', '+')) as [string, string[]][]).map(([, f]) => JSON.parse(f[1]!) as { jobId: string; segment: number; payload: { document: string | null } });

describe('JobWatchdog', () => {
  it('leaves a job alone while a stream holds its work', async () => {
    const id = await runningJob();
    await redis.xadd('{policydiff}:stage:layout', '*', 'event', JSON.stringify({ jobId: id, segment: 1 }));
    const d = dog();
    for (let i = 0; i < 4; i++) {
      await d.sweep();
      clock += 3000;
      await redis.del('{policydiff}:watchdog:lock');
    }
    expect(d.stats.redriven).toBe(0);
    expect(await redis.xlen('{policydiff}:stage:layout')).toBe(1);
  });

  it('re-drives lost work once, from the done keys: the next segment of each branch', async () => {
    const id = await runningJob();
    await redis.set(segmentDoneKey(id, 1), '1');
    await redis.set(segmentDoneKey(id, 2), '1');
    for (const s of [5, 6, 7, 8]) await redis.set(segmentDoneKey(id, s), '1');
    const d = dog();
    await d.sweep(); // first sight: only noted
    expect(d.stats.redriven).toBe(0);
    clock += 6000;
    await redis.del('{policydiff}:watchdog:lock');
    await d.sweep();
    expect(d.stats.redriven).toBe(1);
    const cls = await entries('{policydiff}:stage:classification');
    expect(cls.map((e) => [e.jobId, e.segment, e.payload.document])).toEqual([[id, 3, 'A']]);
    // The re-driven entry is work in a stream: no second re-drive.
    clock += 6000;
    await redis.del('{policydiff}:watchdog:lock');
    await d.sweep();
    expect(d.stats.redriven).toBe(1);
  });

  it('re-drives after the join: alignment once both branches are done', async () => {
    const id = await runningJob();
    for (let s = 1; s <= 8; s++) await redis.set(segmentDoneKey(id, s), '1');
    const d = dog();
    expect(await d.redrive(id, 'a'.repeat(64), 'b'.repeat(64))).toEqual([9]);
    expect((await entries('{policydiff}:stage:alignment')).map((e) => e.segment)).toEqual([9]);
  });

  it('fails a job whose events stopped for longer than the stall limit, once', async () => {
    const id = await runningJob();
    await redis.xadd('{policydiff}:stage:layout', '*', 'event', JSON.stringify({ jobId: id, segment: 1 }));
    const d = dog();
    clock += 61_000;
    await d.sweep();
    const rec = await store.getJob(id);
    expect(rec!.job.status).toBe('FAILED');
    expect(rec!.job.errorMessage).toMatch(/^Segment 1 \(Document A: Layout Analysis\) failed: no progress for \d+ s \(watchdog\)$/);
    const events = (await redis.xrange(`{policydiff}:job:${id}:events`, '-', '+')) as [string, string[]][];
    expect(events.map(([, f]) => JSON.parse(f[1]!).type)).toEqual(['failed']);
    expect(await redis.get(`{policydiff}:job:${id}:halt`)).toBe('failed');
  });
});
