import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics, named once here so that every service, infra/prometheus.yml and the Grafana
 * dashboard (infra/grafana/policydiff.json) agree. Each service has its own registry labelled with
 * its service name; cluster-wide figures (jobs by status, streams, dead letters) are read from Redis
 * and the store at scrape time by the gateway, so they are the same whoever scrapes.
 */
export const METRIC_NAMES = {
  segmentDuration: 'policydiff_segment_duration_seconds',
  consumerEntries: 'policydiff_consumer_entries_total',
  consumerInFlight: 'policydiff_consumer_in_flight',
  jobs: 'policydiff_jobs',
  streamLength: 'policydiff_stream_length',
  groupLag: 'policydiff_group_lag',
  groupPending: 'policydiff_group_pending',
  groupConsumers: 'policydiff_group_consumers',
  oldestPendingAge: 'policydiff_group_oldest_pending_age_seconds',
  retriesWaiting: 'policydiff_retries_waiting',
  deadLetters: 'policydiff_dead_letters',
  uploadBytes: 'policydiff_upload_bytes_total',
  uploads: 'policydiff_uploads_total',
  httpRequests: 'policydiff_http_requests_total',
  httpDuration: 'policydiff_http_request_duration_seconds',
  websocketClients: 'policydiff_websocket_clients',
  websocketWatchers: 'policydiff_websocket_watchers',
} as const;

export type { Registry };

/** A registry for one service process, with Node's process metrics and a `service` label. */
export function createMetricsRegistry(service: string, opts: { processMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'policydiff_' });
  return registry;
}

