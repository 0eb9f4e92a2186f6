import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '@policydiff/platform';
import { freePort, startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { serveServiceMetrics, type ServedConsumer } from './metrics-server.js';

let server: PrivateRedis;
let redis: Redis;
const closers: (() => Promise<unknown> | unknown)[] = [];
beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  redis.on('error', () => undefined);
});
afterAll(async () => {
  for (const c of closers.reverse()) await c();
  redis.disconnect();
  await server.stop();
});

const ctxFor = (env: Record<string, string>) => ({
  config: loadConfig('stage-layout', { REDIS_URL: server.url, ...env }),
  logger: createLogger('stage-layout', 'silent'),
  redis,
  onClose: (c: () => Promise<unknown> | unknown) => void closers.push(c),
});

describe('the metrics server of a stage service', () => {
  it('serves consumer counters, segment durations and health on METRICS_PORT', async () => {
    const port = await freePort();
    const consumers: ServedConsumer[] = [];
    const m = serveServiceMetrics(ctxFor({ METRICS_PORT: String(port) }), consumers);
    // Added after start, as runStageService does once its consumer exists.
    consumers.push({ stream: '{policydiff}:stage:layout', group: 'layout', consumer: { busy: 2, stats: { processed: 7, failed: 1, retried: 3, claimed: 0, deadLettered: 1 } } });
    m.segmentDuration.observe({ stage: 'layout', segment: '1', cached: 'false' }, 0.42);
    await new Promise((r) => (m.server!.listening ? r(null) : m.server!.once('listening', r)));

    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/policydiff_consumer_entries_total\{.*outcome="processed".*\} 7/);
    expect(text).toMatch(/policydiff_consumer_entries_total\{.*outcome="retried".*\} 3/);
    expect(text).toMatch(/policydiff_consumer_entries_total\{.*outcome="dead_lettered".*\} 1/);
    expect(text).toMatch(/policydiff_consumer_in_flight\{.*group="layout".*\} 2/);
    expect(text).toMatch(/policydiff_segment_duration_seconds_bucket\{le="0.5",.*stage="layout".*\} 1/);
    expect(text).toMatch(/policydiff_segment_duration_seconds_count\{.*\} 1/);
    expect(text).toContain('service="stage-layout"');

    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', redis: 'ok', in_flight: 2 });
    expect((await fetch(`http://127.0.0.1:${port}/nope`)).status).toBe(404);
  });

  it('with API keys on, serves /metrics to a metrics or admin key only; /health stays open', async () => {
    const port = await freePort();
    const m = serveServiceMetrics(ctxFor({ METRICS_PORT: String(port), API_KEYS: 'alice=alice-secret-1,prom=prom-secret-1:metrics,ops=ops-secret-1:admin' }), []);
    await new Promise((r) => (m.server!.listening ? r(null) : m.server!.once('listening', r)));
    const scrape = (key?: string) => fetch(`http://127.0.0.1:${port}/metrics`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    const none = await scrape();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(await none.json()).toMatchObject({ status: 401, type: 'https://policydiff.dev/problems/unauthorized' });
    expect((await scrape('wrong-secret-1')).status).toBe(401);
    const alice = await scrape('alice-secret-1');
    expect(alice.status).toBe(403);
    expect((await alice.json()).detail).toBe('/metrics needs a metrics key (name=secret:metrics in API_KEYS) or an admin key');
    expect((await scrape('prom-secret-1')).status).toBe(200);
    expect((await scrape('ops-secret-1')).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  });

  it('does not listen when METRICS_PORT is 0 (the default), but still counts', () => {
    const m = serveServiceMetrics(ctxFor({}), []);
    expect(m.server).toBeNull();
    m.segmentDuration.observe({ stage: 'layout', segment: '1', cached: 'true' }, 0.001);
  });
});
