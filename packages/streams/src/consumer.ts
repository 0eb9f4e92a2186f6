import type { Redis } from 'ioredis';
import { KEY_PREFIX } from '@policydiff/contracts';
import { ensureGroup } from './commands.js';
import { SegmentTimeoutError, errorMessage, isUnrecoverable } from './errors.js';
import { sleep } from './redis.js';

export interface StreamMessage {
  id: string;
  fields: Record<string, string>;
  /** Times Redis has delivered this entry (1 on first delivery). */
  deliveries: number;
}

export interface HandlerContext {
  /** Aborted on the hard time limit or on shutdown: long work should check it. */
  signal: AbortSignal;
  consumer: string;
}

export interface FailureInfo {
  error: unknown;
  /** True when retries were spent (or the entry crash-looped): the entry belongs in the dead letters. */
  deadLetter: boolean;
  deliveries: number;
}

export interface ConsumerOptions {
  redis: Redis;
  blockingRedis: Redis;
  stream: string;
  group: string;
  consumer: string;
  /** Does the work and the hand-off (which acks). Throwing means the entry was not handed off. */
  handle: (msg: StreamMessage, ctx: HandlerContext) => Promise<void>;
  /** Called for a permanent failure or spent retries: must ack the entry (e.g. with the halt script). */
  fail: (msg: StreamMessage, info: FailureInfo) => Promise<void>;
  concurrency?: number;
  blockMs?: number;
  claimIdleMs?: number;
  claimIntervalMs?: number;
  heartbeatMs?: number;
  retryLimit?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  softTimeoutMs?: number;
  hardTimeoutMs?: number;
  /**
   * The error a segment past its hard limit fails with; by default a SegmentTimeoutError, which
   * is retried. An UnrecoverableError fails the entry at once: for work that would only run out
   * of time again (the same document read the same way).
   */
  hardTimeoutError?: (hardTimeoutMs: number) => Error;
  /**
   * Slots beyond `concurrency` that open while entries run long: with every slot taken, each
   * entry in flight for more than `spareAfterMs` lets one more be read, up to `spareSlots`. Work
   * behind a slow entry waits `spareAfterMs` at most, while in the usual case (short entries)
   * no more run at once than `concurrency`.
   */
  spareSlots?: number;
  spareAfterMs?: number;
  logger?: { info: (o: object, m?: string) => void; warn: (o: object, m?: string) => void; error: (o: object, m?: string) => void };
}

/** Exponential backoff with full jitter, capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

type RawEntry = [string, string[]];

function toFields(arr: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < arr.length; i += 2) out[arr[i]!] = arr[i + 1]!;
  return out;
}

/**
 * The one consume loop every service uses: XREADGROUP on a dedicated blocking connection, bounded
 * concurrency, a heartbeat that keeps in-flight entries' idle time low (XCLAIM JUSTID, which does not
 * count as a delivery) so a slow but alive consumer is not robbed, XAUTOCLAIM of entries idle past
 * the limit (their consumer died), retries with backoff that keep the entry pending without blocking
 * the loop, and dead letters decided from Redis's own delivery counter.
 */
export class StreamConsumer {
  private running = false;
  private readonly inFlight = new Map<string, { controller: AbortController; done: Promise<void>; startedAt: number }>();
  private readonly waitingRetry = new Set<string>();
  private loops: Promise<void>[] = [];
  private readonly o: Required<Omit<ConsumerOptions, 'logger'>> & Pick<ConsumerOptions, 'logger'>;
  readonly retryKey: string;
  stats = { processed: 0, failed: 0, retried: 0, claimed: 0, deadLettered: 0 };

  constructor(opts: ConsumerOptions) {
    this.o = {
      concurrency: 1,
      blockMs: 2000,
      claimIdleMs: 60_000,
      claimIntervalMs: 5_000,
      heartbeatMs: 10_000,
      retryLimit: 3,
      retryBaseMs: 30_000,
      retryMaxMs: 120_000,
      softTimeoutMs: 540_000,
      hardTimeoutMs: 600_000,
      spareSlots: 0,
      spareAfterMs: 10_000,
      ...opts,
      hardTimeoutError: opts.hardTimeoutError ?? ((ms) => new SegmentTimeoutError(`segment exceeded its hard time limit of ${ms} ms`)),
    };
    this.retryKey = `${KEY_PREFIX}:retry:${opts.stream}:${opts.group}`;
  }

  async start(): Promise<void> {
    await ensureGroup(this.o.redis, this.o.stream, this.o.group);
    this.running = true;
    this.loops = [this.readLoop(), this.claimLoop(), this.heartbeatLoop(), this.retryLoop()];
  }