/** The body and content type of a `/metrics` answer. */
export async function metricsResponse(registry: Registry): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/** Stages take from milliseconds (cached) to minutes (a 1,500-page layout): wide buckets. */
export const SEGMENT_BUCKETS_S = [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/** Segment durations as a stage service measures them (cached reuse included, labelled). */
export function segmentDurationHistogram(registry: Registry) {
  return new Histogram({
    name: METRIC_NAMES.segmentDuration,
    help: 'Time to run (or reuse from cache) one segment, by stage, segment and whether it was cached',
    labelNames: ['stage', 'segment', 'cached'] as const,
    buckets: SEGMENT_BUCKETS_S,
    registers: [registry],
  });
}

/** What a consume loop has done since its process started (the StreamConsumer's own `stats`). */
export interface ConsumerFigures {
  stream: string;
  group: string;
  inFlight: number;
  stats: { processed: number; failed: number; retried: number; claimed: number; deadLettered: number };
}

const OUTCOMES = { processed: 'processed', failed: 'failed', retried: 'retried', claimed: 'claimed', deadLettered: 'dead_lettered' } as const;

/** Counters and an in-flight gauge read from the consumers at scrape time. */
export function registerConsumerMetrics(registry: Registry, consumers: () => ConsumerFigures[]): void {
  new Counter({
    name: METRIC_NAMES.consumerEntries,
    help: 'Stream entries handled by this process, by outcome (processed, failed, retried, claimed, dead_lettered)',
    labelNames: ['stream', 'group', 'outcome'] as const,
    registers: [registry],
    collect() {
      // The consumer keeps the running totals; the counter mirrors them.
      this.reset();
      for (const c of consumers()) {
        for (const [key, outcome] of Object.entries(OUTCOMES)) {
          this.inc({ stream: c.stream, group: c.group, outcome }, c.stats[key as keyof typeof OUTCOMES]);
        }
      }
    },
  });
  new Gauge({
    name: METRIC_NAMES.consumerInFlight,
    help: 'Entries this process is working on now',
    labelNames: ['stream', 'group'] as const,
    registers: [registry],
    collect() {
      for (const c of consumers()) this.set({ stream: c.stream, group: c.group }, c.inFlight);
    },
  });
}

/** One stage stream and its group, as XINFO GROUPS / XPENDING report them. */
export interface StreamFigures {
  stage: string;
  stream: string;
  group: string;
  length: number;
  lag: number | null;
  pending: number;
  consumers: number;
  oldestPendingAgeS: number | null;
  retriesWaiting: number;
}

export interface ClusterFigures {
  jobsByStatus: Record<string, number>;
  streams: StreamFigures[];
  deadLetters: number;
}

/**
 * Cluster-wide gauges, all filled by one read per scrape (`read`), so a slow Redis costs one
 * round of commands, not one per gauge.
 */
export function registerClusterMetrics(registry: Registry, read: () => Promise<ClusterFigures>): void {
  let pending: Promise<ClusterFigures> | null = null;
  // Every gauge's collect() runs in the same scrape: share one read between them.
  const figures = () => {
    pending ??= read().finally(() => setTimeout(() => (pending = null), 0));
    return pending;
  };
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[], fill: (g: Gauge<L>, f: ClusterFigures) => void) =>
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        fill(this, await figures());
      },
    });
  gauge(METRIC_NAMES.jobs, 'Jobs in the store by status', ['status'], (g, f) => {
    for (const [status, n] of Object.entries(f.jobsByStatus)) g.set({ status }, n);
  });
  const each = (fill: (g: Gauge<'stage' | 'stream' | 'group'>, s: StreamFigures, labels: { stage: string; stream: string; group: string }) => void) =>
    (g: Gauge<'stage' | 'stream' | 'group'>, f: ClusterFigures) => {
      for (const s of f.streams) fill(g, s, { stage: s.stage, stream: s.stream, group: s.group });
    };
  const labels = ['stage', 'stream', 'group'] as const;
  gauge(METRIC_NAMES.streamLength, 'XLEN of a stage stream (backlog plus in-flight: entries are deleted once handed off)', labels, each((g, s, l) => g.set(l, s.length)));
  gauge(METRIC_NAMES.groupLag, 'Entries not yet delivered to the group (XINFO GROUPS lag)', labels, each((g, s, l) => s.lag !== null && g.set(l, s.lag)));
  gauge(METRIC_NAMES.groupPending, 'Entries delivered but not yet acknowledged (XINFO GROUPS pending)', labels, each((g, s, l) => g.set(l, s.pending)));
  gauge(METRIC_NAMES.groupConsumers, 'Consumers in the group', labels, each((g, s, l) => g.set(l, s.consumers)));
  gauge(METRIC_NAMES.oldestPendingAge, 'Age of the oldest pending entry, from its id', labels, each((g, s, l) => g.set(l, s.oldestPendingAgeS ?? 0)));
  gauge(METRIC_NAMES.retriesWaiting, 'Entries waiting for a retry after a transient failure', labels, each((g, s, l) => g.set(l, s.retriesWaiting)));
  gauge(METRIC_NAMES.deadLetters, 'Entries in the dead-letter stream', [], (g, f) => g.set(f.deadLetters));
}

/** HTTP request count and latency by route pattern (never by raw path: ids would explode the series). */
export function httpMetrics(registry: Registry) {
  return {
    requests: new Counter({ name: METRIC_NAMES.httpRequests, help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'] as const, registers: [registry] }),
    duration: new Histogram({
      name: METRIC_NAMES.httpDuration,
      help: 'HTTP request duration by method and route',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [registry],
    }),
    uploadBytes: new Counter({ name: METRIC_NAMES.uploadBytes, help: 'Bytes of accepted comparison uploads (both files and form overhead)', registers: [registry] }),
    uploads: new Counter({ name: METRIC_NAMES.uploads, help: 'Comparison uploads by outcome status', labelNames: ['status'] as const, registers: [registry] }),
  };
}

/** WebSocket figures of a notifier, read at scrape time. */
export function registerWebSocketMetrics(registry: Registry, read: () => { sockets: number; watchers: number }): void {
  new Gauge({ name: METRIC_NAMES.websocketClients, help: 'Open WebSocket connections', registers: [registry], collect() { this.set(read().sockets); } });
  new Gauge({ name: METRIC_NAMES.websocketWatchers, help: 'Clients watching a job', registers: [registry], collect() { this.set(read().watchers); } });
}
