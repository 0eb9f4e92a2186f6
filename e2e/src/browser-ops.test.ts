import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageGroup, stageStream, type BatchBody } from '@policydiff/contracts';
import { makeTestPdfPair } from '@policydiff/testkit';
import { chromiumPath, dropFile } from './browser-kit.js';
import { startSystem, waitFor, type System } from './harness.js';

/**
 * The Batch (market comparison) and Ops pages in real Chromium against the real running system:
 * a base and two alternatives submitted through the page and ranked live; the Ops page's stream
 * rows checked against `XINFO GROUPS`; the CLI's `policydiff batch` against the same server.
 * Screenshots go to docs/screenshots/batch.png and ops.png.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = join(root, 'docs', 'screenshots');
const webDist = join(root, 'services', 'web', 'dist', 'index.html');
const cliMain = join(root, 'packages', 'cli', 'dist', 'main.js');

let sys: System;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
let fileDir: string;


const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

beforeAll(async () => {
  expect(readFileSync(webDist, 'utf8')).toContain('<div id="root">');
  const executablePath = await chromiumPath('browser-ops.test');
  sys = await startSystem();
  userDataDir = mkdtempSync(join(tmpdir(), 'policydiff-chromium-'));
  fileDir = mkdtempSync(join(tmpdir(), 'policydiff-batch-'));
  mkdirSync(shots, { recursive: true });
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
});

afterAll(async () => {
  await context?.close();
  await sys?.stop();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (fileDir) rmSync(fileDir, { recursive: true, force: true });
});

/** XINFO GROUPS → { lag, pending } of the stage's group on one stream (zeros for a stream not created yet). */
async function groupFigures(stream: string, group: string): Promise<{ length: number; lag: string; pending: number }> {
  const length = await sys.client.xlen(stream);
  if (!(await sys.client.exists(stream))) return { length, lag: '—', pending: 0 };
  const groups = (await sys.client.xinfo('GROUPS', stream)) as unknown[][];
  const g = groups.map((arr) => Object.fromEntries(Array.from({ length: arr.length / 2 }, (_, i) => [String(arr[2 * i]), arr[2 * i + 1]]))).find((x) => x.name === group);
  if (!g) return { length, lag: '—', pending: 0 };
  return { length, lag: g.lag === null || g.lag === undefined ? '—' : String(g.lag), pending: Number(g.pending) };
}

