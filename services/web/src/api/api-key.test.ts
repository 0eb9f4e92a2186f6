import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { askForKey, authHeaders, onKeyRequest, readApiKey, saveApiKey, type KeyRequest, type KeyStorage } from './api-key';
import { apiFetch, request } from './client';

/** The Storage interface over a Map: sessionStorage as the node test environment lacks it. */
const memory = (): KeyStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('the tab\'s API key', () => {
  it('is kept trimmed, cleared when blank, and sent as a bearer token', () => {
    const s = memory();
    expect(readApiKey(s)).toBeNull();
    saveApiKey('  secret-1 ', s);
    expect(readApiKey(s)).toBe('secret-1');
    expect(s.data.get('policydiff.apiKey')).toBe('secret-1'); // the /docs page reads the same entry
    expect(authHeaders(readApiKey(s))).toEqual({ authorization: 'Bearer secret-1' });
    saveApiKey('   ', s);
    expect(s.data.size).toBe(0);
    expect(authHeaders(null)).toEqual({});
  });

  it('asks once for every request waiting, and not at all with nobody to ask', async () => {
    expect(await askForKey(false)).toBeNull();
    const asked: (KeyRequest | null)[] = [];
    const stop = onKeyRequest((r) => asked.push(r));
    const a = askForKey(false);
    const b = askForKey(false);
    expect(asked.filter(Boolean)).toHaveLength(1);
    asked[0]!.answer('  key-1 ');
    expect(await Promise.all([a, b])).toEqual(['key-1', 'key-1']);
    expect(asked.at(-1)).toBeNull(); // the prompt closes
    stop();
  });
});

describe('apiFetch against a server with API keys on', () => {
  let server: Server;
  let base = '';
  const seen: (string | undefined)[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      if (req.headers.authorization !== 'Bearer good-key') res.writeHead(401, { 'content-type': 'application/problem+json' }).end('{"status":401,"title":"Unauthorized","detail":"a valid API key is required"}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    (globalThis as { sessionStorage?: KeyStorage }).sessionStorage = memory();
  });
  afterAll(async () => {
    delete (globalThis as { sessionStorage?: KeyStorage }).sessionStorage;
    await new Promise((r) => server.close(r));
  });
  afterEach(() => {
    seen.length = 0;
    saveApiKey(null);
  });

  it('asks on the first 401, sends the request again with the key, and keeps it for the next', async () => {
    const asked: boolean[] = [];
    const stop = onKeyRequest((r) => {
      if (!r) return;
      asked.push(r.refused);
      r.answer(r.refused ? 'good-key' : 'bad-key');
    });
    try {
      expect(await (await request<{ ok: boolean }>(`${base}/jobs`)).body).toEqual({ ok: true });
      // No key, a wrong one (asked again, saying so), then the right one.
      expect(seen).toEqual([undefined, 'Bearer bad-key', 'Bearer good-key']);
      expect(asked).toEqual([false, true]);
      expect(readApiKey()).toBe('good-key');
      seen.length = 0;
      expect((await apiFetch(`${base}/jobs/x`)).status).toBe(200);
      expect(seen).toEqual(['Bearer good-key']); // not asked again
      expect(asked).toHaveLength(2);
    } finally {
      stop();
    }
  });

  it('gives the 401 back, as a problem, when the question is not answered', async () => {
    const stop = onKeyRequest((r) => r?.answer(null));
    try {
      await expect(request(`${base}/jobs`)).rejects.toMatchObject({ status: 401, message: 'a valid API key is required' });
    } finally {
      stop();
    }
  });
});
