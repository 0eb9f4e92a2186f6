// Finding, installing and starting redis-server for `npm start` and `npm test`. Plain Node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/usr/sbin/redis-server'];

export function findRedisServer() {
  const onPath = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Installs Debian's redis-server when missing and we are root; otherwise explains exactly what to run. */
export function ensureRedisServerInstalled(log) {
  const found = findRedisServer();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    log('redis-server is not installed: installing Debian package redis-server (apt-get)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], { stdio: 'inherit', env });
    // The package may start a system service; we run our own private instance regardless.
    if (r.status === 0 && findRedisServer()) return findRedisServer();
  }
  const how = hasApt
    ? 'sudo apt-get install -y redis-server'
    : 'install Redis 7 (e.g. `brew install redis` on macOS, `sudo dnf install redis` on Fedora)';
  const err = new Error(`redis-server is required but not installed, and no Redis answers at REDIS_URL.\nRun: ${how}\nor point REDIS_URL at a running Redis.`);
  err.exitCode = 2;
  throw err;
}

/** True when a Redis answers PING at `url` within `timeoutMs`. */
export function pingRedis(url, timeoutMs = 1000) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const sock = createConnection({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => {
      if (u.password) sock.write(`AUTH ${decodeURIComponent(u.username || 'default')} ${decodeURIComponent(u.password)}\r\n`);
      sock.write('PING\r\n');
    });
    let buf = '';
    sock.on('data', (d) => {
      buf += d.toString();
      if (buf.includes('+PONG')) done(true);
      else if (buf.includes('-NOAUTH') || buf.includes('-ERR')) done(false);
    });
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a private redis-server (in the foreground, as our child) and waits until it answers. */
export async function startRedisServer({ bin, port, dir, conf, logFile }) {
  mkdirSync(dir, { recursive: true });
  const args = [...(conf ? [conf] : []), '--port', String(port), '--dir', dir, '--daemonize', 'no'];
  if (logFile) args.push('--logfile', logFile);
  const child = spawn(bin, args, { stdio: logFile ? 'ignore' : ['ignore', 'ignore', 'inherit'] });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode} (args: ${args.join(' ')})`);
    if (await pingRedis(url, 300)) return { child, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer on port ${port} within 10 s`);
}
