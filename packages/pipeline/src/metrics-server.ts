import { createServer, type Server } from 'node:http';
import { assertSafeToListen, createMetricsRegistry, metricsResponse, parseApiKeys, registerConsumerMetrics, segmentDurationHistogram, type Registry } from '@policydiff/platform';
import type { StreamConsumer } from '@policydiff/streams';
import { refuseScrape } from './metrics-access.js';
import type { ServiceContext } from './service-context.js';

export interface ServedConsumer {
  stream: string;
  group: string;
  consumer: Pick<StreamConsumer, 'stats' | 'busy'>;
}

export interface ServiceMetrics {
  registry: Registry;
  segmentDuration: ReturnType<typeof segmentDurationHistogram>;
  /** Null when METRICS_PORT is 0 (the default): metrics are still counted, just not served. */
  server: Server | null;
}

/**
 * `/metrics` (Prometheus) and `/health` for a service that has no HTTP server of its own: the stage
 * services and delivery. Listens on METRICS_PORT (0 = off; the supervisor, compose and Kubernetes set
 * it). `consumers` is read at every scrape, so a consumer may be added after the server starts.
 * With API keys on, `/metrics` takes a metrics or admin key, as everywhere; `/health` stays open
 * for probes.
 */
export function serveServiceMetrics(ctx: Pick<ServiceContext, 'config' | 'logger' | 'redis' | 'onClose'>, consumers: ServedConsumer[]): ServiceMetrics {
  const { config, logger, redis } = ctx;
  const registry = createMetricsRegistry(config.service);
  const segmentDuration = segmentDurationHistogram(registry);
  registerConsumerMetrics(registry, () =>
    consumers.map((c) => ({ stream: c.stream, group: c.group, inFlight: c.consumer.busy, stats: c.consumer.stats })),
  );
  if (!config.METRICS_PORT) return { registry, segmentDuration, server: null };
  const keys = parseApiKeys(config.API_KEYS);
  // With keys off, METRICS_PORT opens only on loopback (or with the loudly logged opt-out).
  assertSafeToListen(config, logger);

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    if (path === '/metrics') {
      if (refuseScrape(keys, req, res)) return;
      metricsResponse(registry).then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
        (err: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${err.message}\n`),
      );
      return;
    }
    if (path === '/health') {
      // Healthy when Redis answers: a stage that cannot reach Redis does no work.
      redis.ping().then(
        () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', redis: 'ok', in_flight: consumers.reduce((n, c) => n + c.consumer.busy, 0) })),
        () => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'degraded', redis: 'down' })),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics or /health\n');
  });
  server.on('error', (err) => logger.error({ err: err.message, port: config.METRICS_PORT }, 'metrics server failed (METRICS_PORT)'));
  server.listen(config.METRICS_PORT, config.HOST, () => logger.info({ port: config.METRICS_PORT }, `metrics on http://${config.HOST}:${config.METRICS_PORT}/metrics`));
  ctx.onClose(() => new Promise<void>((r) => server.close(() => r())));
  return { registry, segmentDuration, server };
}
