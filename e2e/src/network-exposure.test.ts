/**
 * The services as real processes asked to listen on the network with API keys off: each refuses to
 * start and says why, unless INSECURE_NETWORK_WITHOUT_KEYS=1, which starts it and logs that it is
 * insecure. (The default `npm start` listens on 127.0.0.1 and is not affected.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startPrivateRedis, type PrivateRedis } from '@policydiff/testkit';
import { waitFor } from './harness.js';

const services = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'services');
let redis: PrivateRedis;
let dataDir: string;
beforeAll(async () => {
  redis = await startPrivateRedis({ appendonly: false });
  dataDir = mkdtempSync(join(tmpdir(), 'policydiff-exposure-'));
});
afterAll(async () => {
  await redis?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function run(service: string, env: Record<string, string>) {
  const proc = spawn(process.execPath, [join(services, service, 'dist', 'main.js')], {
    env: { ...(process.env as Record<string, string>), REDIS_URL: redis.url, POLICYDIFF_DATA_DIR: dataDir, API_KEYS: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout.on('data', (d) => (output += d));
  proc.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return { proc, exited, output: () => output };
}

describe('listening on the network without API keys', () => {
  it('the gateway, the notifier and a stage with METRICS_PORT refuse to start on HOST=0.0.0.0', async () => {
    const cases = [
      ['gateway', { PORT: String(await freePort()) }],
      ['notifier', { NOTIFIER_PORT: String(await freePort()) }],
      ['delivery', { METRICS_PORT: String(await freePort()) }],
    ] as const;
    for (const [service, env] of cases) {
      const p = run(service, { HOST: '0.0.0.0', ...env });
      const code = await Promise.race([p.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 30_000))]);
      if (code === 'running') p.proc.kill('SIGKILL');
      expect(code, `${service}: ${p.output().slice(-500)}`).toBe(1);
      expect(p.output()).toContain(`${service}: refusing to listen on HOST=0.0.0.0 with API keys off`);
    }
  });

  it('with INSECURE_NETWORK_WITHOUT_KEYS=1 the gateway starts and logs, at error level, that it is insecure', async () => {
    const port = await freePort();
    const p = run('gateway', { HOST: '0.0.0.0', PORT: String(port), INSECURE_NETWORK_WITHOUT_KEYS: '1' });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok).catch(() => false)) || null, 60_000, 'the insecure gateway');
      const line = p.output().split('\n').find((l) => l.includes('INSECURE: listening on 0.0.0.0'));
      expect(line, p.output().slice(-1000)).toBeTruthy();
      expect(JSON.parse(line!).level).toBe(50); // pino's error
    } finally {
      p.proc.kill('SIGTERM');
      await p.exited;
    }
  });
});
