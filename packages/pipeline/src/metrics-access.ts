import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_TYPES } from '@policydiff/contracts';
import { metricsRefusal, nodeHeaders, presentedKey, type ApiKeys } from '@policydiff/platform';

/**
 * The key check of a `/metrics` scrape on a plain Node server (the notifier, and the stage and
 * delivery services on METRICS_PORT), as the gateway's route does it: with keys on, a metrics or
 * admin key. Answers the refusal as a problem body and returns true, or returns false to scrape.
 */
export function refuseScrape(keys: ApiKeys, req: IncomingMessage, res: ServerResponse): boolean {
  const principal = keys.enabled ? keys.verify(presentedKey(nodeHeaders(req.headers))) : null;
  const refusal = metricsRefusal(keys, principal);
  if (!refusal) return false;
  const kind = refusal.status === 401 ? 'unauthorized' : 'forbidden';
  res
    .writeHead(refusal.status, { 'content-type': 'application/problem+json', ...(refusal.status === 401 ? { 'www-authenticate': 'Bearer' } : {}) })
    .end(JSON.stringify({ type: PROBLEM_TYPES[kind], title: refusal.status === 401 ? 'Unauthorized' : 'Forbidden', status: refusal.status, detail: refusal.detail }));
  return true;
}
