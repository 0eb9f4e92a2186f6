import { describe, expect, it } from 'vitest';
import { metricsRefusal, nodeHeaders, parseApiKeys, presentedKey, presentedUpgradeKey } from './api-keys.js';

describe('parseApiKeys', () => {
  it('is off when empty and verifies names, admin keys and wrong keys', () => {
    expect(parseApiKeys('').enabled).toBe(false);
    const keys = parseApiKeys('alice=alice-secret, ops=ops-secret-1:admin');
    expect(keys.enabled).toBe(true);
    expect(keys.verify('alice-secret')).toMatchObject({ name: 'alice', admin: false });
    expect(keys.verify('ops-secret-1')).toEqual({ name: 'ops', admin: true, metrics: true });
    for (const wrong of [null, undefined, '', 'alice-secreX', 'alice-secret ', 'alice-secret:admin', 'ops-secret-1:admin']) expect(keys.verify(wrong)).toBeNull();
  });

  it('names a bad entry by its position and never echoes any part of it', () => {
    const cases: [string, string][] = [
      ['alice=Al1cePw-77,Zq9xWithoutAKey', 'API_KEYS entry 2 of 2 must be name=secret, name=secret:admin or name=secret:metrics'],
      ['=N0pqZq9x', 'API_KEYS entry 1 of 1 must be name=secret, name=secret:admin or name=secret:metrics'],
      ['bobby=Xy7q', 'API_KEYS entry 1 of 1: the secret must be at least 8 characters'],
      ['bobby=Xy7q:admin', 'API_KEYS entry 1 of 1: the secret must be at least 8 characters'],
    ];
    for (const [raw, message] of cases) {
      let thrown: Error | null = null;
      try {
        parseApiKeys(raw);
      } catch (err) {
        thrown = err as Error;
      }
      expect(thrown?.message, raw).toBe(message);
      // No four characters in a row of any entry: not the secret, not even its name.
      for (const part of raw.split(/[,=:]/).filter((p) => p.length >= 4)) {
        for (let i = 0; i + 4 <= part.length; i++) expect(thrown!.message, raw).not.toContain(part.slice(i, i + 4));
      }
    }
  });

  it('gives a :metrics key the scrape and nothing an admin has; admin keys scrape too', () => {
    const keys = parseApiKeys('alice=alice-secret,prom=scrape-secret:metrics,ops=ops-secret-1:admin');
    const prom = keys.verify('scrape-secret');
    expect(prom).toEqual({ name: 'prom', admin: false, metrics: true });
    expect(metricsRefusal(keys, prom)).toBeNull();
    expect(metricsRefusal(keys, keys.verify('ops-secret-1'))).toBeNull();
    expect(metricsRefusal(keys, keys.verify('alice-secret'))).toEqual({ status: 403, detail: '/metrics needs a metrics key (name=secret:metrics in API_KEYS) or an admin key' });
    expect(metricsRefusal(keys, null)?.status).toBe(401);
    expect(metricsRefusal(parseApiKeys(''), null)).toBeNull();
  });

  it('refuses two entries with one secret, and lets two entries share a name (rotation)', () => {
    expect(() => parseApiKeys('a=same-secret,b=same-secret')).toThrow('API_KEYS entry 2 of 2 has the same secret as entry 1: each key needs its own secret');
    const rotating = parseApiKeys('alice=old-secret-1,alice=new-secret-2');
    expect(rotating.verify('old-secret-1')?.name).toBe('alice');
    expect(rotating.verify('new-secret-2')?.name).toBe('alice');
  });

  /**
   * The secrets' length must not show in the time a wrong key takes. Comparing raw bytes needs
   * equal lengths, so a comparison that skips keys of another length answers a wrong key of the
   * secrets' length measurably later: with eight 256 KB secrets, several times later. Digests are
   * always 32 bytes: the two wrong keys below (one of the secrets' length, one a byte shorter) cost
   * the same, within generous bounds (medians of interleaved runs, so a busy machine slows both alike).
   */
  it('takes as long for a wrong key of the secrets\' length as for one of another length', () => {
    const length = 1 << 18;
    const keys = parseApiKeys(Array.from({ length: 8 }, (_, i) => `k${i}=${String(i).repeat(length)}`).join(','));
    const sameLength = 't'.repeat(length);
    const otherLength = 't'.repeat(length - 1);
    const time = (key: string) => {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < 4; i++) keys.verify(key);
      return Number(process.hrtime.bigint() - t0);
    };
    const same: number[] = [];
    const other: number[] = [];
    for (let i = 0; i < 5; i++) time(sameLength), time(otherLength); // warm up
    for (let i = 0; i < 40; i++) {
      same.push(time(sameLength));
      other.push(time(otherLength));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const ratio = median(same) / median(other);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });
});

describe('presented keys', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  const url = new URL('http://x/ws/jobs/j?api_key=from-the-query');

  it('reads a bearer token or X-API-Key on HTTP routes, and never the query', () => {
    expect(presentedKey(headers({ authorization: 'Bearer  tok-1 ' }))).toBe('tok-1');
    expect(presentedKey(headers({ 'x-api-key': 'tok-2' }))).toBe('tok-2');
    expect(presentedKey(headers({ authorization: 'Basic abc' }))).toBeNull();
    expect(presentedKey(headers({}))).toBeNull();
    expect(presentedKey(nodeHeaders({ authorization: 'Bearer tok-3' }))).toBe('tok-3');
    expect(presentedKey(nodeHeaders({ 'x-api-key': ['tok-4', 'tok-5'] }))).toBe('tok-4');
  });

  it('also reads ?api_key= on upgrades, a header first', () => {
    expect(presentedUpgradeKey(headers({}), url)).toBe('from-the-query');
    expect(presentedUpgradeKey(headers({ authorization: 'Bearer tok-1' }), url)).toBe('tok-1');
    expect(presentedUpgradeKey(headers({}), new URL('http://x/ws/jobs/j'))).toBeNull();
  });
});