  /** Stops reading; waits for in-flight work up to `deadlineMs`, then aborts it (left unacked, so it is reclaimed). */
  async stop(deadlineMs = 10_000): Promise<void> {
    this.running = false;
    const all = Promise.all([...this.inFlight.values()].map((f) => f.done));
    const timedOut = await Promise.race([all.then(() => false), sleep(deadlineMs).then(() => true)]);
    if (timedOut) for (const f of this.inFlight.values()) f.controller.abort(new Error('shutting down'));
    await Promise.race([Promise.all(this.loops), sleep(this.o.blockMs + 1000)]);
  }

  get busy(): number {
    return this.inFlight.size;
  }

  private log(level: 'info' | 'warn' | 'error', obj: object, msg: string) {
    this.o.logger?.[level]({ stream: this.o.stream, consumer: this.o.consumer, ...obj }, msg);
  }

  /**
   * Entries that may run at once now: `concurrency`, and a spare slot for each entry in flight
   * longer than `spareAfterMs` (up to `spareSlots`); `wakeInMs` is when the next one opens.
   */
  private capacity(now = Date.now()): { slots: number; wakeInMs: number | null } {
    if (this.o.spareSlots <= 0) return { slots: this.o.concurrency, wakeInMs: null };
    let long = 0;
    let wakeInMs: number | null = null;
    for (const f of this.inFlight.values()) {
      const left = f.startedAt + this.o.spareAfterMs - now;
      if (left <= 0) long++;
      else wakeInMs = Math.min(wakeInMs ?? left, left);
    }
    return { slots: this.o.concurrency + Math.min(this.o.spareSlots, long), wakeInMs: long >= this.o.spareSlots ? null : wakeInMs };
  }

  private async readLoop(): Promise<void> {
    while (this.running) {
      const { slots, wakeInMs } = this.capacity();
      const free = slots - this.inFlight.size;
      if (free <= 0) {
        const finished = [...this.inFlight.values()].map((f) => f.done);
        // Wake when an entry finishes, or when one has run long enough to open a spare slot.
        await Promise.race(wakeInMs === null ? finished : [...finished, sleep(wakeInMs + 1)]);
        continue;
      }
      try {
        const res = (await this.o.blockingRedis.xreadgroup(
          'GROUP',
          this.o.group,
          this.o.consumer,
          'COUNT',
          free,
          'BLOCK',
          this.o.blockMs,
          'STREAMS',
          this.o.stream,
          '>',
        )) as [string, RawEntry[]][] | null;
        if (!res) continue;
        for (const [, entries] of res) for (const [id, fields] of entries) this.dispatch({ id, fields: toFields(fields), deliveries: 1 });
      } catch (err) {
        if (!this.running) break;
        const msg = errorMessage(err);
        if (msg.includes('NOGROUP')) {
          // The stream was deleted (e.g. Redis restarted without persistence): recreate the group.
          await ensureGroup(this.o.redis, this.o.stream, this.o.group).catch(() => undefined);
        } else {
          this.log('warn', { err: msg }, 'read failed; retrying');
        }
        await sleep(250);
      }
    }
  }

  private async claimLoop(): Promise<void> {
    while (this.running) {
      await sleep(this.o.claimIntervalMs);
      if (!this.running) break;
      try {
        const free = Math.max(1, this.capacity().slots - this.inFlight.size);
        const res = (await this.o.redis.xautoclaim(
          this.o.stream,
          this.o.group,
          this.o.consumer,
          this.o.claimIdleMs,
          '0-0',
          'COUNT',
          free,
        )) as [string, RawEntry[], string[]?];
        const entries = (res[1] ?? []).filter((e) => e && e[1]);
        for (const [id, fields] of entries) {
          if (this.inFlight.has(id)) continue;
          this.waitingRetry.delete(id);
          this.stats.claimed++;
          const deliveries = await this.deliveryCount(id);
          this.log('warn', { id, deliveries }, 'claimed an entry idle past the limit');
          this.dispatch({ id, fields: toFields(fields), deliveries });
        }
        // Entries deleted from the stream while pending come back as ids only: acknowledge them.
        const deleted = res[2] ?? [];
        if (deleted.length) await this.o.redis.xack(this.o.stream, this.o.group, ...deleted);
      } catch (err) {
        if (this.running) this.log('warn', { err: errorMessage(err) }, 'claim failed');
      }
    }
  }

