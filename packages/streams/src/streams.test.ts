import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deadLetterStream, eventsStream, jobEventsStream, segmentDoneKey } from '@policydiff/contracts';
import { startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { ensureGroup, halt, handoff } from './commands.js';
import { StreamConsumer, backoffMs, type StreamMessage } from './consumer.js';
import { UnrecoverableError } from './errors.js';

let server: PrivateRedis;
let redis: Redis;
const conns: Redis[] = [];
const conn = () => {
  const r = new Redis(server.url);
  conns.push(r);
  return r;
};

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = conn();
});
afterAll(async () => {
  for (const c of conns) c.disconnect();
  await server.stop();
});
beforeEach(async () => {
  await redis.flushall();
});

const S = '{policydiff}:stage:test';
const NEXT = '{policydiff}:stage:next';
const add = (stream: string, body: object) => redis.xadd(stream, '*', 'event', JSON.stringify(body));
const read = async (group: string, consumer: string) => {
  const r = (await redis.xreadgroup('GROUP', group, consumer, 'COUNT', 10, 'STREAMS', S, '>')) as [string, [string, string[]][]][] | null;
  return r?.[0]?.[1] ?? [];
};

describe('hand-off script', () => {
  it('acks, emits events and the next entry once, even when delivered twice', async () => {
    await ensureGroup(redis, S, 'g');
    const id = await add(S, { n: 1 });
    await read('g', 'c1');
    const args = { stream: S, group: 'g', entryId: id!, jobId: 'J', segment: 1, ttlSeconds: 60, eventsMaxlen: 100, events: [{ type: 'progress' }], next: [{ stream: NEXT, envelope: { n: 2 } }] };
    const first = await handoff(redis, args);
    const second = await handoff(redis, args);
    expect(first.status).toBe('done');
    expect(second.status).toBe('duplicate');
    expect(await redis.xlen(NEXT)).toBe(1);
    expect(await redis.xlen(jobEventsStream('J'))).toBe(1);
    expect(await redis.xlen(eventsStream)).toBe(1);
    expect(await redis.xlen(S)).toBe(0);
    const pending = (await redis.xpending(S, 'g')) as [number];
    expect(pending[0]).toBe(0);
    expect(await redis.exists(segmentDoneKey('J', 1))).toBe(1);
    const [, fields] = ((await redis.xrange(eventsStream, '-', '+')) as [string, string[]][])[0]!;
    expect(fields).toEqual(['job', 'J', 'event_id', (first as { eventIds: string[] }).eventIds[0], 'event', '{"type":"progress"}']);
  });

  it('joins two branches: the second side to finish enqueues the next work exactly once', async () => {
    const base = { stream: S, group: 'g', entryId: '', jobId: 'K', ttlSeconds: 60, eventsMaxlen: 100, events: [], next: [{ stream: NEXT, envelope: { seg: 9 } }] };
    expect((await handoff(redis, { ...base, segment: 4, join: { field: 'A', needed: 2 } })).status).toBe('done');
    expect(await redis.xlen(NEXT)).toBe(0);
    expect((await handoff(redis, { ...base, segment: 4, join: { field: 'A', needed: 2 } })).status).toBe('duplicate');
    expect(await redis.xlen(NEXT)).toBe(0);
    expect((await handoff(redis, { ...base, segment: 8, join: { field: 'B', needed: 2 } })).status).toBe('done');
    expect((await handoff(redis, { ...base, segment: 8, join: { field: 'B', needed: 2 } })).status).toBe('duplicate');
    expect(await redis.xlen(NEXT)).toBe(1);
  });

  it('starts nothing after a halt, and emits the terminal event once', async () => {
    const h = { stream: '', group: '', entryId: '', jobId: 'H', ttlSeconds: 60, eventsMaxlen: 100, event: { type: 'cancelled' }, deadLetter: null, haltValue: 'cancelled' as const };
    expect(await halt(redis, h)).toMatch(/^\d+-\d+$/);
    expect(await halt(redis, h)).toBeNull();
    const out = await handoff(redis, { stream: S, group: 'g', entryId: '', jobId: 'H', segment: 2, ttlSeconds: 60, eventsMaxlen: 100, events: [{ type: 'progress' }], next: [{ stream: NEXT, envelope: {} }] });
    expect(out.status).toBe('halted');
    expect(await redis.xlen(NEXT)).toBe(0);
    expect(await redis.xlen(jobEventsStream('H'))).toBe(1);
  });
});

