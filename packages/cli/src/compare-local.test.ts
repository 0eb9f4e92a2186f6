import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonResultSchema } from '@policydiff/contracts';
import { makeTestPdfPair } from '@policydiff/testkit';
import type { CliIo } from './cli-io.js';
import { runCli } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'policydiff-cli-'));
  const pair = await makeTestPdfPair(7);
  writeFileSync(join(dir, 'expiring.pdf'), pair.a.pdf);
  writeFileSync(join(dir, 'renewal.pdf'), pair.b.pdf);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    errIsTty: false,
    columns: 100,
    env: {},
  };
  return io;
}

// The analysis of two generated policies takes seconds, more on a loaded machine.
describe('policydiff compare --local', { timeout: 120_000 }, () => {
  it('prints a valid result as JSON with no server', async () => {
    const io = capture();
    const code = await runCli(['compare', '--local', join(dir, 'expiring.pdf'), join(dir, 'renewal.pdf'), '--json'], io);
    expect(code, io.stderr).toBe(0);
    const result = comparisonResultSchema.parse(JSON.parse(io.stdout));
    expect(result.documents.a.file_name).toBe('expiring.pdf');
    expect(result.changes.some((c) => c.status !== 'unchanged')).toBe(true);
  });

  it('prints the readable table and writes an HTML report', async () => {
    const io = capture();
    const html = join(dir, 'report.html');
    const code = await runCli(['compare', '--local', join(dir, 'expiring.pdf'), join(dir, 'renewal.pdf'), '--html', html], io);
    expect(code, io.stderr).toBe(0);
    expect(io.stdout).toContain('expiring.pdf');
    expect(io.stdout).toMatch(/Material changes \(\d+\)|No material changes/);
    expect(readFileSync(html, 'utf8')).toContain('<h2>Material changes</h2>');
  });
});

describe('argument errors', () => {
  it('exit 2 with a message for wrong arguments', async () => {
    for (const argv of [
      ['compare', 'only-one.pdf'],
      ['compare', '--json', '--md', join(dir, 'expiring.pdf'), join(dir, 'renewal.pdf')],
      ['compare', '--bogus', 'a', 'b'],
      ['jobs', '--status', 'DONE'],
      ['frobnicate'],
      ['dlq', 'purge'],
    ]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr.length, argv.join(' ')).toBeGreaterThan(10);
    }
  });
  it('exit 1 with a clear line when the server cannot be reached', async () => {
    const io = capture();
    expect(await runCli(['jobs', '--server', 'http://127.0.0.1:1'], io)).toBe(1);
    expect(io.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:1 .*--server URL/);
  });
});
