import type { Redis } from 'ioredis';
import { KEY_PREFIX } from '@policydiff/contracts';

export type ComputeOutcome = 'computed' | 'reused';

/**
 * Computes an artifact once across jobs running at the same time: the first consumer to ask takes
 * a lease in Redis and computes; the others wait for the artifact to appear (a batch of 20
 * alternatives analyses its base document once, not 20 times). A lease whose holder dies expires,
 * and the next waiter computes it: the lease is short and renewed while the holder works, so a
 * killed holder delays the others by at most one lease.
 */
export async function computeOnce(
  redis: Redis,
  key: string,
  holder: string,
  opts: { leaseMs: number; exists: () => Promise<boolean>; compute: () => Promise<void>; signal: AbortSignal; pollMs?: number },
): Promise<ComputeOutcome> {
  const lease = `${KEY_PREFIX}:lease:${key}`;
  for (;;) {
    if (opts.signal.aborted) throw opts.signal.reason ?? new Error('aborted');
    if (await redis.set(lease, holder, 'PX', opts.leaseMs, 'NX')) {
      const renew = setInterval(() => {
        redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0", 1, lease, holder, opts.leaseMs).catch(() => undefined);
      }, Math.max(200, Math.floor(opts.leaseMs / 3)));
      try {
        if (await opts.exists()) return 'reused'; // finished between our check and the lease
        await opts.compute();
        return 'computed';
      } finally {
        clearInterval(renew);
        // Release only our own lease.
        await redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", 1, lease, holder).catch(() => undefined);
      }
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 100));
    if (await opts.exists()) return 'reused';
  }
}
