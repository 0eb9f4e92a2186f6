import { ALL_WORK_STREAMS, JOB_STATUSES, KEY_PREFIX, PRIORITIES, deadLetterStream, stageGroup, stageStream } from '@policydiff/contracts';
import type { ClusterFigures, StreamFigures } from '@policydiff/platform';
import type { GatewayDeps } from './app.js';

const pairs = (arr: unknown[]) => {
  const out: Record<string, unknown> = {};
  for (let i = 0; i + 1 < arr.length; i += 2) out[String(arr[i])] = arr[i + 1];
  return out;
};

/**
 * The figures `redis-cli XINFO GROUPS` and `XPENDING` give for each stage stream, the dead-letter
 * count and the jobs by status: what /metrics exports. One pipeline of commands per stream.
 */
export async function readClusterFigures(deps: Pick<GatewayDeps, 'redis' | 'store'>, now = Date.now()): Promise<ClusterFigures> {
  const { redis, store } = deps;
  const streams: StreamFigures[] = [];
  // Each stage has a stream per priority, read by the same group: one series per stream.
  for (const [stage, priority] of ALL_WORK_STREAMS.flatMap((st) => [...PRIORITIES].reverse().map((p) => [st, p] as const))) {
    const stream = stageStream(stage, priority);
    const group = stageGroup(stage);
    const [len, groups, oldest, retries] = (await redis
      .multi()
      .xlen(stream)
      .xinfo('GROUPS', stream)
      .xpending(stream, group, '-', '+', 1)
      .zcard(`${KEY_PREFIX}:retry:${stream}:${group}`)
      .exec()) as [Error | null, unknown][];
    // XINFO and XPENDING fail on a stream or group not created yet: that is zero, not an error.
    const g = groups![0] ? undefined : ((groups![1] as unknown[][]).map(pairs).find((x) => x.name === group));
    const first = oldest![0] ? undefined : (oldest![1] as [string, string, number, number][])[0];
    streams.push({
      stage,
      stream,
      group,
      length: Number(len![1] ?? 0),
      lag: g && g.lag !== null && g.lag !== undefined ? Number(g.lag) : null,
      pending: g ? Number(g.pending ?? 0) : 0,
      consumers: g ? Number(g.consumers ?? 0) : 0,
      oldestPendingAgeS: first ? Math.max(0, (now - Number(first[0].split('-')[0])) / 1000) : null,
      retriesWaiting: Number(retries![1] ?? 0),
    });
  }
  const jobsByStatus: Record<string, number> = {};
  for (const status of JOB_STATUSES) jobsByStatus[status] = (await store.listJobs({ status, limit: 1, offset: 0 })).total;
  return { jobsByStatus, streams, deadLetters: await redis.xlen(deadLetterStream) };
}
