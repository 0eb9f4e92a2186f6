import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './private-redis.js';

export interface PrivatePostgres {
  url: string;
  kind: 'env' | 'private';
  stop(): Promise<void>;
}

function pgBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  return null;
}

function postgresUid(): { uid: number; gid: number } | null {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) return null;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

/**
 * A PostgreSQL for one test suite: the database at TEST_DATABASE_URL when set (a fresh schema is the
 * caller's business), else a private server in a temporary directory on a free port (initdb + pg_ctl,
 * run as the `postgres` user when we are root, since PostgreSQL refuses to run as root). Returns
 * null, with the reason, when neither is possible: the caller skips with that message.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres | { skip: string }> {
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) return { url: fromEnv, kind: 'env', stop: async () => undefined };
  const bin = pgBinDir();
  if (!bin) return { skip: 'PostgreSQL binaries (initdb, pg_ctl) are not installed; set TEST_DATABASE_URL to test against a server' };
  const isRoot = process.getuid?.() === 0;
  const owner = isRoot ? postgresUid() : null;
  if (isRoot && !owner) return { skip: 'running as root and there is no `postgres` user to run a private server as' };
  const dir = mkdtempSync(join(tmpdir(), 'policydiff-pg-'));
  chmodSync(dir, 0o700);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const as = (cmd: string, args: string[]) =>
    isRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });
  const data = join(dir, 'data');
  const init = as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `initdb failed: ${init.stderr.trim().slice(0, 300)}` };
  }
  const port = await freePort();
  const start = as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  if (start.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skip: `pg_ctl start failed: ${start.stderr.trim().slice(0, 300)}` };
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    kind: 'private',
    stop: async () => {
      as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
