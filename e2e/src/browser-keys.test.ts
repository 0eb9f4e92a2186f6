import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPdfPair } from '@policydiff/testkit';
import { chromiumPath, dropFile } from './browser-kit.js';
import { startSystem, type System } from './harness.js';

/**
 * The web app in real Chromium against a system with API keys on: it asks for the key when the API
 * first answers 401, asks again when the key is refused, then every view works with it (upload,
 * live progress over the WebSocket, the result, the PDFs of the source view, history), and a reload
 * of the tab keeps it. Without this, turning keys on left the app's job views broken.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const webDist = join(root, 'services', 'web', 'dist', 'index.html');
const KEY = 'alice-secret-1';

let sys: System;
let context: BrowserContext;
let page: Page;
let userDataDir: string;

beforeAll(async () => {
  expect(readFileSync(webDist, 'utf8')).toContain('<div id="root">');
  const executablePath = await chromiumPath('browser-keys.test');
  sys = await startSystem({ env: { API_KEYS: `alice=${KEY},ops=ops-secret-12:admin` } });
  userDataDir = mkdtempSync(join(tmpdir(), 'policydiff-chromium-keys-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 860 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
});
afterAll(async () => {
  await context?.close();
  await sys?.stop();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('the web app with API keys on', () => {
  const pageErrors: string[] = [];
  const unauthorized: string[] = [];
  const sockets: string[] = [];
  const snapshots: string[] = [];
  let jobId = '';

  it('asks for the key on the first 401, again when it is refused, then uploads and follows the job live', async () => {
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('response', (r) => r.status() === 401 && unauthorized.push(new URL(r.url()).pathname));
    page.on('websocket', (ws) => {
      sockets.push(ws.url());
      ws.on('framereceived', (f) => String(f.payload).includes('"type":"snapshot"') && snapshots.push(ws.url()));
    });
    const pair = await makeTestPdfPair(11);
    await page.goto(sys.baseUrl);
    await dropFile(page, '[data-testid=drop-a]', 'expiring.pdf', pair.a.pdf);
    await dropFile(page, '[data-testid=drop-b]', 'renewal.pdf', pair.b.pdf);
    await page.getByRole('button', { name: 'Compare policies' }).click();

    const prompt = page.getByRole('dialog');
    await prompt.getByRole('heading', { name: 'This server needs an API key' }).waitFor();
    await prompt.getByLabel('API key').fill('not-the-key');
    await prompt.getByRole('button', { name: 'Use key' }).click();
    await prompt.getByRole('heading', { name: 'That key was not accepted' }).waitFor();
    await prompt.getByLabel('API key').fill(KEY);
    await prompt.getByRole('button', { name: 'Use key' }).click();

    // The upload was sent again with the key: the job page follows it over the WebSocket (?api_key=).
    await page.waitForURL(/#\/jobs\/[0-9a-f-]{36}$/);
    jobId = /#\/jobs\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await expect.poll(() => page.locator('.progress-panel .conn').textContent(), { timeout: 60_000 }).toMatch(/^(Live|Done)/);
    await page.locator('#headline').waitFor({ timeout: 180_000 });
    expect(await prompt.count()).toBe(0);
    expect(unauthorized).toEqual(['/jobs/compare', '/jobs/compare']);
    // The browser cannot set headers on a WebSocket: the key went as ?api_key=, and the notifier took it.
    expect(sockets.length).toBeGreaterThan(0);
    expect(new URL(sockets[0]!).searchParams.get('api_key')).toBe(KEY);
    expect(snapshots.length).toBeGreaterThan(0);
  }, 300_000);

  it('shows the source PDFs, fetched with the key', async () => {
    await page.getByRole('link', { name: /^Changes/ }).click();
    await page.locator('.change-list .change-item').first().waitFor();
    await page.getByRole('link', { name: 'View source pages' }).first().click();
    await page.waitForURL(/\/source\//);
    for (const side of ['A', 'B']) await page.locator(`.pdf-pane[data-side="${side}"] .pdf-page[data-drawn="true"]`).first().waitFor({ timeout: 30_000 });
  });

  it('keeps the key for the tab: after a reload, history lists the job without asking', async () => {
    await page.reload();
    await page.locator('.topnav').getByRole('link', { name: 'History' }).click();
    await page.locator(`tr[data-job-id="${jobId}"]`).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('policydiff.apiKey'))).toBe(KEY);
    // Only the two refused uploads ever got 401.
    expect(unauthorized).toHaveLength(2);
    expect(pageErrors).toEqual([]);
  });
});
