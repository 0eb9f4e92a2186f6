import type { Env, Hono, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { createMetricsRegistry, httpMetrics, metricsResponse, registerClusterMetrics, type Registry } from '@policydiff/platform';
import type { GatewayDeps } from './app.js';
import { readClusterFigures } from './cluster-figures.js';

/**
 * GET /metrics for the gateway: request counts and latency by route, upload bytes, and the
 * cluster-wide figures (jobs by status, per-stage stream length, lag, pending, consumers, oldest
 * pending age, retries waiting, dead letters) read from Redis and the store at scrape time.
 * Mount it before the routes: its middleware must wrap them to time them. `guards` run before the
 * scrape itself (the app's key check and rate limit), registered on the path here, before the
 * route: a middleware the app registered after it would never see its requests.
 */
export function mountMetrics<E extends Env>(
  app: Hono<E>,
  deps: Pick<GatewayDeps, 'redis' | 'store'>,
  registry: Registry = createMetricsRegistry('gateway'),
  guards: MiddlewareHandler<E>[] = [],
): Registry {
  const http = httpMetrics(registry);
  registerClusterMetrics(registry, () => readClusterFigures(deps));

  app.use('*', async (c, next) => {
    const t0 = performance.now();
    await next();
    // The matched pattern (`/jobs/:id`), never the raw path: ids would make a series per job.
    let route = '*';
    try {
      route = routePath(c);
    } catch {
      /* no route matched */
    }
    if (route === '/*' || route === '*') route = c.res.status === 404 ? 'unmatched' : 'static';
    http.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    http.duration.observe({ method: c.req.method, route }, (performance.now() - t0) / 1000);
    if (c.req.method === 'POST' && c.req.path === '/jobs/compare') {
      http.uploads.inc({ status: String(c.res.status) });
      if (c.res.status === 202) http.uploadBytes.inc(Number(c.req.header('content-length') ?? 0) || 0);
    }
  });

  for (const guard of guards) app.use('/metrics', guard);
  app.get('/metrics', async (c) => {
    const { contentType, body } = await metricsResponse(registry);
    return c.body(body, 200, { 'content-type': contentType });
  });
  return registry;
}
