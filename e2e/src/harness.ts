import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { freePort, startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';

/** The repository root, from the sources (src/) or the compiled benchmarks (dist/src/). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root (pnpm-workspace.yaml)');
    dir = up;
  }
  return dir;
}
const root = findRoot();

export const ALL_SERVICES = [
  'gateway',
  'notifier',
  'stage-layout',
  'stage-definitions',
  'stage-classification',
  'stage-dna',
  'stage-alignment',
  'stage-delta',
  'stage-narrative',
  'delivery',
] as const;
export type ServiceName = (typeof ALL_SERVICES)[number];

export interface RunningService {
  name: ServiceName;
  label: string;
  proc: ChildProcess;
  logs: string[];
}

export interface System {
  baseUrl: string;
  wsUrl: string;
  redis: PrivateRedis;
  client: Redis;
  dataDir: string;
  env: Record<string, string>;
  services: RunningService[];
  start(name: ServiceName, label?: string, extraEnv?: Record<string, string>): RunningService;
  stop(): Promise<void>;
}

/**
 * The ten services as real processes against a private Redis and a temporary data directory.
 * `scale` starts extra instances (same consumer group, other consumer names).
 */
export async function startSystem(opts: { scale?: Partial<Record<ServiceName, number>>; env?: Record<string, string> } = {}): Promise<System> {
  const redis = await startPrivateRedis();
  const dataDir = mkdtempSync(join(tmpdir(), 'policydiff-e2e-'));
  const port = await freePort();
  const notifierPort = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    REDIS_URL: redis.url,
    POLICYDIFF_DATA_DIR: dataDir,
    PORT: String(port),
    NOTIFIER_PORT: String(notifierPort),
    NOTIFIER_URLS: `http://127.0.0.1:${notifierPort}`,
    LOG_LEVEL: 'info',
    BLOCK_MS: '1000',
    CLAIM_IDLE_MS: '5000',
    CLAIM_INTERVAL_MS: '1000',
    HEARTBEAT_MS: '1000',
    RETRY_BASE_MS: '200',
    RETRY_MAX_MS: '1000',
    // Tests poll job status every 50 ms, several jobs at once: the per-address rate limit (600 a
    // minute by default) would answer 429 to a test's next request. Its own tests set it low.
    RATE_LIMIT_PER_MIN: '1000000',
  };
  // Never the database of a running system: a temporary SQLite file unless the test names one.
  delete env.DATABASE_URL;
  Object.assign(env, opts.env);
  const services: RunningService[] = [];
  const start = (name: ServiceName, label: string = name, extraEnv: Record<string, string> = {}) => {
    const proc = spawn(process.execPath, [join(root, 'services', name, 'dist', 'main.js')], {
      env: { ...env, CONSUMER_NAME: `${label}-${Math.random().toString(36).slice(2, 8)}`, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const svc: RunningService = { name, label, proc, logs: [] };
    const keep = (d: Buffer) => {
      svc.logs.push(d.toString());
      if (svc.logs.length > 2000) svc.logs.splice(0, 1000);
      if (process.env.E2E_VERBOSE) process.stderr.write(`[${label}] ${d}`);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    services.push(svc);
    return svc;
  };
  for (const name of ALL_SERVICES) {
    const n = opts.scale?.[name] ?? 1;
    for (let i = 0; i < n; i++) start(name, n > 1 ? `${name}-${i + 1}` : name);
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const killAll = async () => {
    for (const s of services) if (s.proc.exitCode === null && !s.proc.signalCode) s.proc.kill('SIGKILL');
    await redis.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // A loaded machine (CI, or other suites running) can take a while to start ten Node processes.
    await waitFor(async () => (await fetch(`${baseUrl}/health`).then((r) => r.status === 200).catch(() => false)) || null, 120_000, 'gateway health');
    // The notifier must be listening before a test connects a WebSocket.
    await waitFor(async () => (await fetch(`http://127.0.0.1:${notifierPort}/health`).then((r) => r.ok).catch(() => false)) || null, 60_000, 'notifier health');
  } catch (err) {
    const dump = services.map((s) => `--- ${s.label}\n${s.logs.join('').slice(-2000)}`).join('\n');
    await killAll(); // never leave orphaned services behind
    throw new Error(`${(err as Error).message}\n${dump}`);
  }
  const client = new Redis(redis.url);
  client.on("error", () => undefined); // reconnects on its own; tests that restart Redis expect errors
  return {
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    redis,
    client,
    dataDir,
    env,
    services,
    start,
    stop: async () => {
      client.disconnect();
      await Promise.all(
        services.map(
          (s) =>
            new Promise<void>((r) => {
              if (s.proc.exitCode !== null || s.proc.signalCode) return r();
              s.proc.once('exit', () => r());
              s.proc.kill('SIGTERM');
              setTimeout(() => s.proc.kill('SIGKILL'), 8000).unref();
            }),
        ),
      );
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export async function submit(baseUrl: string, a: { bytes: Uint8Array; name: string }, b: { bytes: Uint8Array; name: string }, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file_a', new Blob([a.bytes], { type: 'application/pdf' }), a.name);
  form.set('file_b', new Blob([b.bytes], { type: 'application/pdf' }), b.name);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  // A connection reset while the body is still being written (EPIPE/ECONNRESET) is retried, as a
  // real client would: it happened once, right after ten services started, and says nothing about
  // the behaviour under test (every answer the gateway does give is checked as it is).
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${baseUrl}/jobs/compare`, { method: 'POST', body: form });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    } catch (err) {
      const code = (err as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 3 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw err;
      await sleep(500 * attempt);
    }
  }
}

/** A response body as the tests read it: untyped, since each test asserts the fields it needs. */
export const json = (res: Response): Promise<any> => res.json();

export async function getJob(baseUrl: string, id: string): Promise<any> {
  return (await fetch(`${baseUrl}/jobs/${id}`)).json();
}

export async function waitForStatus(baseUrl: string, id: string, statuses: string[], timeoutMs = 120_000): Promise<any> {
  return waitFor(
    async () => {
      const j = await getJob(baseUrl, id);
      return statuses.includes(j.status) ? j : null;
    },
    timeoutMs,
    `job ${id} to reach ${statuses.join('/')}`,
  );
}

/** A WebSocket client that records every message. */
export function watch(wsUrl: string, jobId: string, after?: string) {
  const messages: any[] = [];
  const ws = new WebSocket(`${wsUrl}/ws/jobs/${jobId}${after ? `?after=${after}` : ''}`);
  const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
  const opened = new Promise<void>((res, rej) => {
    ws.once('open', () => res());
    ws.once('error', rej);
  });
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  return {
    ws,
    messages,
    opened,
    closed,
    events: () => messages.filter((m) => m.type !== 'snapshot'),
    until: (pred: (m: any) => boolean, timeoutMs = 120_000) => waitFor(async () => messages.find(pred), timeoutMs, 'a WebSocket message'),
    close: () => ws.close(),
  };
}
