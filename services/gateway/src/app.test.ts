import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { createApp } from './app.js';
import { safeFileName } from './upload.js';

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;
let app: ReturnType<typeof createApp>;

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  dir = mkdtempSync(join(tmpdir(), 'pd-gw-'));
  const config = loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir, UPLOAD_MAX_BYTES: '2000', BACKLOG_LIMIT: '3' });
  store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  app = createApp({ config, store, redis, logger: createLogger('gateway', 'silent') });
});
afterAll(async () => {
  redis.disconnect();
  store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

function form(fields: Record<string, Blob | string | [Uint8Array, string]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (Array.isArray(v)) f.set(k, new Blob([v[0]]), v[1]);
    else f.set(k, v);
  }
  return f;
}
const post = (f: FormData) => app.request('/jobs/compare', { method: 'POST', body: f });

describe('POST /jobs/compare', () => {
  it('queues a job, stores both PDFs and enqueues segments 1 and 5', async () => {
    const res = await post(form({ file_a: [PDF, 'a.pdf'], file_b: [PDF, '../../etc/passwd.pdf'] }));
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(body.status).toBe('QUEUED');
    expect(body.message).toContain('same file');
    const job = await (await app.request(`/jobs/${body.job_id}`)).json();
    expect(job.file_name_b).toBe('passwd.pdf');
    expect(job.status).toBe('QUEUED');
    const entries = (await redis.xrange('{policydiff}:stage:layout', '-', '+')) as [string, string[]][];
    const segs = entries.map(([, f]) => JSON.parse(f[1]!)).filter((e) => e.jobId === body.job_id).map((e) => [e.segment, e.payload.document]);
    expect(segs).toEqual([[1, 'A'], [5, 'B']]);
    expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
    expect(readdirSync(join(dir, 'blobs'))).toHaveLength(1);
    expect(entries[0]![0]).toBe(body.stream_id);
    for (const [, f] of entries) expect(Buffer.byteLength(f[1]!)).toBeLessThan(4096);
  });

  it.each([
    ['a renamed executable', new Uint8Array([0x4d, 0x5a, 1, 2]), 415, 'file_a (x.pdf) is not a PDF: it is a Windows executable (starts with "MZ")'],
    ['an HTML page', new TextEncoder().encode('<!DOCTYPE html><html></html>'), 415, 'file_a (x.pdf) is not a PDF: it is an HTML page'],
    ['an empty file', new Uint8Array(0), 400, 'file_a (x.pdf) is empty (0 bytes)'],
    ['a file over the limit', new Uint8Array(3000).fill(37), 413, 'file_a (x.pdf) is larger than the limit of 2000 bytes (UPLOAD_MAX_BYTES)'],
  ])('refuses %s with a problem body', async (_what, bytes, status, detail) => {
    const res = await post(form({ file_a: [bytes, 'x.pdf'], file_b: [PDF, 'b.pdf'] }));
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body.status).toBe(status);
    expect(body.detail).toBe(detail);
    expect(body.type).toMatch(/^https:\/\/policydiff\.dev\/problems\//);
  });

  it('names a missing, misnamed or extra field and lists what it got', async () => {
    const res = await post(form({ file_b: [PDF, 'b.pdf'] }));
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toBe(
      'missing field "file_a": send two PDFs as multipart/form-data fields "file_a" and "file_b" (received fields: "file_b")',
    );
    const misnamed = await post(form({ fileA: [PDF, 'a.pdf'], file_b: [PDF, 'b.pdf'] }));
    expect((await misnamed.json()).detail).toBe('unexpected file field "fileA": send the PDFs as "file_a" and "file_b"');
    const extra = await post(form({ file_a: [PDF, 'a.pdf'], file_b: [PDF, 'b.pdf'], colour: 'blue' }));
    expect(extra.status).toBe(400);
    expect((await extra.json()).detail).toBe('unexpected field "colour": accepted fields are file_a, file_b and priority');
    const text = await post(form({ file_a: 'hello', file_b: [PDF, 'b.pdf'] }));
    expect((await text.json()).detail).toBe('field "file_a" must be a file upload, not a text value');
    const json = await app.request('/jobs/compare', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(json.status).toBe(400);
    expect((await json.json()).detail).toContain('multipart/form-data');
  });

  it('refuses a body declared over the limit before reading it', async () => {
    const res = await app.request('/jobs/compare', {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(10_000_000) },
    });
    expect(res.status).toBe(413);
  });

  it('answers 429 with Retry-After when the backlog is full', async () => {
    for (let i = 0; i < 3; i++) await post(form({ file_a: [PDF, 'a.pdf'], file_b: [PDF, 'b.pdf'] }));
    const res = await post(form({ file_a: [PDF, 'a.pdf'], file_b: [PDF, 'b.pdf'] }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect((await res.json()).detail).toMatch(/jobs are queued or running \(BACKLOG_LIMIT 3\)/);
  });
});

describe('job routes', () => {
  it('lists with the real total and rejects unknown statuses and bad paging', async () => {
    const list = await (await app.request('/jobs?limit=2')).json();
    expect(list.total).toBe(3); // the backlog limit stopped the fourth
    expect(list.jobs).toHaveLength(2);
    expect(list.limit).toBe(2);
    expect((await app.request('/jobs?status=DONE')).status).toBe(400);
    expect((await app.request('/jobs?limit=0')).status).toBe(400);
  });

  it('cancels once, then answers 409; the result of a cancelled job is 409', async () => {
    // The backlog test left QUEUED jobs (no stage service runs here).
    const id = (await (await app.request('/jobs?status=QUEUED&limit=1')).json()).jobs[0].job_id;
    const r1 = await app.request(`/jobs/${id}/cancel`, { method: 'POST' });
    expect(r1.status).toBe(200);
    expect((await r1.json()).status).toBe('CANCELLED');
    const r2 = await app.request(`/jobs/${id}/cancel`, { method: 'POST' });
    expect(r2.status).toBe(409);
    expect((await app.request(`/jobs/${id}/result`)).status).toBe(409);
    const events = (await redis.xrange(`{policydiff}:job:${id}:events`, '-', '+')) as [string, string[]][];
    expect(events.map(([, f]) => JSON.parse(f[1]!).type)).toEqual(['cancelled']);
    expect(await redis.get(`{policydiff}:job:${id}:halt`)).toBe('cancelled');
  });

  it('answers 404 problems for unknown jobs and routes', async () => {
    for (const path of ['/jobs/nope', '/jobs/nope/result', '/no-such-route']) {
      const r = await app.request(path);
      expect(r.status).toBe(404);
      expect((await r.json()).title).toBe('Not found');
    }
    expect((await app.request('/jobs/nope/cancel', { method: 'POST' })).status).toBe(404);
    expect((await app.request('/jobs/nope', { method: 'DELETE' })).status).toBe(404);
  });

  it('reports health of Redis and the database', async () => {
    const r = await app.request('/health');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', redis: 'ok', database: 'ok' });
  });
});

describe('safeFileName', () => {
  it('keeps the base name, unicode, and drops control characters and dot prefixes', () => {
    expect(safeFileName('../../etc/passwd.pdf', 'f')).toBe('passwd.pdf');
    expect(safeFileName('C:\\Users\\me\\Polizza_2024_è.pdf', 'f')).toBe('Polizza_2024_è.pdf');
    expect(safeFileName('..', 'fallback.pdf')).toBe('fallback.pdf');
    expect(safeFileName('a\u0000b\u001f.pdf', 'f')).toBe('ab.pdf');
    expect(safeFileName('x'.repeat(300), 'f')).toHaveLength(200);
  });
});

describe('POST /jobs/compare-batch', () => {
  it('queues one job per alternative against the base and reports the batch', async () => {
    // Its own app with room in the backlog (the suite above fills the small one on purpose).
    const config = loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir, BACKLOG_LIMIT: '100' });
    const app = createApp({ config, store, redis, logger: createLogger('gateway', 'silent') });
    const f = new FormData();
    f.set('base', new Blob([PDF]), 'base.pdf');
    f.append('alternatives', new Blob([PDF]), 'x.pdf');
    f.append('alternatives', new Blob([new TextEncoder().encode('%PDF-1.7 other')]), 'y.pdf');
    const res = await app.request('/jobs/compare-batch', { method: 'POST', body: f });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(202);
    expect(body.jobs.map((j: { file_name: string }) => j.file_name)).toEqual(['x.pdf', 'y.pdf']);
    const batch = await (await app.request(`/batches/${body.batch_id}`)).json();
    expect(batch.status).toBe('RUNNING');
    expect(batch.alternatives.map((a: { rank: number | null }) => a.rank)).toEqual([null, null]);
    const tooMany = new FormData();
    tooMany.set('base', new Blob([PDF]), 'base.pdf');
    for (let i = 0; i < 21; i++) tooMany.append('alternatives', new Blob([PDF]), `a${i}.pdf`);
    const r2 = await app.request('/jobs/compare-batch', { method: 'POST', body: tooMany });
    expect(r2.status).toBe(400);
    expect((await r2.json()).detail).toMatch(/too many/);
  });
});
