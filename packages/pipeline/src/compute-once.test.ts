import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { computeOnce } from './compute-once.js';

let server: PrivateRedis;
let redis: Redis;
beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
});

describe('computeOnce', () => {
  it('lets one of several concurrent callers compute; the others reuse its artifact', async () => {
    const artifacts = new Set<string>();
    let computations = 0;
    const call = (holder: string) =>
      computeOnce(redis, 'k1', holder, {
        leaseMs: 1000,
        pollMs: 20,
        signal: new AbortController().signal,
        exists: async () => artifacts.has('k1'),
        compute: async () => {
          computations++;
          await new Promise((r) => setTimeout(r, 300));
          artifacts.add('k1');
        },
      });
    const outcomes = await Promise.all([call('a'), call('b'), call('c')]);
    expect(computations).toBe(1);
    expect(outcomes.sort()).toEqual(['computed', 'reused', 'reused']);
  });

  it('keeps the lease alive while a slow holder works, and takes over when the holder vanishes', async () => {
    // A holder that took the lease and died: its lease simply expires.
    await redis.set('{policydiff}:lease:k2', 'dead', 'PX', 300);
    let computed = false;
    const t0 = Date.now();
    const outcome = await computeOnce(redis, 'k2', 'live', {
      leaseMs: 300,
      pollMs: 20,
      signal: new AbortController().signal,
      exists: async () => computed,
      compute: async () => {
        await new Promise((r) => setTimeout(r, 900)); // three leases long: renewal keeps it ours
        expect(await redis.get('{policydiff}:lease:k2')).toBe('live');
        computed = true;
      },
    });
    expect(outcome).toBe('computed');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1100);
    expect(await redis.exists('{policydiff}:lease:k2')).toBe(0);
  });
});
