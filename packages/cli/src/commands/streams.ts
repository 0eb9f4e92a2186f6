import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { EXIT, UsageError, type CliIo } from '../cli-io.js';
import { readStreamStats } from '../stream-stats.js';
import { renderStreamsReport } from '../streams-table.js';

/** `policydiff streams`: the `celery inspect` / Flower view of the stage streams, read from Redis. */
export async function streamsCommand(args: string[], io: CliIo, signal?: AbortSignal): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    options: { redis: { type: 'string' }, json: { type: 'boolean' }, watch: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length) throw new UsageError(`streams takes no arguments (got ${positionals.join(' ')})`);
  const every = v.watch === undefined ? null : Number(v.watch);
  if (every !== null && !(every >= 0.5)) throw new UsageError('--watch takes a number of seconds (at least 0.5)');
  const url = v.redis ?? io.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 3000, retryStrategy: () => null, lazyConnect: true });
  redis.on('error', () => undefined); // reported by the failed command below
  try {
    await redis.connect().catch((err: Error) => {
      throw new Error(`cannot reach Redis at ${url} (${err.message}); set REDIS_URL or --redis`);
    });
    for (;;) {
      const report = await readStreamStats(redis);
      if (v.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
      else io.out(`${every !== null && io.errIsTty ? '\x1b[2J\x1b[H' : ''}${renderStreamsReport(report, io.columns)}\n`);
      if (every === null || signal?.aborted) return EXIT.ok;
      await new Promise((r) => setTimeout(r, every * 1000));
      if (signal?.aborted) return EXIT.ok;
    }
  } finally {
    redis.disconnect();
  }
}
