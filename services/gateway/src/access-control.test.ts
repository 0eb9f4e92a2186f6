/**
 * The gateway with API keys on, in-process (`app.request()`, a real Redis and store): which routes
 * need a key, where a key may be presented, and what a caller without one gets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { createApp } from './app.js';

const KEYS = 'alice=alice-secret-1,ops=ops-secret-12:admin';
const ALICE = { authorization: 'Bearer alice-secret-1' };

let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  dir = mkdtempSync(join(tmpdir(), 'pd-access-'));
  store = openStore({ databaseUrl: `file:${join(dir, 'db.sqlite')}`, dataDir: dir });
});
afterAll(async () => {
  redis.disconnect();
  await store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const appWith = (env: Record<string, string> = {}) =>
  createApp({ config: loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir, API_KEYS: KEYS, ...env }), store, redis, logger: createLogger('gateway', 'silent') });

describe('where a key is presented', () => {
  it('takes it from Authorization or X-API-Key, never from ?api_key= on an HTTP route', async () => {
    const app = appWith();
    expect((await app.request('/jobs', { headers: ALICE })).status).toBe(200);
    expect((await app.request('/jobs', { headers: { 'x-api-key': 'alice-secret-1' } })).status).toBe(200);
    // A key in a URL lands in access logs, history and Referer headers: only WebSocket upgrades read it.
    for (const path of ['/jobs?api_key=alice-secret-1', '/jobs/x/documents/a?api_key=alice-secret-1', '/admin/dlq?api_key=ops-secret-12']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect((await res.json()).detail).toBe('a valid API key is required: send "Authorization: Bearer <key>" (or X-API-Key)');
    }
  });
});

describe('rate limit', () => {
  it('charges a wrong key before judging it: guessing is rate-limited like any request', async () => {
    const app = appWith({ RATE_LIMIT_PER_MIN: '3' });
    const wrong = { authorization: 'Bearer alice-secret-X' };
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.request('/jobs', { headers: wrong })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await app.request('/jobs');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    // A valid key has its own bucket: the guesses from this address did not use it up.
    expect((await app.request('/jobs', { headers: ALICE })).status).toBe(200);
  });
});

describe('trusted proxies', () => {
  // What @hono/node-server passes as the env: the Node request, whose socket is the TCP peer.
  const from = (peer: string) => ({ incoming: { socket: { remoteAddress: peer } } });
  const hit = (app: ReturnType<typeof appWith>, peer: string, forwardedFor: string) =>
    app.request('/jobs', { headers: { 'x-forwarded-for': forwardedFor } }, from(peer)).then((r) => r.status);

  it('limits each client behind a trusted proxy by its own address', async () => {
    const app = appWith({ API_KEYS: '', RATE_LIMIT_PER_MIN: '2', TRUSTED_PROXIES: '10.0.0.0/8' });
    expect([await hit(app, '10.0.0.5', '198.51.100.1'), await hit(app, '10.0.0.5', '198.51.100.1'), await hit(app, '10.0.0.5', '198.51.100.1')]).toEqual([200, 200, 429]);
    // Another client through the same proxy has its own bucket.
    expect(await hit(app, '10.0.0.5', '198.51.100.2')).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const app = appWith({ API_KEYS: '', RATE_LIMIT_PER_MIN: '2', TRUSTED_PROXIES: '10.0.0.0/8' });
    // A client that makes up a new address per request still spends its own bucket.
    expect([await hit(app, '203.0.113.7', '1.1.1.1'), await hit(app, '203.0.113.7', '2.2.2.2'), await hit(app, '203.0.113.7', '3.3.3.3')]).toEqual([200, 200, 429]);
  });
});

describe('routes that answered without a key', () => {
  const KEYED = `${KEYS},alice2=alice-secret-2,prom=prom-secret-1:metrics`;

  it('/metrics needs a metrics or admin key, and is rate-limited like any route', async () => {
    const app = appWith({ API_KEYS: KEYED, RATE_LIMIT_PER_MIN: '3' });
    const none = await app.request('/metrics');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    const alice = await app.request('/metrics', { headers: ALICE });
    expect(alice.status).toBe(403);
    expect((await alice.json()).detail).toBe('/metrics needs a metrics key (name=secret:metrics in API_KEYS) or an admin key');
    const prom = await app.request('/metrics', { headers: { authorization: 'Bearer prom-secret-1' } });
    expect(prom.status).toBe(200);
    expect(await prom.text()).toContain('policydiff_jobs');
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer ops-secret-12' } })).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request('/metrics', { headers: { authorization: 'Bearer prom-secret-1' } })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('/openapi.json needs a key; /docs, a page without data, and /health do not', async () => {
    const app = appWith({ API_KEYS: KEYED });
    expect((await app.request('/openapi.json')).status).toBe(401);
    const doc = await app.request('/openapi.json', { headers: ALICE });
    expect(doc.status).toBe(200);
    expect(doc.headers.get('cache-control')).toBe('private, max-age=300');
    expect((await doc.json()).openapi).toBe('3.1.0');
    expect((await app.request('/docs')).status).toBe(200);
    expect((await app.request('/health')).status).toBe(200);
  });

  it('keeps all of them open with keys off (local use)', async () => {
    const app = appWith({ API_KEYS: '' });
    for (const path of ['/metrics', '/openapi.json', '/docs', '/health']) expect((await app.request(path)).status, path).toBe(200);
  });
});
