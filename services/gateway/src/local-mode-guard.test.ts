import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { createApp } from './app.js';
import { hostAllowed, localModePolicy, localModeRefusal } from './local-mode-guard.js';

const policy = localModePolicy({ PORT: 8000, ALLOWED_HOSTS: 'policydiff.lan:8000, box', CORS_ORIGINS: 'http://localhost:5173' });

describe('local mode: Host', () => {
  it('answers loopback names on the gateway port (or none), and ALLOWED_HOSTS', () => {
    for (const host of ['127.0.0.1:8000', 'localhost:8000', 'LOCALHOST:8000', '[::1]:8000', '127.0.0.1', 'localhost', '127.1.2.3:8000', 'policydiff.lan:8000', 'box', 'box:9999']) {
      expect(hostAllowed(host, policy), host).toBe(true);
    }
    for (const host of ['evil.example:8000', 'evil.example', 'localhost:8001', '127.0.0.1:80', '10.0.0.5:8000', 'policydiff.lan:9000', 'localhost.evil.example:8000', '[::2]:8000', '', '127.0.0.1.evil:8000']) {
      expect(hostAllowed(host, policy), host).toBe(false);
    }
  });
});

describe('local mode: cross-site writes', () => {
  const req = (method: string, headers: { origin?: string; site?: string; upgrade?: boolean } = {}) =>
    localModeRefusal({ method, host: '127.0.0.1:8000', origin: headers.origin, secFetchSite: headers.site, upgrade: headers.upgrade }, policy);

  it('lets reads from anywhere, same-origin writes and writes from no page at all (curl) through', () => {
    expect(req('GET', { origin: 'https://evil.example', site: 'cross-site' })).toBeNull();
    expect(req('POST', { origin: 'http://127.0.0.1:8000', site: 'same-origin' })).toBeNull();
    expect(req('DELETE', { site: 'same-origin' })).toBeNull();
    expect(req('POST')).toBeNull();
    expect(req('POST', { origin: 'http://localhost:5173', site: 'same-site' })).toBeNull(); // CORS_ORIGINS
  });

  it('refuses a write or a WebSocket another site starts', () => {
    expect(req('POST', { origin: 'https://evil.example', site: 'cross-site' })).toMatchObject({ kind: 'crossSite', detail: expect.stringContaining('Sec-Fetch-Site: cross-site') });
    expect(req('POST', { site: 'same-site' })?.kind).toBe('crossSite'); // another port of this host, not in CORS_ORIGINS
    expect(req('POST', { origin: 'https://evil.example' })?.detail).toContain('the origin "https://evil.example" is refused');
    expect(req('POST', { origin: 'null' })?.kind).toBe('crossSite');
    expect(req('GET', { origin: 'https://evil.example', upgrade: true })?.detail).toMatch(/^a WebSocket from the origin/);
    expect(req('GET', { origin: 'http://127.0.0.1:8000', upgrade: true })).toBeNull();
  });
});

describe('the gateway with keys off', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let store: Store;
  let dir: string;
  let app: ReturnType<typeof createApp>;
  const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const form = () => {
    const f = new FormData();
    f.set('file_a', new Blob([PDF]), 'a.pdf');
    f.set('file_b', new Blob([PDF]), 'b.pdf');
    return f;
  };

  beforeAll(async () => {
    server = await startPrivateRedis({ appendonly: false });
    redis = new Redis(server.url);
    dir = mkdtempSync(join(tmpdir(), 'pd-local-'));
    const config = loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir, PORT: '8000' });
    store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    app = createApp({ config, store, redis, logger: createLogger('gateway', 'silent') });
  });
  afterAll(async () => {
    redis.disconnect();
    await store.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a forged Host (DNS rebinding) with 421 and a problem body', async () => {
    const res = await app.request('/jobs', { headers: { host: 'evil.example:8000' } });
    expect(res.status).toBe(421);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body).toMatchObject({ type: 'https://policydiff.dev/problems/host-not-allowed', title: 'Host not allowed', status: 421 });
    expect(body.detail).toContain('Host "evil.example:8000" is not answered');
    expect((await app.request('/jobs', { headers: { host: '127.0.0.1:8000' } })).status).toBe(200);
  });

  it('refuses a cross-site multipart POST with 403 and creates no job', async () => {
    const before = (await store.listJobs({ limit: 1, offset: 0 })).total;
    const res = await app.request('/jobs/compare', { method: 'POST', body: form(), headers: { host: '127.0.0.1:8000', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ type: 'https://policydiff.dev/problems/cross-site-request', title: 'Cross-site request refused' });
    expect((await store.listJobs({ limit: 1, offset: 0 })).total).toBe(before);
    const same = await app.request('/jobs/compare', { method: 'POST', body: form(), headers: { host: '127.0.0.1:8000', origin: 'http://127.0.0.1:8000', 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(202);
    expect((await app.request('/jobs/compare', { method: 'POST', body: form() })).status).toBe(202);
  });
});
