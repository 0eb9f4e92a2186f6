import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { trustedProxyEntryProblem } from './client-address.js';

const int = (def: number) => z.coerce.number().int().nonnegative().default(def);
const positive = (def: number) => z.coerce.number().int().positive().default(def);

/**
 * Every environment variable policydiff reads, parsed once. Nothing else reads process.env.
 * The README's configuration table lists the same names and defaults.
 */
export const configSchema = z.object({
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  POLICYDIFF_DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().optional(),
  PORT: int(8000),
  HOST: z.string().default('127.0.0.1'),
  NOTIFIER_PORT: int(8001),
  /** /metrics and /health of services without an HTTP server (stages, delivery); 0 = off. */
  METRICS_PORT: int(0),
  NOTIFIER_URLS: z.string().default('http://127.0.0.1:8001'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONSUMER_NAME: z.string().optional(),
  UPLOAD_MAX_BYTES: int(50 * 1024 * 1024),
  /** All the PDFs of one /jobs/compare-batch request together (a comparison's two are at most 2 × UPLOAD_MAX_BYTES). */
  BATCH_MAX_BYTES: positive(100 * 1024 * 1024),
  /** PDFs one key (all of local mode together) may keep stored; 0 = no quota. */
  STORAGE_QUOTA_BYTES: int(5 * 1024 * 1024 * 1024),
  MAX_PAGES: int(1500),
  /** Decompression-bomb limits of the layout stage, in inflated bytes: one stream, and all of a document's. */
  MAX_INFLATED_STREAM_BYTES: positive(32 * 1024 * 1024),
  MAX_INFLATED_DOCUMENT_BYTES: positive(128 * 1024 * 1024),
  BACKLOG_LIMIT: int(200),
  STAGE_CONCURRENCY: int(2),
  /**
   * The layout stage's own: a layout thread keeps more than a core busy (pdfjs plus V8's GC helper
   * threads), so two at once in one instance finished no sooner than one after the other on a
   * 2-core machine and cost ~100 MB more. More layout throughput comes from more instances.
   */
  LAYOUT_CONCURRENCY: int(1),
  /**
   * A layout running longer than this opens one spare slot, so the next document does not wait
   * behind a slow one (a real wording lays out in 0.1–2 s); 0 = no spare slot. The spare thread is
   * started when needed and stopped when idle: usual work pays no memory for it.
   */
  LAYOUT_SPARE_AFTER_MS: int(5_000),
  BLOCK_MS: int(2000),
  CLAIM_IDLE_MS: int(60_000),
  CLAIM_INTERVAL_MS: int(5_000),
  HEARTBEAT_MS: int(10_000),
  RETRY_LIMIT: int(3),
  RETRY_BASE_MS: int(30_000),
  RETRY_MAX_MS: int(120_000),
  SEGMENT_SOFT_MS: int(540_000),
  SEGMENT_HARD_MS: int(600_000),
  SHUTDOWN_DEADLINE_MS: int(10_000),
  JOB_RETENTION_S: int(7 * 24 * 3600),
  EVENTS_MAXLEN: int(10_000),
  API_KEYS: z.string().default(''),
  /** A file holding API_KEYS (a Docker or Kubernetes secret mounted as a file), read once at start. */
  API_KEYS_FILE: z.string().optional(),
  /**
   * With API keys off, the services refuse to listen on a non-loopback HOST; `1` lets them, and
   * every start logs that it is insecure (network-exposure.ts).
   */
  INSECURE_NETWORK_WITHOUT_KEYS: z
    .enum(['', '0', '1', 'false', 'true'])
    .default('')
    .transform((v) => v === '1' || v === 'true'),
  CORS_ORIGINS: z.string().default(''),
  /**
   * With API keys off the gateway answers only loopback Host values (127.0.0.1, localhost, [::1] on
   * PORT), so a web page cannot reach it by DNS rebinding; these names (`name` or `name:port`) are
   * answered too.
   */
  ALLOWED_HOSTS: z.string().default(''),
  RATE_LIMIT_PER_MIN: int(600),
  /** The gateway's and notifier's HTTP limits (connection-limits.ts): headers, whole request, connections per address. */
  HEADERS_TIMEOUT_MS: positive(10_000),
  REQUEST_TIMEOUT_MS: int(120_000),
  MAX_CONNECTIONS_PER_ADDRESS: int(128),
  /** Open WebSockets one notifier holds; one more is answered 503 before the handshake. 0 = no cap. */
  WS_MAX_CONNECTIONS: int(10_000),
  /**
   * Peers whose X-Forwarded-For names the client (a load balancer or ingress): addresses and CIDR
   * ranges. Empty: the header is ignored, since any client can send it.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .superRefine((raw, ctx) => {
      for (const entry of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
        const problem = trustedProxyEntryProblem(entry);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }
    }),
  WEB_DIST_DIR: z.string().optional(),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends RawConfig {
  service: string;
  consumerName: string;
  dataDir: string;
  databaseUrl: string;
}

export class ConfigError extends Error {}

export function loadConfig(service: string, env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration for ${service}:\n${lines.join('\n')}`);
  }
  const raw = parsed.data;
  if (raw.API_KEYS_FILE) {
    if (raw.API_KEYS.trim()) throw new ConfigError(`invalid configuration for ${service}:\n  API_KEYS and API_KEYS_FILE are both set: set one`);
    try {
      raw.API_KEYS = readFileSync(raw.API_KEYS_FILE, 'utf8').trim();
    } catch (err) {
      throw new ConfigError(`invalid configuration for ${service}:\n  API_KEYS_FILE: ${raw.API_KEYS_FILE} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    // An empty secret file must not quietly turn access control off.
    if (!raw.API_KEYS) throw new ConfigError(`invalid configuration for ${service}:\n  API_KEYS_FILE: ${raw.API_KEYS_FILE} is empty`);
  }
  const dataDir = resolve(raw.POLICYDIFF_DATA_DIR);
  return {
    ...raw,
    service,
    consumerName: raw.CONSUMER_NAME ?? `${service}-${hostname()}-${process.pid}`,
    dataDir,
    databaseUrl: raw.DATABASE_URL ?? `file:${resolve(dataDir, 'policydiff.db')}`,
  };
}
