import { createHash, timingSafeEqual } from 'node:crypto';

export interface Principal {
  /** The key's name: jobs created with it are owned by this name. */
  name: string;
  admin: boolean;
}

export interface ApiKeys {
  enabled: boolean;
  /** The principal for a presented key, or null when it is missing or wrong. */
  verify(presented: string | null | undefined): Principal | null;
}

const MIN_SECRET = 8;

/**
 * Secrets are compared as SHA-256 digests: every comparison is of 32 bytes, so neither its time nor
 * an early length mismatch says how long a key is (timingSafeEqual itself needs equal lengths).
 */
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * `API_KEYS="alice=s3cret-1,bob=t0ken-22,ops=adm1n-333:admin"`: name=secret, with `:admin` for
 * admin keys. Empty means access control is off (local use). Two entries may share a name (a key
 * being rotated), never a secret. A bad entry is named by its position only: the message goes to logs and must not carry
 * any part of a secret.
 */
export function parseApiKeys(raw: string): ApiKeys {
  const entries: { name: string; digest: Buffer; admin: boolean }[] = [];
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  parts.forEach((part, i) => {
    const where = `API_KEYS entry ${i + 1} of ${parts.length}`;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`${where} must be name=secret or name=secret:admin`);
    const name = part.slice(0, eq).trim();
    let secret = part.slice(eq + 1);
    let admin = false;
    if (secret.endsWith(':admin')) {
      admin = true;
      secret = secret.slice(0, -':admin'.length);
    }
    if (secret.length < MIN_SECRET) throw new Error(`${where}: the secret must be at least ${MIN_SECRET} characters`);
    const d = digest(secret);
    const twin = entries.findIndex((e) => timingSafeEqual(e.digest, d));
    if (twin >= 0) throw new Error(`${where} has the same secret as entry ${twin + 1}: each key needs its own secret`);
    entries.push({ name, digest: d, admin });
  });
  return {
    enabled: entries.length > 0,
    verify(presented) {
      if (!presented) return null;
      const d = digest(presented);
      let found: (typeof entries)[number] | null = null;
      // Every entry is compared, found or not: the time does not say which entry matched.
      for (const e of entries) if (timingSafeEqual(e.digest, d) && !found) found = e;
      return found ? { name: found.name, admin: found.admin } : null;
    },
  };
}

type Headers = { get(name: string): string | null | undefined };

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
