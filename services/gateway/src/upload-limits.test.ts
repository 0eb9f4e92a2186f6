/**
 * What one request, and one key over time, may store: the batch body's size (declared, and counted
 * while streaming) and the per-key storage quota. In-process, against a real Redis and store.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { createApp } from './app.js';

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  dir = mkdtempSync(join(tmpdir(), 'pd-limits-'));
  store = openStore({ databaseUrl: `file:${join(dir, 'db.sqlite')}`, dataDir: dir });
});
afterAll(async () => {
  redis.disconnect();
  await store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const appWith = (env: Record<string, string>) =>
  createApp({ config: loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir, BACKLOG_LIMIT: '1000', ...env }), store, redis, logger: createLogger('gateway', 'silent') });

/** A distinct PDF of `size` bytes: the header, then `seed` repeated. */
const pdf = (seed: string, size = 1000) => {
  const head = `%PDF-1.4\n%${seed}\n`;
  return new TextEncoder().encode(head + seed.repeat(Math.ceil((size - head.length) / seed.length)).slice(0, size - head.length));
};
const pair = (a: Uint8Array, b: Uint8Array) => {
  const f = new FormData();
  f.set('file_a', new Blob([a]), 'a.pdf');
  f.set('file_b', new Blob([b]), 'b.pdf');
  return f;
};
const batch = (base: Uint8Array, alternatives: Uint8Array[]) => {
  const f = new FormData();
  f.set('base', new Blob([base]), 'base.pdf');
  alternatives.forEach((a, i) => f.append('alternatives', new Blob([a]), `alt-${i}.pdf`));
  return f;
};

describe('the size of a batch', () => {
  it('refuses a body declared over BATCH_MAX_BYTES before reading it', async () => {
    const app = appWith({ BATCH_MAX_BYTES: String(100 * 1024 * 1024) });
    const res = await app.request('/jobs/compare-batch', {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(120 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).detail).toBe(`request body is ${120 * 1024 * 1024} bytes; a batch's PDFs may add up to at most ${100 * 1024 * 1024} bytes (BATCH_MAX_BYTES)`);
  });

  it('refuses a body that passes BATCH_MAX_BYTES while streaming, each file within its own limit, leaving nothing behind', async () => {
    const app = appWith({ UPLOAD_MAX_BYTES: '2000', BATCH_MAX_BYTES: '3500', STORAGE_QUOTA_BYTES: '0' });
    const before = (await store.listJobs({ limit: 1, offset: 0 })).total;
    const res = await app.request('/jobs/compare-batch', { method: 'POST', body: batch(pdf('b', 1500), [pdf('x', 1500), pdf('y', 1500)]) });
    expect(res.status).toBe(413);
    expect((await res.json()).detail).toBe('the files of this request add up to more than 3500 bytes (BATCH_MAX_BYTES)');
    expect((await store.listJobs({ limit: 1, offset: 0 })).total).toBe(before);
    expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
    const fits = await app.request('/jobs/compare-batch', { method: 'POST', body: batch(pdf('b', 1500), [pdf('x', 1500)]) });
    expect(fits.status).toBe(202);
  });
});

describe('the storage quota', () => {
  it('holds each key to STORAGE_QUOTA_BYTES of distinct PDFs, and frees room when a job is deleted', async () => {
    const app = appWith({ API_KEYS: 'alice=alice-secret-1,bob=bob-secret-12', STORAGE_QUOTA_BYTES: '3000' });
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    const submit = (key: string, body: FormData, path = '/jobs/compare') => app.request(path, { method: 'POST', body, headers: as(key) });

    const first = await submit('alice-secret-1', pair(pdf('a1'), pdf('a2')));
    expect(first.status).toBe(202);
    // The same two PDFs again add nothing.
    const second = await submit('alice-secret-1', pair(pdf('a1'), pdf('a2')));
    expect(second.status).toBe(202);
    // Two new ones would make 4000 bytes.
    const over = await submit('alice-secret-1', pair(pdf('a3'), pdf('a4')));
    expect(over.status).toBe(413);
    const problem = await over.json();
    expect(problem).toMatchObject({ type: 'https://policydiff.dev/problems/storage-quota-exceeded', title: 'Storage quota exceeded', status: 413 });
    expect(problem.detail).toBe(
      'the key "alice" stores 2,000 bytes of PDFs and this upload adds 2,000 bytes; the key "alice" may keep 3,000 bytes of PDFs (STORAGE_QUOTA_BYTES): delete finished jobs (DELETE /jobs/{id}) to make room',
    );
    // The same for a batch, and another key has its own quota.
    expect((await submit('alice-secret-1', batch(pdf('a1'), [pdf('a5'), pdf('a6')]), '/jobs/compare-batch')).status).toBe(413);
    expect((await submit('bob-secret-12', pair(pdf('a3'), pdf('a4')))).status).toBe(202);
    // One new PDF fits (3000 bytes).
    expect((await submit('alice-secret-1', pair(pdf('a1'), pdf('a3')))).status).toBe(202);
    // Full: refused before the body is read.
    const full = await submit('alice-secret-1', pair(pdf('a9'), pdf('a9')));
    expect(full.status).toBe(413);
    expect((await full.json()).detail).toMatch(/^the key "alice" already stores 3,000 bytes of PDFs;/);

    // Deleting the two jobs that use a2 frees its 1000 bytes: a new PDF fits again.
    for (const res of [first, second]) {
      const id = ((await res.json()) as { job_id: string }).job_id;
      expect((await app.request(`/jobs/${id}/cancel`, { method: 'POST', headers: as('alice-secret-1') })).status).toBe(200);
      expect((await app.request(`/jobs/${id}`, { method: 'DELETE', headers: as('alice-secret-1') })).status).toBe(204);
    }
    expect((await submit('alice-secret-1', pair(pdf('a1'), pdf('a7')))).status).toBe(202);
  });
});
