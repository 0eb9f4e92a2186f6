// `npm start`: install, build, find or start Redis, then run the ten services as separate
// processes with prefixed logs, restarting any that dies (with backoff). Ctrl-C stops everything.
// POLICYDIFF_SKIP_INSTALL=1 / POLICYDIFF_SKIP_BUILD=1 skip the install / the build when it was done
// before (the end-to-end test of this supervisor uses both: it must not rebuild a tree others use).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build, install, log, root } from './bootstrap.mjs';
import { ensureRedisServerInstalled, pingRedis, startRedisServer } from './lib/redis.mjs';
import { SERVICES, serviceEntry } from './services.mjs';

const env = { ...process.env };
const dataDir = resolve(env.POLICYDIFF_DATA_DIR ?? join(root, '.data'));
env.POLICYDIFF_DATA_DIR = dataDir;
const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const port = Number(env.PORT ?? 8000);
// POLICYDIFF_SCALE="stage-layout=2,stage-dna=2" starts more instances of a service.
const scale = Object.fromEntries(
  (env.POLICYDIFF_SCALE ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=').map((s) => s.trim()))
    .map(([k, v]) => [k, Math.max(1, Number(v) || 1)]),
);

const COLORS = [36, 33, 32, 35, 34, 96, 93, 92, 95, 94, 91];
const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const useColor = process.stdout.isTTY;

function prefixer(name, color) {
  const tag = useColor ? `\x1b[${color}m${name.padEnd(22)}\x1b[0m` : name.padEnd(22);
  return (line) => {
    let text = line;
    try {
      const j = JSON.parse(line);
      const { level, time, pid, hostname, name: _n, service: _s, msg, ...rest } = j;
      const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
      text = `${LEVELS[level] ?? level} ${msg ?? ''}${extra}`;
    } catch {
      /* not JSON: print as is */
    }
    process.stdout.write(`${tag} ${text}\n`);
  };
}

const children = new Map();
let stopping = false;
let redisChild = null;

// Services without an HTTP port of their own (stages, delivery) serve /metrics on METRICS_PORT:
// each instance gets its own, from 9101 up, in the order they start (infra/prometheus.yml scrapes them).
const metricsPorts = new Map();
let nextMetricsPort = Number(env.METRICS_BASE_PORT ?? 9101);

function startService(name, instance, color, restarts = 0) {
  const label = instance > 0 ? `${name}#${instance + 1}` : name;
  const hasOwnPort = name === 'gateway' || name === 'notifier';
  if (!hasOwnPort && !metricsPorts.has(label)) metricsPorts.set(label, nextMetricsPort++);
  const child = spawn(process.execPath, [serviceEntry(name)], {
    env: { ...env, CONSUMER_NAME: `${name}-${instance + 1}-${process.pid}`, ...(hasOwnPort ? {} : { METRICS_PORT: String(metricsPorts.get(label)) }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = prefixer(label, color);
  createInterface({ input: child.stdout }).on('line', out);
  createInterface({ input: child.stderr }).on('line', out);
  const startedAt = Date.now();
  children.set(label, child);
  // The pid makes a restart observable (and a service killable by hand): pino's own pid field is
  // dropped from the prefixed lines.
  out(`started (pid ${child.pid})`);
  child.on('exit', (code, signal) => {
    children.delete(label);
    if (stopping) return;
    // Like a container restart policy: back off when it keeps dying, reset after a stable minute.
    const n = Date.now() - startedAt > 60_000 ? 0 : restarts + 1;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(n, 6));
    out(`exited (${signal ?? code}); restarting in ${delay} ms`);
    setTimeout(() => !stopping && startService(name, instance, color, n), delay);
  });
}

async function main() {
  install();
  const built = SERVICES.every((name) => existsSync(serviceEntry(name)));
  if (built && env.POLICYDIFF_SKIP_BUILD === '1') log('already built: skipping the build (POLICYDIFF_SKIP_BUILD=1)');
  else build();
  if (await pingRedis(redisUrl)) {
    log(`using the Redis at ${redisUrl}`);
  } else {
    const u = new URL(redisUrl);
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(u.hostname)) {
      throw new Error(`no Redis answers at ${redisUrl} (REDIS_URL); start it or unset REDIS_URL to use a private one`);
    }
    const bin = ensureRedisServerInstalled(log);
    const dir = join(dataDir, 'redis');
    mkdirSync(dir, { recursive: true });
    log(`no Redis at ${redisUrl}: starting a private redis-server (data in ${dir}, AOF on)`);
    const r = await startRedisServer({ bin, port: Number(u.port || 6379), dir, conf: join(root, 'infra', 'redis.conf'), logFile: join(dir, 'redis.log') });
    redisChild = r.child;
  }
  env.REDIS_URL = redisUrl;
  SERVICES.forEach((name, i) => {
    for (let k = 0; k < (scale[name] ?? 1); k++) startService(name, k, COLORS[i % COLORS.length]);
  });
  log(`policydiff is starting: open http://127.0.0.1:${port}  (Ctrl-C to stop)`);
}

async function shutdown() {
  if (stopping) return;
  stopping = true;
  log('stopping services');
  const exits = [...children.values()].map((c) => new Promise((r) => c.once('exit', r)));
  for (const c of children.values()) c.kill('SIGTERM');
  const timer = setTimeout(() => [...children.values()].forEach((c) => c.kill('SIGKILL')), 15_000);
  await Promise.all(exits);
  clearTimeout(timer);
  if (redisChild) {
    redisChild.kill('SIGTERM');
    await new Promise((r) => redisChild.once('exit', r));
  }
  log('stopped');
  process.exit(0);
}

process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
main().catch((e) => {
  console.error(`[policydiff] ${e.message}`);
  process.exit(e.exitCode ?? 1);
});
