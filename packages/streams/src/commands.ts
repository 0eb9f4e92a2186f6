import type { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  deadLetterStream,
  eventsStream,
  haltKey,
  joinKey,
  jobEventsStream,
  segmentDoneKey,
  KEY_PREFIX,
} from '@policydiff/contracts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'commands');
const lua = (name: string) => readFileSync(join(dir, `${name}.lua`), 'utf8');

type Scripted = Redis & {
  pdHandoff(...args: (string | number)[]): Promise<(string | number)[]>;
  pdHalt(...args: (string | number)[]): Promise<(string | number)[]>;
  pdEmitOnce(...args: (string | number)[]): Promise<(string | number)[]>;
};

/** Registers the atomic scripts on a connection (EVALSHA with automatic EVAL fallback). */
export function withCommands(redis: Redis): Scripted {
  const r = redis as Scripted;
  if (!(r as unknown as { pdHandoff?: unknown }).pdHandoff) {
    redis.defineCommand('pdHandoff', { lua: lua('handoff') });
    redis.defineCommand('pdHalt', { lua: lua('halt') });
    redis.defineCommand('pdEmitOnce', { lua: lua('emit-once') });
  }
  return r;
}

export interface HandoffArgs {
  stream: string;
  group: string;
  entryId: string;
  jobId: string;
  segment: number;
  ttlSeconds: number;
  eventsMaxlen: number;
  events: object[];
  next: { stream: string; envelope: object }[];
  join?: { field: string; needed: number };
}

export type HandoffOutcome = { status: 'done'; eventIds: string[] } | { status: 'duplicate' } | { status: 'halted' };

export async function handoff(redis: Redis, a: HandoffArgs): Promise<HandoffOutcome> {
  const keys = [
    a.stream,
    segmentDoneKey(a.jobId, a.segment),
    haltKey(a.jobId),
    eventsStream,
    jobEventsStream(a.jobId),
    joinKey(a.jobId),
    ...a.next.map((n) => n.stream),
  ];
  const argv = [
    a.group,
    a.entryId,
    a.ttlSeconds,
    a.join?.field ?? '',
    a.join?.needed ?? 0,
    a.eventsMaxlen,
    a.jobId,
    a.events.length,
    ...a.events.map((e) => JSON.stringify(e)),
    ...a.next.map((n) => JSON.stringify(n.envelope)),
  ];
  const res = await withCommands(redis).pdHandoff(keys.length, ...keys, ...argv);
  const code = Number(res[0]);
  if (code === 0) return { status: 'duplicate' };
  if (code === -1) return { status: 'halted' };
  return { status: 'done', eventIds: res.slice(1).map(String) };
}

export interface HaltArgs {
  stream: string;
  group: string;
  entryId: string;
  jobId: string;
  ttlSeconds: number;
  eventsMaxlen: number;
  event: object;
  deadLetter: object | null;
  haltValue: 'failed' | 'cancelled';
}

/** Fails or cancels a job atomically; returns the terminal event's id, or null if it was emitted before. */
export async function halt(redis: Redis, a: HaltArgs): Promise<string | null> {
  const keys = [
    a.stream || `${KEY_PREFIX}:none`,
    `${KEY_PREFIX}:job:${a.jobId}:halted-event`,
    haltKey(a.jobId),
    eventsStream,
    jobEventsStream(a.jobId),
    deadLetterStream,
  ];
  const argv = [
    a.group,
    a.entryId,
    a.ttlSeconds,
    a.eventsMaxlen,
    a.jobId,
    JSON.stringify(a.event),
    a.deadLetter ? JSON.stringify(a.deadLetter) : '',
    a.haltValue,
  ];
  const res = await withCommands(redis).pdHalt(keys.length, ...keys, ...argv);
  return Number(res[0]) === 1 ? String(res[1]) : null;
}

/** Appends an event once per `onceKey` (e.g. "segment 3 started"), unless the job is halted. */
export async function emitOnce(
  redis: Redis,
  a: { jobId: string; onceKey: string; ttlSeconds: number; eventsMaxlen: number; event: object },
): Promise<string | null> {
  const keys = [a.onceKey, haltKey(a.jobId), eventsStream, jobEventsStream(a.jobId)];
  const res = await withCommands(redis).pdEmitOnce(keys.length, ...keys, a.ttlSeconds, a.eventsMaxlen, a.jobId, JSON.stringify(a.event));
  return Number(res[0]) === 1 ? String(res[1]) : null;
}

export async function isHalted(redis: Redis, jobId: string): Promise<string | null> {
  return redis.get(haltKey(jobId));
}

/** Creates the consumer group (and the stream) if missing. */
export async function ensureGroup(redis: Redis, stream: string, group: string): Promise<void> {
  try {
    await redis.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
  } catch (err) {
    if (!String((err as Error).message).includes('BUSYGROUP')) throw err;
  }
}
