import type { IncomingHttpHeaders } from 'node:http';
import { WS_CLOSE } from '@policydiff/contracts';
import { nodeHeaders, presentedUpgradeKey, type ApiKeys, type Principal } from '@policydiff/platform';

/** A refusal is a WebSocket close code and reason; the handshake completes first so the client can read them. */
export type WatchRefusal = { code: number; reason: string };

/**
 * Who is connecting: with API keys on, the key from `?api_key=` or the Authorization header
 * (browsers cannot set headers on a WebSocket, so the query parameter is the usual path).
 * Null principal with keys off: everyone may watch everything, as over HTTP.
 */
export function identifyWatcher(keys: ApiKeys, headers: IncomingHttpHeaders, url: URL): { principal: Principal | null } | WatchRefusal {
  if (!keys.enabled) return { principal: null };
  const principal = keys.verify(presentedUpgradeKey(nodeHeaders(headers), url));
  if (!principal) return { code: WS_CLOSE.unauthorized, reason: 'a valid API key is required (?api_key= or Authorization: Bearer)' };
  return { principal };
}

/**
 * Another key's job is answered exactly like an unknown one (4404), so a key cannot probe which
 * job ids exist. Admin keys see every job.
 */
export function mayWatch(keys: ApiKeys, principal: Principal | null, owner: string | null): boolean {
  return !keys.enabled || !!principal?.admin || (principal !== null && owner === principal.name);
}

export const unknownJobClose = (jobId: string): WatchRefusal => ({ code: WS_CLOSE.unknownJob, reason: `unknown job ${jobId}`.slice(0, 120) });
