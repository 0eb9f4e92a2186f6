import type { Store, StoreOptions } from './store-api.js';

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * SQLite for `file:` URLs (the default), PostgreSQL for `postgres://` URLs. The dialect (its driver
 * and drizzle) is loaded on first use, so a process using SQLite never loads pg and the other way
 * round: every service and each of its stage threads opens a store, and the unused dialect cost
 * ~10 MB in each. A failure to open surfaces on the first call.
 */
export function openStore(opts: StoreOptions): Store {
  const dialect: Store['dialect'] = isPostgresUrl(opts.databaseUrl) ? 'postgres' : 'sqlite';
  const opening: Promise<Store> = dialect === 'postgres'
    ? import('./pg-store.js').then((m) => new m.PgStore(opts))
    : import('./sqlite-store.js').then((m) => new m.SqliteStore(opts));
  opening.catch(() => undefined); // reported to the first caller instead
  return new Proxy({} as Store, {
    get(_target, method) {
      // Not a thenable: `await openStore(…)` must return this object, not call into the store.
      if (method === 'then') return undefined;
      if (method === 'dialect') return dialect;
      return async (...args: unknown[]) => {
        const store = (await opening) as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>;
        if (typeof store[method] !== 'function') throw new TypeError(`store has no method ${String(method)}`);
        return store[method]!(...args);
      };
    },
  });
}
