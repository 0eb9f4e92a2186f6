import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonResultSchema, stageStream } from '@policydiff/contracts';
import { encryptedPdf, makeTestPdfPair } from '@policydiff/testkit';
import { startSystem, type System } from './harness.js';

const cliMain = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'cli', 'dist', 'main.js');
let sys: System;
let dir: string;

/** Runs the built `policydiff` as a real process (stdin closed, not a TTY). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [cliMain, ...args], { env: { ...process.env, POLICYDIFF_SERVER: sys.baseUrl, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  sys = await startSystem();
  dir = mkdtempSync(join(tmpdir(), 'policydiff-cli-e2e-'));
  const pair = await makeTestPdfPair(31);
  writeFileSync(join(dir, 'expiring.pdf'), pair.a.pdf);
  writeFileSync(join(dir, 'renewal.pdf'), pair.b.pdf);
  writeFileSync(join(dir, 'locked.pdf'), encryptedPdf());
});
afterAll(async () => {
  await sys?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the policydiff CLI against the running system', () => {
  let jobId = '';

  it('compare follows the 11 segments and prints the result as JSON', async () => {
    const r = await cli(['compare', join(dir, 'expiring.pdf'), join(dir, 'renewal.pdf'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const result = comparisonResultSchema.parse(JSON.parse(r.stdout));
    jobId = result.job_id;
    expect(result.documents.b.file_name).toBe('renewal.pdf');
    // Not a TTY: one plain line per event, every segment completed, then the job.
    for (let s = 1; s <= 11; s++) expect(r.stderr).toMatch(new RegExp(`segment +${s}/11 .* completed`));
    expect(r.stderr).toContain('job completed');
  });

  it('compare prints a readable table; the same pair again is answered from cache', async () => {
    const r = await cli(['compare', join(dir, 'expiring.pdf'), join(dir, 'renewal.pdf')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('expiring.pdf');
    expect(r.stdout).toMatch(/Material changes \(\d+\)|No material changes/);
    expect(r.stderr).toContain('(cached)');
  });

  it('jobs, show and streams report the job and the streams as Redis does', async () => {
    const jobs = await cli(['jobs', '--status', 'completed']);
    expect(jobs.code, jobs.stderr).toBe(0);
    expect(jobs.stdout).toContain(jobId);
    const show = await cli(['show', jobId]);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stderr).toContain('Document A: Layout Analysis');
    expect(show.stdout).toContain('renewal.pdf');

    const streams = await cli(['streams', '--json'], { REDIS_URL: sys.redis.url });
    expect(streams.code, streams.stderr).toBe(0);
    const report = JSON.parse(streams.stdout);
    const layout = report.streams.find((s: any) => s.stream === stageStream('layout'));
    const groups = (await sys.client.xinfo('GROUPS', stageStream('layout'))) as unknown[][];
    const g = Object.fromEntries(groups[0]!.flatMap((v, i, a) => (i % 2 ? [] : [[v, a[i + 1]]])));
    expect(layout.pending).toBe(Number(g.pending));
    expect(layout.lag).toBe(g.lag === null ? null : Number(g.lag));
    expect(layout.consumers.length).toBe(Number(g.consumers));
    expect(report.deadLetters).toBe(await sys.client.xlen('{policydiff}:dlq'));
    const table = await cli(['streams'], { REDIS_URL: sys.redis.url });
    expect(table.stdout).toMatch(/^layout +\d+/m);
    expect(table.stdout).toContain('dead letters:');
  });

  it('exits 1 with the job’s error when a document cannot be read', async () => {
    const r = await cli(['compare', join(dir, 'locked.pdf'), join(dir, 'renewal.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAILED: Segment 1 \(Document A: Layout Analysis\) failed/);
  });

  it('--no-wait prints the job id; cancel and dlq list go through the API', async () => {
    const q = await cli(['compare', join(dir, 'renewal.pdf'), join(dir, 'expiring.pdf'), '--no-wait']);
    expect(q.code, q.stderr).toBe(0);
    const id = q.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const c = await cli(['cancel', id]);
    // Cached stages may finish the job before the cancel lands: both answers are correct.
    expect([0, 1]).toContain(c.code);
    expect(c.code === 0 ? c.stdout : c.stderr).toMatch(/CANCELLED|already COMPLETED/);
    const dlq = await cli(['dlq', 'list']);
    expect(dlq.code, dlq.stderr).toBe(0);
    expect(dlq.stdout).toMatch(/\d+ of \d+ dead letters/);
  });
});
