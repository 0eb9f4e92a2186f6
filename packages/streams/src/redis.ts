import { Redis, type RedisOptions } from 'ioredis';

/**
 * A connection for ordinary commands. Commands fail fast while Redis is away (they are retried by
 * the caller's loop) instead of queueing without bound.
 */
export function createRedis(url: string, name: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: 2,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    lazyConnect: false,
    ...extra,
  });
}

/**
 * A dedicated connection for blocking reads (XREAD/XREADGROUP BLOCK). A read on it never blocks
 * longer than the caller's BLOCK plus `commandTimeout`, so a read lost in a reconnect cannot wedge
 * the loop: it times out and the loop reads again.
 */
export function createBlockingRedis(url: string, name: string, blockMs: number): Redis {
  return createRedis(url, `${name}:blocking`, { commandTimeout: blockMs + 5000, maxRetriesPerRequest: 1 });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