describe('StreamConsumer', () => {
  const make = (over: Partial<ConstructorParameters<typeof StreamConsumer>[0]> & Pick<ConstructorParameters<typeof StreamConsumer>[0], 'handle' | 'fail'>) =>
    new StreamConsumer({
      redis: conn(),
      blockingRedis: conn(),
      stream: S,
      group: 'g',
      consumer: `c-${Math.random().toString(36).slice(2, 7)}`,
      blockMs: 200,
      claimIdleMs: 500,
      claimIntervalMs: 200,
      heartbeatMs: 200,
      retryLimit: 2,
      retryBaseMs: 50,
      retryMaxMs: 100,
      ...over,
    });
  const until = async (pred: () => boolean | Promise<boolean>, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!(await pred())) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('retries a transient failure with backoff, then dead-letters it from the delivery count', async () => {
    const seen: number[] = [];
    const failures: { deadLetter: boolean; deliveries: number; error: string }[] = [];
    const c = make({
      handle: async (m) => {
        seen.push(m.deliveries);
        throw new Error('database is busy');
      },
      fail: async (m, info) => {
        failures.push({ deadLetter: info.deadLetter, deliveries: info.deliveries, error: String((info.error as Error).message) });
        await redis.multi().xack(S, 'g', m.id).xadd(deadLetterStream, '*', 'entry', m.id).exec();
      },
    });
    await c.start();
    await add(S, { x: 1 });
    await until(() => failures.length === 1);
    await c.stop(1000);
    expect(seen).toEqual([1, 2, 3]);
    expect(failures[0]).toEqual({ deadLetter: true, deliveries: 3, error: 'database is busy' });
    expect(c.stats.retried).toBe(2);
    expect(await redis.xlen(deadLetterStream)).toBe(1);
  });

  it('fails an unrecoverable error at once, without retrying', async () => {
    let calls = 0;
    const fails: boolean[] = [];
    const c = make({
      handle: async () => {
        calls++;
        throw new UnrecoverableError('PDF is encrypted');
      },
      fail: async (m, info) => {
        fails.push(info.deadLetter);
        await redis.xack(S, 'g', m.id);
      },
    });
    await c.start();
    await add(S, { x: 1 });
    await until(() => fails.length === 1);
    await c.stop(1000);
    expect(calls).toBe(1);
    expect(fails).toEqual([false]);
  });

  it("claims a dead consumer's entry after the idle limit, but not a slow live consumer's", async () => {
    await ensureGroup(redis, S, 'g');
    await add(S, { dead: true });
    await read('g', 'dead-consumer'); // delivered to a consumer that never finishes
    const handled: StreamMessage[] = [];
    let releaseSlow!: () => void;
    const slow = make({
      consumer: 'slow',
      handle: (m) =>
        new Promise<void>((res) => {
          handled.push(m);
          releaseSlow = () => void redis.xack(S, 'g', m.id).then(() => res());
        }),
      fail: async () => undefined,
    });
    const thief: StreamMessage[] = [];
    const other = make({
      consumer: 'other',
      handle: async (m) => {
        thief.push(m);
        await redis.xack(S, 'g', m.id);
      },
      fail: async () => undefined,
    });
    await slow.start();
    // The slow consumer takes the dead consumer's entry once it is idle past 500 ms...
    await until(() => handled.length === 1);
    expect(handled[0]!.deliveries).toBe(2);
    await other.start();
    // ...and keeps it for well past the idle limit thanks to its heartbeat.
    await new Promise((r) => setTimeout(r, 1500));
    expect(thief).toHaveLength(0);
    releaseSlow();
    await until(async () => ((await redis.xpending(S, 'g')) as [number])[0] === 0);
    await slow.stop(1000);
    await other.stop(1000);
  });

  it('retries a segment past its hard limit by default, and fails it at once when its hard-limit error is unrecoverable', async () => {
    const run = async (hardTimeoutError?: (ms: number) => Error) => {
      const deliveries: number[] = [];
      const aborted: string[] = [];
      const failures: { deadLetter: boolean; error: string }[] = [];
      const c = make({
        hardTimeoutMs: 150,
        hardTimeoutError,
        // Never finishes by itself: only the hard limit ends it.
        handle: (m, ctx) =>
          new Promise<void>(() => {
            deliveries.push(m.deliveries);
            ctx.signal.addEventListener('abort', () => aborted.push(String((ctx.signal.reason as Error).message)));
          }),
        fail: async (m, info) => {
          failures.push({ deadLetter: info.deadLetter, error: (info.error as Error).message });
          await redis.xack(S, 'g', m.id);
        },
      });
      await c.start();
      await add(S, { slow: true });
      await until(() => failures.length === 1);
      await c.stop(1000);
      await redis.flushall();
      return { deliveries, aborted, failures };
    };
    const retried = await run();
    expect(retried.deliveries).toEqual([1, 2, 3]);
    expect(retried.failures).toEqual([{ deadLetter: true, error: 'segment exceeded its hard time limit of 150 ms' }]);
    const permanent = await run((ms) => new UnrecoverableError(`layout took more than ${ms} ms: refused`));
    expect(permanent.deliveries).toEqual([1]);
    expect(permanent.aborted).toEqual(['layout took more than 150 ms: refused']);
    expect(permanent.failures).toEqual([{ deadLetter: false, error: 'layout took more than 150 ms: refused' }]);
  });

  it('opens a spare slot for work behind an entry that runs long, and only then', async () => {
    const started: { n: number; at: number }[] = [];
    const release = new Map<number, () => void>();
    const c = make({
      concurrency: 1,
      spareSlots: 1,
      spareAfterMs: 600,
      handle: (m) =>
        new Promise<void>((res) => {
          const n = JSON.parse(m.fields.event!).n as number;
          started.push({ n, at: Date.now() });
          release.set(n, () => void redis.xack(S, 'g', m.id).then(() => res()));
        }),
      fail: async () => undefined,
    });
    await c.start();
    const t0 = Date.now();
    for (const n of [1, 2, 3]) await add(S, { n });
    // Entry 1 runs alone until it has run 600 ms; then one spare slot opens, for entry 2 only.
    await until(() => started.length === 2);
    expect(started.map((s) => s.n)).toEqual([1, 2]);
    expect(started[1]!.at - t0).toBeGreaterThanOrEqual(600);
    await new Promise((r) => setTimeout(r, 900));
    expect(started).toHaveLength(2);
    // Entry 1 finishes: entry 2 now holds the one regular slot, and entry 3 waits until 2 has run long.
    release.get(1)!();
    release.get(2)!();
    await until(() => started.length === 3);
    release.get(3)!();
    await until(async () => ((await redis.xpending(S, 'g')) as [number])[0] === 0);
    await c.stop(1000);
    expect(c.busy).toBe(0);
  });

  it('computes capped exponential backoff with jitter', () => {
    expect(backoffMs(1, 30_000, 120_000, () => 0)).toBe(15_000);
    expect(backoffMs(1, 30_000, 120_000, () => 1)).toBe(30_000);
    expect(backoffMs(3, 30_000, 120_000, () => 1)).toBe(120_000);
    expect(backoffMs(9, 30_000, 120_000, () => 1)).toBe(120_000);
  });
});
