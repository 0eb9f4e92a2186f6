import { timingSafeEqual } from 'node:crypto';

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

/**
 * `API_KEYS="alice=s3cret,bob=t0ken,ops=adm1n:admin"`: name=secret, `:admin` for admin keys.
 * Empty means access control is off (local use). Secrets are compared in constant time.
 */
export function parseApiKeys(raw: string): ApiKeys {
  const entries: { name: string; secret: Buffer; admin: boolean }[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`API_KEYS entry "${part.slice(0, 20)}…" must be name=secret or name=secret:admin`);
    const name = part.slice(0, eq);
    let secret = part.slice(eq + 1);
    let admin = false;
    if (secret.endsWith(':admin')) {
      admin = true;
      secret = secret.slice(0, -':admin'.length);
    }
    if (secret.length < 8) throw new Error(`API_KEYS secret for "${name}" must be at least 8 characters`);
    entries.push({ name, secret: Buffer.from(secret), admin });
  }
  return {
    enabled: entries.length > 0,
    verify(presented) {
      if (!presented) return null;
      const p = Buffer.from(presented);
      for (const e of entries) {
        if (e.secret.length === p.length && timingSafeEqual(e.secret, p)) return { name: e.name, admin: e.admin };
      }
      return null;
    },
  };
}

/** The key a request presents: `Authorization: Bearer …`, `X-API-Key`, or `?api_key=` (WebSockets, links). */
export function presentedKey(headers: { get(name: string): string | null | undefined }, url: URL): string | null {
  const auth = headers.get('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  return headers.get('x-api-key') ?? url.searchParams.get('api_key');
}
