import { createLogger, loadConfig, onShutdown, type Config, type Logger } from '@policydiff/platform';
import { openStore, type Store } from '@policydiff/store';
import { createBlockingRedis, createRedis } from '@policydiff/streams';
import type { Redis } from 'ioredis';

export interface ServiceContext {
  config: Config;
  logger: Logger;
  store: Store;
  redis: Redis;
  blockingRedis: Redis;
  /**
   * A new dedicated connection for one blocking reader. Every consumer needs its own: a blocking
   * XREADGROUP holds its connection, so two readers sharing one would wait on each other's BLOCK.
   */
  newBlockingRedis: (purpose: string) => Redis;
  /** Registers a closer run on SIGTERM/SIGINT (in reverse order). */
  onClose: (closer: () => Promise<unknown> | unknown) => void;
}

/** Config, logger, store and Redis connections for one service process, closed on shutdown. */
export function createServiceContext(service: string): ServiceContext {
  const config = loadConfig(service);
  const logger = createLogger(service, config.LOG_LEVEL);
  const onClose = onShutdown(logger, config.SHUTDOWN_DEADLINE_MS);
  const store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const redis = createRedis(config.REDIS_URL, config.consumerName);
  const blockingRedis = createBlockingRedis(config.REDIS_URL, config.consumerName, config.BLOCK_MS);
  for (const conn of [redis, blockingRedis]) {
    conn.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  }
  onClose(() => store.close());
  onClose(() => redis.quit().catch(() => redis.disconnect()));
  onClose(() => blockingRedis.disconnect());
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
  const newBlockingRedis = (purpose: string) => {
    const conn = createBlockingRedis(config.REDIS_URL, `${config.consumerName}:${purpose}`, config.BLOCK_MS);
    conn.on('error', (err) => logger.warn({ err: err.message, purpose }, 'redis connection error'));
    onClose(() => conn.disconnect());
    return conn;
  };
  return { config, logger, store, redis, blockingRedis, newBlockingRedis, onClose };
}
