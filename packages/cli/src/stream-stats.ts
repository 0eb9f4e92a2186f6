import type { Redis } from 'ioredis';
import { ALL_WORK_STREAMS, KEY_PREFIX, deadLetterStream, stageGroup, stageStream } from '@policydiff/contracts';

/** One stage stream and its group, in the figures `redis-cli XINFO GROUPS` / `XPENDING` report. */
export interface StreamStats {
  stage: string;
  stream: string;
  group: string;
  length: number;
  /** Entries not yet delivered to the group; null when Redis cannot compute it (or no group yet). */
  lag: number | null;
  pending: number;
  /** Age of the oldest pending entry, from the time in its id (ms); null when nothing is pending. */
  oldestPendingAgeMs: number | null;
  /** Entries waiting for a retry (backoff) in this group. */
  retryWaiting: number;
  groupExists: boolean;
  consumers: { name: string; pending: number; idleMs: number; inactiveMs: number | null }[];
}

export interface StreamsReport {
  at: string;
  streams: StreamStats[];
  deadLetters: number;
}

/** XINFO replies are flat [name, value, …] arrays. */
export function pairs(arr: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i + 1 < arr.length; i += 2) out[String(arr[i])] = arr[i + 1];
  return out;
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));
export const idTime = (id: string) => Number(id.split('-')[0]);

/**
 * The stage streams to report: each of contracts' work streams, plus any other stream under the same
 * prefix (e.g. a per-priority variant) found with SCAN, read through the same group.
 */
async function streamsToReport(redis: Redis): Promise<{ stage: string; stream: string; group: string }[]> {
  const known = ALL_WORK_STREAMS.map((stage) => ({ stage, stream: stageStream(stage), group: stageGroup(stage) }));
  const names = new Set(known.map((k) => k.stream));
  const extra: { stage: string; stream: string; group: string }[] = [];
  let cursor = '0';
  do {
    const [next, keys] = (await redis.scan(cursor, 'MATCH', `${KEY_PREFIX}:stage:*`, 'COUNT', 500, 'TYPE', 'stream')) as [string, string[]];
    cursor = next;
    for (const key of keys) {
      if (names.has(key)) continue;
      const owner = known.find((k) => key.startsWith(`${k.stream}:`));
      if (owner) {
        names.add(key);
        extra.push({ stage: `${owner.stage}${key.slice(owner.stream.length)}`, stream: key, group: owner.group });
      }
    }
  } while (cursor !== '0');
  // Pipeline order, each extra stream right after the stage it belongs to.
  return known.flatMap((k) => [k, ...extra.filter((e) => e.group === k.group).sort((a, b) => a.stream.localeCompare(b.stream))]);
}

export async function readStreamStats(redis: Redis, now = Date.now()): Promise<StreamsReport> {
  const targets = await streamsToReport(redis);
  const streams: StreamStats[] = [];
  for (const t of targets) {
    const length = await redis.xlen(t.stream);
    const groups = length || (await redis.exists(t.stream)) ? ((await redis.xinfo('GROUPS', t.stream)) as unknown[][]).map(pairs) : [];
    const g = groups.find((x) => x.name === t.group);
    const s: StreamStats = {
      ...t,
      length,
      lag: g ? num(g.lag) : null,
      pending: g ? Number(g.pending ?? 0) : 0,
      oldestPendingAgeMs: null,
      retryWaiting: await redis.zcard(`${KEY_PREFIX}:retry:${t.stream}:${t.group}`),
      groupExists: !!g,
      consumers: [],
    };
    if (g) {
      if (s.pending > 0) {
        const oldest = (await redis.xpending(t.stream, t.group, '-', '+', 1)) as [string, string, number, number][];
        if (oldest[0]) s.oldestPendingAgeMs = Math.max(0, now - idTime(oldest[0][0]));
      }
      const consumers = ((await redis.xinfo('CONSUMERS', t.stream, t.group)) as unknown[][]).map(pairs);
      s.consumers = consumers.map((c) => ({ name: String(c.name), pending: Number(c.pending ?? 0), idleMs: Number(c.idle ?? 0), inactiveMs: num(c.inactive) }));
    }
    streams.push(s);
  }
  return { at: new Date(now).toISOString(), streams, deadLetters: await redis.xlen(deadLetterStream) };
}
