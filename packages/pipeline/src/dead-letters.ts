import { KEY_PREFIX, deadLetterStream, haltKey, segmentDoneKey, type DeadLetter } from '@policydiff/contracts';
import type { ServiceContext } from './service-context.js';


function parse(id: string, arr: string[]): DeadLetter & { envelope: unknown } {
  const f: Record<string, string> = {};
  for (let i = 0; i + 1 < arr.length; i += 2) f[arr[i]!] = arr[i + 1]!;
  let dead: Record<string, unknown> = {};
  try {
    dead = JSON.parse(f.dead ?? '{}') as Record<string, unknown>;
  } catch {
    /* keep empty */
  }
  return {
    id,
    job_id: f.job && f.job !== 'unknown' ? f.job : null,
    stream: f.stream ?? '',
    entry: f.entry ?? '',
    reason: String(dead.reason ?? ''),
    error: String(dead.error ?? ''),
    segment: typeof dead.segment === 'number' ? dead.segment : null,
    deliveries: typeof dead.deliveries === 'number' ? dead.deliveries : null,
    dead_at: new Date(Number(id.split('-')[0])).toISOString(),
    envelope: dead.envelope ?? null,
  };
}

export async function listDeadLetters(ctx: Pick<ServiceContext, 'redis'>, limit = 100): Promise<DeadLetter[]> {
  const rows = (await ctx.redis.xrevrange(deadLetterStream, '+', '-', 'COUNT', limit)) as [string, string[]][];
  return rows.map(([id, arr]) => {
    const { envelope: _e, ...rest } = parse(id, arr);
    return rest;
  });
}

/**
 * Re-runs a dead-lettered entry: the job goes back to RUNNING, its halt and the failed segment's
 * bookkeeping are cleared, and the original envelope is appended to its stream again.
 */
export async function replayDeadLetter(
  ctx: Pick<ServiceContext, 'redis' | 'store'>,
  id: string,
): Promise<'replayed' | 'not_found' | 'not_replayable'> {
  const rows = (await ctx.redis.xrange(deadLetterStream, id, id)) as [string, string[]][];
  if (!rows[0]) return 'not_found';
  const dl = parse(rows[0][0], rows[0][1]);
  if (!dl.job_id || !dl.envelope || !dl.stream || dl.segment === null) return 'not_replayable';
  await ctx.store.reopenJob(dl.job_id);
  await ctx.redis
    .multi()
    .del(haltKey(dl.job_id), `${KEY_PREFIX}:job:${dl.job_id}:halted-event`, segmentDoneKey(dl.job_id, dl.segment))
    .xadd(dl.stream, '*', 'event', JSON.stringify({ ...(dl.envelope as object), attempt: 1 }))
    .xdel(deadLetterStream, id)
    .exec();
  return 'replayed';
}