describe('batch and ops pages in Chromium', () => {
  const pageErrors: string[] = [];

  it('submits a base and two alternatives on the Batch page and sees them ranked live', async () => {
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const pair = await makeTestPdfPair(7);
    await page.goto(`${sys.baseUrl}/#/batch`);
    await page.getByRole('heading', { name: 'Market comparison' }).waitFor();
    await dropFile(page, '[data-testid=drop-a]', 'expiring-policy.pdf', pair.a.pdf);
    await dropFile(page, '[data-testid=drop-alternatives]', 'insurer-renewal.pdf', pair.b.pdf);
    await dropFile(page, '[data-testid=drop-alternatives]', 'insurer-same-wording.pdf', pair.a.pdf);
    // The same file twice is kept once, and a non-PDF is refused in words.
    await dropFile(page, '[data-testid=drop-alternatives]', 'insurer-renewal.pdf', pair.b.pdf);
    await page.getByText('1 file is already in the list').waitFor();
    await dropFile(page, '[data-testid=drop-alternatives]', 'notes.txt', new TextEncoder().encode('hello'), 'text/plain');
    await page.getByText('“notes.txt” is not a PDF').waitFor();
    expect(await page.locator('[data-testid=drop-alternatives] .file-name').allTextContents()).toEqual(['insurer-renewal.pdf', 'insurer-same-wording.pdf']);

    await page.getByRole('button', { name: 'Compare 2 alternatives' }).click();
    await page.waitForURL(/#\/batches\/[0-9a-f-]+$/);
    const batchId = decodeURIComponent(page.url().split('/batches/')[1]!);
    await page.locator('[data-testid=batch-table]').waitFor();
    // It updates by itself (no reload) until every alternative is done.
    await page.locator('[data-testid=batch-state]', { hasText: 'complete' }).waitFor({ timeout: 180_000 });

    const api = (await (await fetch(`${sys.baseUrl}/batches/${batchId}`)).json()) as BatchBody;
    expect(api.status).toBe('COMPLETED');
    expect(api.alternatives.map((a) => a.status)).toEqual(['COMPLETED', 'COMPLETED']);
    const rows = page.locator('[data-testid=batch-table] tbody tr');
    expect(await rows.count()).toBe(2);
    for (const [i, a] of [...api.alternatives].sort((x, y) => x.rank! - y.rank!).entries()) {
      const row = rows.nth(i);
      expect(await row.locator('[data-field=rank]').textContent()).toBe(String(i + 1));
      expect(await row.getAttribute('data-job')).toBe(a.job_id);
      expect(await row.locator('th a').getAttribute('href')).toBe(`#/jobs/${a.job_id}`);
      expect(await row.textContent()).toContain(a.file_name);
    }
    // The identical wording adds and removes nothing.
    const same = api.alternatives.find((a) => a.file_name === 'insurer-same-wording.pdf')!;
    expect([same.broader, same.narrower, same.net_cover_score]).toEqual([0, 0, 0]);
    await shot('batch');
  });

  it('prints the same ranking from `policydiff batch`', async () => {
    const pair = await makeTestPdfPair(7);
    const [base, alt1, alt2] = ['base.pdf', 'alt-renewal.pdf', 'alt-same.pdf'].map((n) => join(fileDir, n));
    writeFileSync(base!, pair.a.pdf);
    writeFileSync(alt1!, pair.b.pdf);
    writeFileSync(alt2!, pair.a.pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [cliMain, 'batch', base!, alt1!, alt2!, '--server', sys.baseUrl, '--json'], { timeout: 180_000 });
    const body = JSON.parse(stdout) as BatchBody;
    expect(body.status).toBe('COMPLETED');
    expect(body.alternatives.map((a) => a.rank).sort()).toEqual([1, 2]);
    expect(body.alternatives.find((a) => a.file_name === 'alt-same.pdf')!.net_cover_score).toBe(0);
  });

  it('shows every stage stream on the Ops page with the figures XINFO GROUPS gives', async () => {
    await page.goto(`${sys.baseUrl}/#/ops`);
    await page.getByRole('heading', { name: 'Operations' }).waitFor();
    const table = page.locator('[data-testid=ops-streams]');
    await table.waitFor();
    // 8 work streams (7 stages and delivery), each normal and high.
    expect(await table.locator('tbody tr').count()).toBe(16);
    // The system is idle now, so the live figures settle; compare every row with Redis.
    await waitFor(
      async () => {
        for (const stage of ['layout', 'definitions', 'classification', 'dna', 'alignment', 'delta', 'narrative', 'delivery'] as const) {
          for (const priority of ['normal', 'high'] as const) {
            const stream = stageStream(stage, priority);
            const want = await groupFigures(stream, stageGroup(stage));
            const row = table.locator(`tr[data-stream="${stream}"]`);
            const got = {
              length: Number(await row.locator('[data-field=length]').textContent()),
              lag: await row.locator('[data-field=lag]').textContent(),
              pending: Number(await row.locator('[data-field=pending]').textContent()),
            };
            if (JSON.stringify(got) !== JSON.stringify(want)) return null;
          }
        }
        return true;
      },
      20_000,
      'Ops stream rows equal to XINFO GROUPS',
    );
    // The layout group has consumers (entries are trimmed once handed off, so its length may be 0).
    const layout = table.locator(`tr[data-stream="${stageStream('layout')}"]`);
    expect(await layout.locator('.consumer-chip').count()).toBeGreaterThan(0);
    // Per-stage throughput and p95 from the completed jobs.
    const stats = page.locator('[data-testid=ops-stage-stats] tr[data-stage=narrative]');
    await stats.waitFor();
    expect(await stats.locator('[data-field=p95]').textContent()).toMatch(/\d/);
    // Read-only without an admin key: no Replay buttons anywhere.
    expect(await page.getByRole('button', { name: 'Replay' }).count()).toBe(0);
    // A job's segment timeline names the consumer that ran each segment.
    const timeline = page.locator('[data-testid=ops-timeline]');
    await timeline.waitFor();
    expect(await timeline.locator('.timeline-row').count()).toBe(11);
    expect(await timeline.textContent()).toMatch(/attempt/);
    await shot('ops');
    expect(pageErrors).toEqual([]);
  });
});
