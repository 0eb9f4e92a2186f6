import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, ComparisonResult } from '@policydiff/contracts';
import { makeTestPdfPair } from '@policydiff/testkit';
import { chromiumPath, dropFile } from './browser-kit.js';
import { startSystem, type RunningService, type System } from './harness.js';

/**
 * The web app in real Chromium against the real running system: upload by drag and drop, live
 * progress, overview with its verdict, change review with why each change has its direction,
 * source view, CSV export and history. Screenshots of each view
 * go to docs/screenshots/.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = join(root, 'docs', 'screenshots');
const webDist = join(root, 'services', 'web', 'dist', 'index.html');

let sys: System;
let context: BrowserContext;
let page: Page;
let userDataDir: string;


async function stopService(svc: RunningService): Promise<void> {
  if (svc.proc.exitCode !== null || svc.proc.signalCode) return;
  await new Promise<void>((r) => {
    svc.proc.once('exit', () => r());
    svc.proc.kill('SIGTERM');
  });
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

beforeAll(async () => {
  expect(readFileSync(webDist, 'utf8')).toContain('<div id="root">');
  const executablePath = await chromiumPath('browser.test');
  sys = await startSystem();
  userDataDir = mkdtempSync(join(tmpdir(), 'policydiff-chromium-'));
  mkdirSync(shots, { recursive: true });
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
});

afterAll(async () => {
  await context?.close();
  await sys?.stop();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('the web app in Chromium', () => {
  let jobId = '';
  let result: ComparisonResult;
  const pageErrors: string[] = [];

  // Anything the Content-Security-Policy blocked, in any tab (Chromium reports it on the console).
  const blocked: string[] = [];

  it('uploads two policies by drag and drop and shows the 11 segments progressing live to done', async () => {
    page.on('pageerror', (e) => pageErrors.push(e.message));
    context.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    // The gateway sends the app's own policy: no inline script or style.
    const policy = (await fetch(sys.baseUrl)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    const pair = await makeTestPdfPair(7);
    await page.goto(sys.baseUrl);
    await page.getByRole('heading', { name: 'Compare two policy wordings' }).waitFor();

    // A file that is not a PDF is refused before upload, in words.
    await dropFile(page, '[data-testid=drop-a]', 'notes.txt', new TextEncoder().encode('hello'), 'text/plain');
    await page.getByText('“notes.txt” is not a PDF').waitFor();

    await dropFile(page, '[data-testid=drop-a]', 'expiring-policy.pdf', pair.a.pdf);
    await dropFile(page, '[data-testid=drop-b]', 'renewal-policy.pdf', pair.b.pdf);
    await page.locator('[data-testid=drop-a] .file-name', { hasText: 'expiring-policy.pdf' }).waitFor();
    await page.locator('[data-testid=drop-b] .file-name', { hasText: 'renewal-policy.pdf' }).waitFor();
    await shot('upload');

    // Hold the comparison at segment 10 so its progress can be seen (and resumed) live.
    const delta = sys.services.find((s) => s.name === 'stage-delta')!;
    await stopService(delta);

    await page.getByRole('button', { name: 'Compare policies' }).click();
    await page.waitForURL(/#\/jobs\/[0-9a-f-]{36}$/);
    jobId = /#\/jobs\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const seg = (n: number) => page.locator(`.progress-panel li[data-segment="${n}"]`);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      await expect.poll(async () => seg(n).getAttribute('data-state'), { timeout: 60_000 }).toMatch(/^(done|cached)$/);
    }
    expect(await seg(10).getAttribute('data-state')).toMatch(/^(pending|running)$/);
    expect(await page.locator('.progress-panel .conn').textContent()).toBe('Live');
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    await shot('progress');

    sys.start('stage-delta');
    await page.locator('#headline').waitFor({ timeout: 180_000 });
    await page.locator('details.timings summary').click();
    const states = await page.locator('.progress-panel li[data-segment]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toHaveLength(11);
    for (const s of states) expect(s).toMatch(/^(done|cached)$/);
    await page.locator('details.timings summary').click();

    result = (await (await fetch(`${sys.baseUrl}/jobs/${jobId}/result`)).json()) as ComparisonResult;
    expect(result.job_id).toBe(jobId);
    // Eleven segments on a loaded machine can take minutes; on an idle one, seconds.
  }, 420_000);

  it('shows the overview: verdict, headline, counts by direction, key figures', async () => {
    expect(await page.locator('#headline').textContent()).toBe(result.summary.headline);
    const verdict = page.locator('.summary-card [data-testid=verdict]');
    expect(await verdict.getAttribute('data-verdict')).toBe(result.summary.verdict);
    expect(await verdict.locator('.verdict-chip').textContent()).toContain(`Verdict: ${result.summary.verdict.replace(/_/g, ' ')}`);
    expect(await page.locator('[data-testid=count-narrower] .count').textContent()).toBe(String(result.summary.directions.narrower));
    await page.locator('#kf-title').waitFor();
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await shot('overview');
  });

  it('opens the top change and shows its A and B texts with the word diff', async () => {
    await page.getByRole('link', { name: /^Changes/ }).click();
    const reviewed = result.changes.filter((c) => c.status !== 'unchanged');
    expect(reviewed.length).toBeGreaterThan(0);
    const first = page.locator('.change-list .change-item').first();
    await first.waitFor();
    expect(await first.getAttribute('aria-current')).toBe('true');
    const topId = (await first.getAttribute('data-change-id'))!;
    const top = result.changes.find((c) => c.id === topId)!;
    // The top of the list is the most material change.
    const rank = { high: 0, medium: 1, low: 2 } as const;
    expect(Math.min(...reviewed.map((c) => rank[c.materiality]))).toBe(rank[top.materiality]);
    await page.locator(`.change-detail[data-change-id="${topId}"]`).waitFor();
    expect(await page.locator('.diff-columns .diff-side').count()).toBe(2);
    if (top.diff.some((d) => d.op !== 'equal')) {
      expect(await page.locator('.change-detail del.diff-del, .change-detail ins.diff-ins').count()).toBeGreaterThan(0);
    }

    // j steps to the next change, k back.
    if (reviewed.length > 1) {
      await page.keyboard.press('j');
      await expect.poll(() => page.locator('.change-item[aria-current="true"]').getAttribute('data-change-id')).not.toBe(topId);
      await page.keyboard.press('k');
      await expect.poll(() => page.locator('.change-item[aria-current="true"]').getAttribute('data-change-id')).toBe(topId);
    }

    // Show the review at its best: the first change with a visible word diff.
    const withDiff = page.locator('.change-list .change-item').filter({ hasNot: page.locator('.status-added, .status-removed') });
    if ((await withDiff.count()) > 0) {
      await withDiff.first().click();
      await page.locator('.change-detail').waitFor();
    }
    await shot('change-review');
  });

  it("says why the shown change has its direction, next to its badge, and each delta's why and rule", async () => {
    const detail = page.locator('.change-detail');
    const shownId = (await detail.getAttribute('data-change-id'))!;
    const shown = result.changes.find((c) => c.id === shownId)!;
    // The analysis gives every change of a real comparison its reason and its rules.
    expect(shown.why.trim().length, `why of ${shownId}`).toBeGreaterThan(0);
    expect(shown.rules.length).toBeGreaterThan(0);
    const reason = detail.locator('.detail-head [data-testid=change-why]');
    expect(await reason.isVisible()).toBe(true);
    expect(await reason.locator('.why-label').textContent()).toBe(`Why ${shown.direction}:`);
    expect(await reason.locator('.why-text').textContent()).toBe(shown.why.trim());
    expect(await reason.locator('.rule-id').first().getAttribute('data-rule')).toBe(shown.rules[0]);
    // The reason sits right under the direction badge.
    const badge = await detail.locator('.detail-badges').boundingBox();
    const line = await reason.boundingBox();
    expect(line!.y).toBeGreaterThanOrEqual(badge!.y + badge!.height - 1);
    expect(line!.y - (badge!.y + badge!.height)).toBeLessThan(40);
    const deltas = detail.locator('.delta-list > li.delta');
    expect(await deltas.count()).toBe(shown.deltas.length);
    for (const [i, d] of shown.deltas.entries()) {
      const li = deltas.nth(i);
      if (d.why.trim()) expect((await li.locator('.delta-why').textContent())!.replace(/^Why:\s*/, '')).toBe(d.why.trim());
      expect(await li.locator('.delta-rule .rule-id').getAttribute('data-rule')).toBe(d.rule);
      expect(await li.locator('.delta-rule .rule-id').getAttribute('data-rule-doc')).toBe(`docs/delta-rules.md#${d.rule.replace(/\./g, '')}`);
    }
  });

  it('filters to narrower changes only', async () => {
    await page.locator('label.chip', { hasText: 'Narrower cover' }).click();
    const expected = result.changes.filter((c) => c.direction === 'narrower' && c.status !== 'unchanged');
    await expect.poll(() => page.locator('.change-list .change-item').count()).toBe(expected.length);
    const classes = await page.locator('.change-list .change-item').evaluateAll((els) => els.map((e) => e.className));
    for (const cls of classes) expect(cls).toContain('dir-edge-narrower');
  });

  it('opens the source view at the pages of the selected change, clause highlighted', async () => {
    const narrower = result.changes.filter((c) => c.direction === 'narrower' && c.status !== 'unchanged');
    const target: Change | undefined = narrower.find((c) => c.a && c.b) ?? result.changes.find((c) => c.a && c.b && c.status !== 'unchanged');
    expect(target).toBeDefined();
    await page.goto(`${sys.baseUrl}/#/jobs/${jobId}/changes/${encodeURIComponent(target!.id)}`);
    await page.locator(`.change-detail[data-change-id="${target!.id}"]`).waitFor();
    await page.getByRole('link', { name: 'View source pages' }).click();
    await page.waitForURL(/\/source\//);
    for (const side of ['A', 'B'] as const) {
      const ref = side === 'A' ? target!.a! : target!.b!;
      const pane = page.locator(`.pdf-pane[data-side="${side}"]`);
      await pane.locator(`.pdf-page[data-page="${ref.page_start}"][data-drawn="true"]`).waitFor({ timeout: 30_000 });
      await expect.poll(() => pane.locator(`[data-testid=pane-page-${side.toLowerCase()}]`).textContent()).toMatch(new RegExp(`^Page ${ref.page_start} of \\d+$`));
      if (ref.bboxes?.length) expect(await pane.locator(`.pdf-page[data-page="${ref.page_start}"] .clause-box`).count()).toBeGreaterThan(0);
    }
    await page.waitForTimeout(300);
    await shot('source-view');
  });

  it('exports the changes as CSV, one row per change', async () => {
    await page.getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=csv]').click()]);
    expect(download.suggestedFilename()).toMatch(/-changes\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const rows = parseCsv(text);
    const header = rows[0]!;
    expect(header.slice(0, 7)).toEqual(['rank', 'change_id', 'title', 'status', 'clause_type', 'direction', 'materiality']);
    const expected = result.changes.filter((c) => c.status !== 'unchanged');
    expect(rows.length - 1).toBe(expected.length);
    const byId = new Map(expected.map((c) => [c.id, c]));
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(header.length);
      const c = byId.get(r[1]!);
      expect(c, `row for change ${r[1]}`).toBeDefined();
      expect(r[5]).toBe(c!.direction);
      expect(r[3]).toBe(c!.status);
      // Text cells a spreadsheet would run as a formula carry a leading apostrophe.
      expect(r[header.indexOf('why')]!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(c!.why.trim());
      expect(r[header.indexOf('rule')]).toBe(c!.rules[0]);
    }
  });

  it('opens the printable report in a tab, styled under both its own policy and the app\'s', async () => {
    await page.getByRole('button', { name: /Export/ }).click();
    const [report] = await Promise.all([context.waitForEvent('page'), page.locator('[data-export=report]').click()]);
    await report.waitForLoadState();
    await report.locator('h1', { hasText: 'Policy comparison' }).waitFor();
    // The inline stylesheet applied: its hash is in the report's policy and in the app's, which a blob: tab inherits.
    const h2 = await report.locator('h2').first().evaluate((e) => {
      const s = (globalThis as unknown as { getComputedStyle(x: unknown): { borderBottomStyle: string; color: string } }).getComputedStyle(e);
      return { border: s.borderBottomStyle, color: s.color };
    });
    expect(h2).toEqual({ border: 'solid', color: 'rgb(31, 78, 121)' });
    await report.close();
  });

  it('shows the API reference at /docs under its own policy (inline script and style by hash)', async () => {
    const docs = await context.newPage();
    await docs.goto(`${sys.baseUrl}/docs`);
    await docs.locator('h2', { hasText: 'jobs' }).waitFor();
    expect(await docs.locator('details.op').count()).toBeGreaterThan(5);
    await docs.close();
  });

  it('finds the job in history after a reload and opens it again', async () => {
    await page.reload();
    await page.locator('.topnav').getByRole('link', { name: 'History' }).click();
    const row = page.locator(`tr[data-job-id="${jobId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('expiring-policy.pdf');
    expect(await row.locator('.status-pill').textContent()).toBe('Completed');
    await row.getByRole('link', { name: 'Open' }).click();
    await page.waitForURL(new RegExp(`#/jobs/${jobId}$`));
    await page.locator('#headline').waitFor();
    expect(pageErrors).toEqual([]);
    // Upload, live progress, overview, review, the pdf.js source view, exports and the report: nothing blocked.
    expect(blocked).toEqual([]);
  });
});

