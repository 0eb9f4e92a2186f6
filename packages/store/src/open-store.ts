import { PgStore } from './pg-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store, StoreOptions } from './store-api.js';

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** SQLite for `file:` URLs (the default), PostgreSQL for `postgres://` URLs. */
export function openStore(opts: StoreOptions): Store {
  return isPostgresUrl(opts.databaseUrl) ? new PgStore(opts) : new SqliteStore(opts);
}
