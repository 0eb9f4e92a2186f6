/**
 * Fault scenario 12, against the local supervisor itself: `node infra/scripts/start.mjs` (what
 * `npm start` runs) with a private redis-server it starts on a free port, a temporary data
 * directory and free HTTP ports. A stage service is SIGKILLed; the supervisor must restart it with
 * its backoff, the job submitted meanwhile must complete, and Ctrl-C (SIGINT) must stop every
 * child. Prints `[figures]` and asserts lost = 0, duplicated = 0 like the other scenarios.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@policydiff/testkit';
import { submit, waitFor, waitForStatus } from '../src/harness.js';
import { audit, figures, pdfPair } from './fault-kit.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VICTIM = 'stage-dna'; // segments 4 and 8: both branches of every job need it

/** Parent pid and state of a live process, from /proc; null once it is gone. */
function procStat(pid: number): { ppid: number; state: string } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { state: fields[0]!, ppid: Number(fields[1]) };
  } catch {
    return null;
  }
}
const running = (pid: number) => {
  const s = procStat(pid);
  return s !== null && s.state !== 'Z';
};
const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
};
/** Every process below `pid` (children, their children, …), with its command line. */
function descendants(pid: number): { pid: number; cmd: string }[] {
  const byParent = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = procStat(Number(d));
    if (s) byParent.set(s.ppid, [...(byParent.get(s.ppid) ?? []), Number(d)]);
  }
  const out: { pid: number; cmd: string }[] = [];
  const walk = (p: number) => {
    for (const c of byParent.get(p) ?? []) {
      out.push({ pid: c, cmd: cmdline(c) });
      walk(c);
    }
  };
  walk(pid);
  return out;
}

let supervisor: ChildProcess | undefined;
let client: Redis | undefined;
let dataDir: string | undefined;
/** Every process the supervisor was seen running, with its command line (to kill only those). */
const seenPids = new Map<number, string>();

