import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { deadLetterStream, stageStream } from '@policydiff/contracts';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { pairs, readStreamStats } from './stream-stats.js';

let server: PrivateRedis;
let redis: Redis;
beforeAll(async () => {
  server = await startPrivateRedis();
  redis = new Redis(server.url);
  redis.on('error', () => undefined);
}, 60_000);
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

describe('readStreamStats against a real Redis', () => {
  it('reports the same length, lag and pending as XINFO GROUPS, with consumers and dead letters', async () => {
    const layout = stageStream('layout');
    await redis.xgroup('CREATE', layout, 'layout', '0', 'MKSTREAM');
    for (let i = 0; i < 5; i++) await redis.xadd(layout, '*', 'event', `{"n":${i}}`);
    await redis.xreadgroup('GROUP', 'layout', 'stage-layout-test-1', 'COUNT', 2, 'STREAMS', layout, '>');
    await redis.xadd(deadLetterStream, '*', 'job', 'j', 'dead', '{}');
    // A per-priority variant of a stage stream is found and read through the stage's group.
    const high = `${layout}:high`;
    await redis.xgroup('CREATE', high, 'layout', '0', 'MKSTREAM');
    await redis.xadd(high, '*', 'event', '{}');

    const report = await readStreamStats(redis);
    const row = report.streams.find((s) => s.stream === layout)!;
    const xinfo = ((await redis.xinfo('GROUPS', layout)) as unknown[][]).map(pairs).find((g) => g.name === 'layout')!;
    expect(row.length).toBe(await redis.xlen(layout));
    expect(row.length).toBe(5);
    expect(row.lag).toBe(Number(xinfo.lag));
    expect(row.lag).toBe(3);
    expect(row.pending).toBe(Number(xinfo.pending));
    expect(row.pending).toBe(2);
    expect(row.oldestPendingAgeMs).toBeGreaterThanOrEqual(0);
    expect(row.oldestPendingAgeMs).toBeLessThan(60_000);
    expect(row.consumers).toEqual([expect.objectContaining({ name: 'stage-layout-test-1', pending: 2 })]);
    expect(report.deadLetters).toBe(1);

    const names = report.streams.map((s) => s.stage);
    expect(names.slice(0, 2)).toEqual(['layout', 'layout:high']);
    expect(names).toContain('delivery');
    const highRow = report.streams.find((s) => s.stream === high)!;
    expect(highRow).toMatchObject({ group: 'layout', length: 1, lag: 1, pending: 0 });
    // A stage whose stream does not exist yet is reported, not an error.
    expect(report.streams.find((s) => s.stage === 'delivery')).toMatchObject({ length: 0, groupExists: false, pending: 0 });
  });
});
