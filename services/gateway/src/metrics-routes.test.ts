import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetterStream, stageStream } from '@policydiff/contracts';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { createApp } from './app.js';
import { mountMetrics } from './metrics-routes.js';

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;
let app: Hono<any>;

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  redis.on('error', () => undefined);
  dir = mkdtempSync(join(tmpdir(), 'pd-metrics-'));
  const config = loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir });
  store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const deps = { config, store, redis, logger: createLogger('gateway', 'silent') };
  const api = createApp(deps);
  if (api.routes.some((r) => r.path === '/metrics')) app = api;
  else {
    // Until app.ts mounts it itself: metrics first, so its middleware wraps the API's routes.
    app = new Hono();
    mountMetrics(app, deps);
    app.route('/', api);
  }
});
afterAll(async () => {
  redis.disconnect();
  store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The value of one sample line, e.g. `policydiff_jobs{service="gateway",status="QUEUED"} 1`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.split(' ').at(-1));
  }
  return null;
}

describe('GET /metrics on the gateway', () => {
  it('exports jobs by status, per-stage stream figures equal to XINFO GROUPS, dead letters and upload bytes', async () => {
    const form = new FormData();
    form.set('file_a', new Blob([PDF]), 'a.pdf');
    form.set('file_b', new Blob([PDF]), 'b.pdf');
    const body = new Response(form);
    const bytes = new Uint8Array(await body.arrayBuffer());
    const res = await app.request('/jobs/compare', { method: 'POST', body: bytes, headers: { 'content-type': body.headers.get('content-type')!, 'content-length': String(bytes.length) } });
    expect(res.status).toBe(202);
    const { job_id } = (await res.json()) as { job_id: string };
    await app.request(`/jobs/${job_id}`);
    // One entry taken by a consumer: pending 1, lag 0 of the two queued.
    await redis.xgroup('CREATE', stageStream('layout'), 'layout', '0');
    await redis.xreadgroup('GROUP', 'layout', 'test-consumer', 'COUNT', 1, 'STREAMS', stageStream('layout'), '>');
    await redis.xadd(deadLetterStream, '*', 'job', 'x', 'dead', '{}');

    const text = await (await app.request('/metrics')).text();
    expect(sample(text, 'policydiff_jobs', { status: 'QUEUED' })).toBe(1);
    expect(sample(text, 'policydiff_jobs', { status: 'COMPLETED' })).toBe(0);
    const xinfo = (await redis.xinfo('GROUPS', stageStream('layout'))) as unknown[][];
    const g = Object.fromEntries(xinfo[0]!.flatMap((v, i, a) => (i % 2 ? [] : [[v, a[i + 1]]])));
    expect(sample(text, 'policydiff_stream_length', { stage: 'layout', stream: '{policydiff}:stage:layout' })).toBe(await redis.xlen(stageStream('layout')));
    expect(sample(text, 'policydiff_group_pending', { stage: 'layout', stream: '{policydiff}:stage:layout' })).toBe(Number(g.pending));
    expect(sample(text, 'policydiff_group_lag', { stage: 'layout', stream: '{policydiff}:stage:layout' })).toBe(Number(g.lag));
    expect(sample(text, 'policydiff_group_pending', { stage: 'layout', stream: '{policydiff}:stage:layout' })).toBe(1);
    expect(sample(text, 'policydiff_group_consumers', { stage: 'layout', stream: '{policydiff}:stage:layout' })).toBe(1);
    expect(sample(text, 'policydiff_stream_length', { stage: 'delivery' })).toBe(0);
    expect(sample(text, 'policydiff_dead_letters')).toBe(1);
    expect(sample(text, 'policydiff_upload_bytes_total')).toBe(bytes.length);
    expect(sample(text, 'policydiff_uploads_total', { status: '202' })).toBe(1);
    // Requests are labelled by route pattern, not by job id.
    expect(sample(text, 'policydiff_http_requests_total', { route: '/jobs/:id', status: '200' })).toBe(1);
    expect(text).not.toContain(job_id);
    expect(text).toContain('# TYPE policydiff_process_cpu_seconds_total counter');
  });
});