  private async heartbeatLoop(): Promise<void> {
    while (this.running || this.inFlight.size > 0) {
      await sleep(Math.min(this.o.heartbeatMs, 1000 + this.o.heartbeatMs / 2));
      const ids = [...this.inFlight.keys(), ...this.waitingRetry];
      if (ids.length === 0) continue;
      try {
        await this.o.redis.xclaim(this.o.stream, this.o.group, this.o.consumer, 0, ...ids, 'JUSTID');
      } catch (err) {
        this.log('warn', { err: errorMessage(err) }, 'heartbeat failed');
      }
      if (!this.running && this.inFlight.size === 0) break;
    }
  }

  private async retryLoop(): Promise<void> {
    while (this.running) {
      await sleep(Math.min(500, this.o.retryBaseMs));
      try {
        const due = await this.o.redis.zrangebyscore(this.retryKey, 0, Date.now(), 'LIMIT', 0, 10);
        for (const id of due) {
          if (!this.waitingRetry.has(id)) continue; // another consumer's retry
          if ((await this.o.redis.zrem(this.retryKey, id)) !== 1) continue;
          this.waitingRetry.delete(id);
          const claimed = (await this.o.redis.xclaim(this.o.stream, this.o.group, this.o.consumer, 0, id)) as RawEntry[];
          const entry = claimed.find((e) => e && e[1]);
          if (!entry) {
            await this.o.redis.xack(this.o.stream, this.o.group, id);
            continue;
          }
          this.dispatch({ id, fields: toFields(entry[1]), deliveries: await this.deliveryCount(id) });
        }
      } catch (err) {
        if (this.running) this.log('warn', { err: errorMessage(err) }, 'retry scheduling failed');
      }
    }
  }

  private async deliveryCount(id: string): Promise<number> {
    const p = (await this.o.redis.xpending(this.o.stream, this.o.group, id, id, 1)) as [string, string, number, number][];
    return p[0]?.[3] ?? 1;
  }

  private dispatch(msg: StreamMessage): void {
    if (this.inFlight.has(msg.id)) return;
    const controller = new AbortController();
    const done = this.process(msg, controller).finally(() => this.inFlight.delete(msg.id));
    this.inFlight.set(msg.id, { controller, done, startedAt: Date.now() });
  }

  private async process(msg: StreamMessage, controller: AbortController): Promise<void> {
    // Redis's own counter decides: an entry delivered more times than the retries allow (for
    // instance because it kills its consumer every time) is dead-lettered without running again.
    if (msg.deliveries > this.o.retryLimit + 1) {
      await this.failSafely(msg, {
        error: new Error(`delivered ${msg.deliveries} times without completing (limit ${this.o.retryLimit + 1})`),
        deadLetter: true,
        deliveries: msg.deliveries,
      });
      return;
    }
    const soft = setTimeout(() => this.log('warn', { id: msg.id, softTimeoutMs: this.o.softTimeoutMs }, 'segment past its soft time limit'), this.o.softTimeoutMs);
    let hard: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      hard = setTimeout(() => {
        const err = this.o.hardTimeoutError(this.o.hardTimeoutMs);
        controller.abort(err);
        reject(err);
      }, this.o.hardTimeoutMs);
    });
    try {
      await Promise.race([this.o.handle(msg, { signal: controller.signal, consumer: this.o.consumer }), timeout]);
      this.stats.processed++;
    } catch (err) {
      if (!this.running && controller.signal.aborted) return; // shutting down: leave it pending
      if (isUnrecoverable(err)) {
        await this.failSafely(msg, { error: err, deadLetter: false, deliveries: msg.deliveries });
      } else if (msg.deliveries > this.o.retryLimit) {
        await this.failSafely(msg, { error: err, deadLetter: true, deliveries: msg.deliveries });
      } else {
        const delay = backoffMs(msg.deliveries, this.o.retryBaseMs, this.o.retryMaxMs);
        this.stats.retried++;
        this.log('warn', { id: msg.id, err: errorMessage(err), delay, deliveries: msg.deliveries }, 'transient failure: retry scheduled');
        this.waitingRetry.add(msg.id);
        await this.o.redis.zadd(this.retryKey, Date.now() + delay, msg.id).catch(() => undefined);
      }
    } finally {
      clearTimeout(soft);
      clearTimeout(hard);
    }
  }

  private async failSafely(msg: StreamMessage, info: FailureInfo): Promise<void> {
    this.stats.failed++;
    if (info.deadLetter) this.stats.deadLettered++;
    try {
      await this.o.fail(msg, info);
    } catch (err) {
      // Leave the entry pending: it will be claimed and failed again later.
      this.log('error', { id: msg.id, err: errorMessage(err) }, 'could not record a failure');
    }
  }
}