afterAll(async () => {
  client?.disconnect();
  // Only if the test failed before its own Ctrl-C: the supervisor runs in its own process group.
  if (supervisor && supervisor.exitCode === null && !supervisor.signalCode) process.kill(-supervisor.pid!, 'SIGKILL');
  for (const [pid, cmd] of seenPids) if (running(pid) && cmdline(pid) === cmd) process.kill(pid, 'SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('fault injection: the local supervisor (npm start)', () => {
  it('12. SIGKILL a stage service: the supervisor restarts it, the job completes, Ctrl-C leaves no orphans', async () => {
    expect(existsSync(join(root, 'services', VICTIM, 'dist', 'main.js')), 'build first: pnpm exec turbo run build').toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'policydiff-supervisor-'));
    const [port, notifierPort, redisPort, metricsPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      // Nothing listens there, so the supervisor starts its own redis-server on that port, with
      // its data under the temporary directory: never the machine's :6379.
      REDIS_URL: redisUrl,
      POLICYDIFF_DATA_DIR: dataDir,
      PORT: String(port),
      NOTIFIER_PORT: String(notifierPort),
      NOTIFIER_URLS: `http://127.0.0.1:${notifierPort}`,
      METRICS_BASE_PORT: String(metricsPort),
      // Installed and built already (the suite's precondition): the supervisor must not touch the tree.
      POLICYDIFF_SKIP_INSTALL: '1',
      POLICYDIFF_SKIP_BUILD: '1',
      LOG_LEVEL: 'info',
    };
    delete env.DATABASE_URL;
    delete env.POLICYDIFF_SCALE;

    // Times are taken on this process's monotonic clock: the wall clock of a VM can be stepped
    // by tens of milliseconds, which once made a 1000 ms backoff look like 943 ms.
    const lines: { at: number; text: string }[] = [];
    supervisor = spawn(process.execPath, [join(root, 'infra', 'scripts', 'start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    for (const stream of [supervisor.stdout!, supervisor.stderr!]) {
      createInterface({ input: stream }).on('line', (text) => {
        lines.push({ at: performance.now(), text });
        if (process.env.E2E_VERBOSE) process.stderr.write(`[start.mjs] ${text}\n`);
      });
    }
    const supervisorExit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => supervisor!.once('exit', (code, signal) => r({ code, signal })));
    const logged = (re: RegExp, from = 0) => lines.slice(from).find((l) => re.test(l.text));
    const waitLogged = (re: RegExp, what: string, from = 0, timeoutMs = 120_000) =>
      waitFor(async () => {
        if (supervisor!.exitCode !== null) throw new Error(`the supervisor exited (${supervisor!.exitCode}) before ${what}:\n${lines.map((l) => l.text).join('\n').slice(-4000)}`);
        return logged(re, from) ?? null;
      }, timeoutMs, what);
    /** `<service>  started (pid N)` lines: the pid of each process the supervisor started. */
    const startedPids = (service: string, from = 0) =>
      lines.slice(from).flatMap((l) => {
        const m = new RegExp(`^${service}\\s+started \\(pid (\\d+)\\)$`).exec(l.text);
        return m ? [{ at: l.at, pid: Number(m[1]) }] : [];
      });

    const t0 = performance.now();
    await waitFor(async () => {
      if (supervisor!.exitCode !== null) throw new Error(`the supervisor exited (${supervisor!.exitCode}):\n${lines.map((l) => l.text).join('\n').slice(-4000)}`);
      return (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200).catch(() => false)) || null;
    }, 120_000, 'gateway health');
    await waitLogged(/^stage-dna\s+INFO stage dna consuming/, 'the DNA stage to consume');
    const startMs = performance.now() - t0;
    expect(logged(/skipping the build/)).toBeDefined();
    expect(logged(/starting a private redis-server/)).toBeDefined();
    client = new Redis(redisUrl);
    client.on('error', () => undefined);

    const [first] = startedPids(VICTIM);
    expect(first).toBeDefined();
    const victimPid = first!.pid;
    expect(procStat(victimPid)?.ppid).toBe(supervisor.pid);
    expect(cmdline(victimPid)).toContain(join('services', VICTIM, 'dist', 'main.js'));
    for (const d of descendants(supervisor.pid!)) seenPids.set(d.pid, d.cmd);

    // Kill it, and submit a job at once: its DNA segments wait in the stream for the new process.
    const mark = lines.length;
    process.kill(victimPid, 'SIGKILL');
    const killedAt = performance.now();
    const pair = await pdfPair(1200);
    const sub = await submit(`http://127.0.0.1:${port}`, pair.a, pair.b);
    expect(sub.status).toBe(202);
    const id = sub.body.job_id as string;

    const exitLine = await waitLogged(/^stage-dna\s+exited \(SIGKILL\); restarting in (\d+) ms$/, 'the supervisor to log the restart', mark, 30_000);
    const announcedDelay = Number(/restarting in (\d+) ms/.exec(exitLine.text)![1]);
    const restarted = await waitFor(async () => startedPids(VICTIM, mark)[0] ?? null, 60_000, 'the DNA stage to be started again');
    const restartDelayMs = restarted.at - killedAt;
    await waitLogged(/^stage-dna\s+INFO stage dna consuming/, 'the restarted DNA stage to consume', mark, 60_000);
    const readyMs = performance.now() - killedAt;
    expect(restarted.pid).not.toBe(victimPid);
    expect(running(victimPid)).toBe(false);
    expect(running(restarted.pid)).toBe(true);
    expect(procStat(restarted.pid)?.ppid).toBe(supervisor.pid);
    expect(cmdline(restarted.pid)).toContain(join('services', VICTIM, 'dist', 'main.js'));
    // The backoff was honoured: the new process cannot have started before the announced delay.
    expect(restartDelayMs).toBeGreaterThanOrEqual(announcedDelay);

    const job = await waitForStatus(`http://127.0.0.1:${port}`, id, ['COMPLETED', 'FAILED'], 120_000);
    const jobMs = performance.now() - killedAt;
    expect(job.status, job.error_message).toBe('COMPLETED');
    expect((await fetch(`http://127.0.0.1:${port}/jobs/${id}/result`)).status).toBe(200);
    const a = await audit({ baseUrl: `http://127.0.0.1:${port}`, client }, [id]);
    // Only the victim was restarted: one `started` line per service, plus the victim's second one.
    const restarts = lines.filter((l) => /\s+exited \(/.test(l.text)).map((l) => l.text.split(/\s+/)[0]);
    // A service that died on its own is a finding: show its last lines.
    const why = restarts.filter((r) => r !== VICTIM).map((r) => lines.filter((l) => l.text.startsWith(`${r} `)).slice(-40).map((l) => l.text).join('\n'));
    expect(restarts, why.join('\n---\n')).toEqual([VICTIM]);

    // Ctrl-C: the supervisor stops every child (ten services and its redis-server), then itself.
    const children = descendants(supervisor.pid!);
    for (const d of children) seenPids.set(d.pid, d.cmd);
    expect(children.filter((d) => d.cmd.includes('/services/')).length).toBe(10);
    expect(children.some((d) => d.cmd.includes('redis-server'))).toBe(true);
    client.disconnect();
    const stopAt = performance.now();
    supervisor.kill('SIGINT');
    const exit = await Promise.race([supervisorExit, new Promise<null>((r) => setTimeout(() => r(null), 40_000))]);
    const stopMs = performance.now() - stopAt;
    expect(exit, 'the supervisor to exit after SIGINT').toEqual({ code: 0, signal: null });
    expect(logged(/\[policydiff\] stopped/)).toBeDefined();
    const orphans = children.filter((d) => running(d.pid)).map((d) => `${d.pid} ${d.cmd}`);

    figures('scenario 12 supervisor restart', {
      start_ms: Math.round(startMs),
      announced_backoff_ms: announcedDelay,
      restart_delay_ms: Math.round(restartDelayMs),
      ready_after_kill_ms: Math.round(readyMs),
      job_ms: Math.round(jobMs),
      stop_ms: Math.round(stopMs),
      children_at_stop: children.length,
      orphans: orphans.length,
      lost: a.lost,
      duplicated: a.duplicated,
    });
    expect(orphans).toEqual([]);
    expect(a).toMatchObject({ lost: 0, duplicated: 0 });
  });
});
