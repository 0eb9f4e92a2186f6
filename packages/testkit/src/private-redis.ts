import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface PrivateRedis {
  url: string;
  port: number;
  /** Where its AOF lives (redis-server mode), so a test can restart it with the same data. */
  dir: string | null;
  kind: 'testcontainers' | 'redis-server';
  stop(): Promise<void>;
  /** Stops and starts the same server on the same port and data (AOF on): for restart tests. */
  restart(downMs?: number): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function redisServerBin(): string | null {
  const onPath = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  return onPath || ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p)) || null;
}

function dockerAvailable(): boolean {
  if (process.env.DOCKER_HOST) return true;
  if (!existsSync('/var/run/docker.sock')) return false;
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 }).status === 0;
}

async function waitForPing(url: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    // A refused connection while the server starts is expected: connect() rejects with it, and
    // without a listener ioredis would also print it as an "Unhandled error event".
    r.on('error', () => undefined);
    try {
      await r.connect();
      if ((await r.ping()) === 'PONG') return;
    } catch {
      /* not yet */
    } finally {
      r.disconnect();
    }
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`Redis at ${url} did not answer within 15 s`);
}

/**
 * A Redis for one test suite and nobody else: a container when a Docker engine answers, otherwise
 * a `redis-server` child on a free port with its own temporary directory (AOF on, so restart tests
 * keep their data). Never the Redis of a running system.
 */
export async function startPrivateRedis(opts: { appendonly?: boolean } = {}): Promise<PrivateRedis> {
  const bin = redisServerBin();
  if (!bin && dockerAvailable()) {
    const { GenericContainer } = await import('testcontainers');
    const container = await new GenericContainer('redis:7-alpine').withExposedPorts(6379).withCommand(['redis-server', '--appendonly', 'yes']).start();
    const port = container.getMappedPort(6379);
    const url = `redis://${container.getHost()}:${port}`;
    await waitForPing(url);
    return {
      url,
      port,
      dir: null,
      kind: 'testcontainers',
      stop: async () => void (await container.stop()),
      restart: async (downMs = 0) => {
        await container.restart();
        if (downMs) await new Promise((r) => setTimeout(r, downMs));
        await waitForPing(url);
      },
    };
  }
  if (!bin) {
    throw new Error('tests need redis-server (or a Docker engine): run `sudo apt-get install -y redis-server`');
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'policydiff-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', opts.appendonly === false ? 'no' : 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--logfile', join(dir, 'redis.log')];
  let child: ChildProcess = spawn(bin, args, { stdio: 'ignore' });
  await waitForPing(url, child);
  const stopChild = async () => {
    if (child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return {
    url,
    port,
    dir,
    kind: 'redis-server',
    stop: async () => {
      await stopChild();
      rmSync(dir, { recursive: true, force: true });
    },
    restart: async (downMs = 0) => {
      await stopChild();
      if (downMs) await new Promise((r) => setTimeout(r, downMs));
      child = spawn(bin, args, { stdio: 'ignore' });
      await waitForPing(url, child);
    },
  };
}
