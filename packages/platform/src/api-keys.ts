import { createHash, timingSafeEqual } from 'node:crypto';

export interface Principal {
  /** The key's name: jobs created with it are owned by this name. */
  name: string;
  /** `:admin`: every job, and the /admin routes. */
  admin: boolean;
  /** `:metrics` (or `:admin`): may scrape /metrics. Prometheus holds such a key, not an admin one. */
  metrics: boolean;
}

export interface ApiKeys {
  enabled: boolean;
  /** The principal for a presented key, or null when it is missing or wrong. */
  verify(presented: string | null | undefined): Principal | null;
}

const ROLES = { admin: { admin: true, metrics: true }, metrics: { admin: false, metrics: true } } as const;
const MIN_SECRET = 8;

/**
 * Secrets are compared as SHA-256 digests: every comparison is of 32 bytes, so neither its time nor
 * an early length mismatch says how long a key is (timingSafeEqual itself needs equal lengths).
 */
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * `API_KEYS="alice=s3cret-1,bob=t0ken-22,ops=adm1n-333:admin,prom=scrape-44:metrics"`: name=secret,
 * with `:admin` for admin keys and `:metrics` for a key that may also scrape /metrics (and
 * otherwise is an ordinary key). Empty means access control is off (local use). Two entries may share a name (a key
 * being rotated), never a secret. A bad entry is named by its position only: the message goes to logs and must not carry
 * any part of a secret.
 */
export function parseApiKeys(raw: string): ApiKeys {
  const entries: (Principal & { digest: Buffer })[] = [];
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  parts.forEach((part, i) => {
    const where = `API_KEYS entry ${i + 1} of ${parts.length}`;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`${where} must be name=secret, name=secret:admin or name=secret:metrics`);
    const name = part.slice(0, eq).trim();
    let secret = part.slice(eq + 1);
    let role: { admin: boolean; metrics: boolean } = { admin: false, metrics: false };
    for (const [suffix, r] of Object.entries(ROLES)) {
      if (secret.endsWith(`:${suffix}`)) {
        secret = secret.slice(0, -(suffix.length + 1));
        role = r;
      }
    }
    if (secret.length < MIN_SECRET) throw new Error(`${where}: the secret must be at least ${MIN_SECRET} characters`);
    const d = digest(secret);
    const twin = entries.findIndex((e) => timingSafeEqual(e.digest, d));
    if (twin >= 0) throw new Error(`${where} has the same secret as entry ${twin + 1}: each key needs its own secret`);
    entries.push({ name, digest: d, ...role });
  });
  return {
    enabled: entries.length > 0,
    verify(presented) {
      if (!presented) return null;
      const d = digest(presented);
      let found: (typeof entries)[number] | null = null;
      // Every entry is compared, found or not: the time does not say which entry matched.
      for (const e of entries) if (timingSafeEqual(e.digest, d) && !found) found = e;
      return found ? { name: found.name, admin: found.admin, metrics: found.metrics } : null;
    },
  };
}

/**
 * Why a scrape of /metrics is refused, or null when it may go ahead: with keys off anyone may
 * scrape; with keys on, a `:metrics` or `:admin` key. A scrape reads the whole cluster's figures
 * (about 20 Redis pipelines at the gateway) and names every stage and consumer, so it is not open to
 * every key, and Prometheus does not need an admin key to take it.
 */
export function metricsRefusal(keys: ApiKeys, principal: Principal | null): { status: 401 | 403; detail: string } | null {
  if (!keys.enabled) return null;
  if (!principal) return { status: 401, detail: 'a valid API key is required: send "Authorization: Bearer <key>" (or X-API-Key)' };
  if (!principal.metrics) return { status: 403, detail: '/metrics needs a metrics key (name=secret:metrics in API_KEYS) or an admin key' };
  return null;
}

type Headers = { get(name: string): string | null | undefined };

/** Node's request headers (`req.headers`) read like fetch Headers. */
export const nodeHeaders = (h: Record<string, string | string[] | undefined>): Headers => ({
  get: (name) => {
    const v = h[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  },
});

/** The key a request presents in a header: `Authorization: Bearer …` or `X-API-Key`. */
export function presentedKey(headers: Headers): string | null {
  const auth = headers.get('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return headers.get('x-api-key') ?? null;
}

/**
 * The key a WebSocket upgrade presents: a header, or `?api_key=`, since a browser cannot set headers
 * on a WebSocket. Only upgrades read the query: on other routes a key in the URL would end up in
 * access logs, browser history and Referer headers.
 */
export function presentedUpgradeKey(headers: Headers, url: URL): string | null {
  return presentedKey(headers) ?? url.searchParams.get('api_key');
}
