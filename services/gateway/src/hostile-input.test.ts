/**
 * Every hostile input of issue 4 with the exact answer it gets. What the gateway can detect cheaply
 * is refused in-process here with a 4xx problem body; what only parsing reveals is accepted (202)
 * and then fails its layout segment with a precise, unrecoverable error — checked here by running
 * the layout computation on the stored upload, and end to end in e2e/faults (poison scenario).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loadConfig, type Config } from '@policydiff/platform';
import { computeStage, segmentFailureMessage } from '@policydiff/pipeline';
import { openStore, type Store } from '@policydiff/store';
import { UnrecoverableError } from '@policydiff/streams';
import {
  corruptXrefPdf,
  encryptedPdf,
  javascriptPdf,
  manyPagesPdf,
  notPdf,
  plainTextPdf,
  scannedPdf,
  startPrivateRedis,
  truncatedPdf,
  type PrivateRedis,
} from '@policydiff/testkit';
import { createApp } from './app.js';

const LIMIT = 1024 * 1024;
let server: PrivateRedis;
let redis: Redis;
let store: Store;
let dir: string;
let config: Config;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  server = await startPrivateRedis({ appendonly: false });
  redis = new Redis(server.url);
  dir = mkdtempSync(join(tmpdir(), 'pd-hostile-'));
  config = loadConfig('gateway', { REDIS_URL: server.url, POLICYDIFF_DATA_DIR: dir, UPLOAD_MAX_BYTES: String(LIMIT), BACKLOG_LIMIT: '100', MAX_PAGES: '1000' });
  store = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  app = createApp({ config, store, redis, logger: createLogger('gateway', 'silent') });
});
afterAll(async () => {
  redis.disconnect();
  store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const GOOD = plainTextPdf();

function form(a: [Uint8Array, string] | null, b: [Uint8Array, string] | null, extra: Record<string, string | [Uint8Array, string]> = {}) {
  const f = new FormData();
  if (a) f.set('file_a', new Blob([a[0]]), a[1]);
  if (b) f.set('file_b', new Blob([b[0]]), b[1]);
  for (const [k, v] of Object.entries(extra)) {
    if (Array.isArray(v)) f.set(k, new Blob([v[0]]), v[1]);
    else f.set(k, v);
  }
  return f;
}
const post = (f: FormData, a = app) => a.request('/jobs/compare', { method: 'POST', body: f });

async function problem(res: Response, status: number): Promise<{ title: string; detail: string; type: string }> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as { title: string; detail: string; type: string; status: number };
  expect(body.status).toBe(status);
  return body;
}

describe('hostile uploads the gateway refuses before queuing', () => {
  it.each([
    ['a renamed .exe → 415', notPdf.exe(), 415, 'Not a PDF', 'file_a (setup.pdf) is not a PDF: it is a Windows executable (starts with "MZ")'],
    ['an HTML page → 415', notPdf.html(), 415, 'Not a PDF', 'file_a (setup.pdf) is not a PDF: it is an HTML page'],
    ['zero bytes → 400', notPdf.empty(), 400, 'Empty file', 'file_a (setup.pdf) is empty (0 bytes)'],
  ])('%s', async (_what, bytes, status, title, detail) => {
    const before = await store.countUnfinishedJobs();
    const body = await problem(await post(form([bytes, 'setup.pdf'], [GOOD, 'b.pdf'])), status);
    expect(body.title).toBe(title);
    expect(body.detail).toBe(detail);
    expect(await store.countUnfinishedJobs()).toBe(before);
    expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
  });

  it('a missing field → 400 naming it and what was received', async () => {
    const body = await problem(await post(form([GOOD, 'a.pdf'], null)), 400);
    expect(body.detail).toBe('missing field "file_b": send two PDFs as multipart/form-data fields "file_a" and "file_b" (received fields: "file_a")');
  });

  it('wrong field names → 400 naming the field', async () => {
    const f = new FormData();
    f.set('first', new Blob([GOOD]), 'a.pdf');
    f.set('second', new Blob([GOOD]), 'b.pdf');
    const body = await problem(await post(f), 400);
    expect(body.detail).toBe('unexpected file field "first": send the PDFs as "file_a" and "file_b"');
  });

  it('extra fields → 400 listing the accepted ones', async () => {
    const body = await problem(await post(form([GOOD, 'a.pdf'], [GOOD, 'b.pdf'], { note: 'hi' })), 400);
    expect(body.detail).toBe('unexpected field "note": accepted fields are file_a, file_b and priority');
    const third = await problem(await post(form([GOOD, 'a.pdf'], [GOOD, 'b.pdf'], { file_c: [GOOD, 'c.pdf'] })), 400);
    expect(third.detail).toBe('too many files: send at most 2 PDFs as "file_a" and "file_b"');
  });

  it('an upload declared over the limit → 413 before the body is read', async () => {
    // A finite body of three times the limit, in 64 KB chunks: reading it would pull ~48 chunks.
    let pulled = 0;
    const body = new ReadableStream({
      pull(ctrl) {
        if (++pulled > 48) return ctrl.close();
        ctrl.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await app.request('/jobs/compare', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(LIMIT * 3) },
    } as RequestInit);
    const p = await problem(res, 413);
    expect(p.detail).toBe(`request body is ${LIMIT * 3} bytes; each file may be at most ${LIMIT} bytes (UPLOAD_MAX_BYTES)`);
    expect(pulled).toBeLessThanOrEqual(2); // at most the stream's own read-ahead
  });

  it('an undeclared (chunked) upload over the limit → 413 from the counting limit while streaming', async () => {
    const boundary = 'hostileboundary';
    const enc = new TextEncoder();
    let sent = 0;
    let stage = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (stage === 0) {
          stage = 1;
          const head = enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="file_a"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
          sent += head.length;
          return ctrl.enqueue(head);
        }
        if (stage === 2) return ctrl.close();
        if (sent > LIMIT * 4) {
          // A well-formed end, so only the size limit can refuse it.
          stage = 2;
          return ctrl.enqueue(enc.encode(`\r\n--${boundary}--\r\n`));
        }
        const chunk = new Uint8Array(64 * 1024).fill(0x20);
        sent += chunk.length;
        ctrl.enqueue(chunk);
      },
    });
    const res = await app.request('/jobs/compare', {
      method: 'POST',
      body,
      duplex: 'half',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    } as RequestInit);
    const p = await problem(res, 413);
    expect(p.detail).toBe(`file_a (huge.pdf) is larger than the limit of ${LIMIT} bytes (UPLOAD_MAX_BYTES)`);
    expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
  });

  it('more concurrent jobs than the backlog limit → 429 with Retry-After', async () => {
    const unfinished = await store.countUnfinishedJobs();
    const full = createApp({ config: { ...config, BACKLOG_LIMIT: unfinished }, store, redis, logger: createLogger('gateway', 'silent') });
    const res = await post(form([GOOD, 'a.pdf'], [GOOD, 'b.pdf']), full);
    const p = await problem(res, 429);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(p.detail).toBe(`${unfinished} jobs are queued or running (BACKLOG_LIMIT ${unfinished}); try again shortly`);
  });
});

describe('hostile uploads the gateway accepts', () => {
  async function accepted(f: FormData) {
    const res = await post(f);
    expect(res.status).toBe(202);
    return (await res.json()) as { job_id: string; message: string; status: string };
  }

  it('the same file as A and B is valid: "identical" is announced', async () => {
    const body = await accepted(form([GOOD, 'same.pdf'], [GOOD, 'same.pdf']));
    expect(body.message).toBe('Comparison queued (documents A and B are the same file: expect no differences)');
    expect(body.status).toBe('QUEUED');
  });

  it('unicode and path-traversal file names are kept as safe display names, never as paths', async () => {
    const body = await accepted(form([GOOD, '../../etc/passwd.pdf'], [plainTextPdf(['Polizza', 'Articolo 1']), 'Polizza_2024_è—ü.pdf']));
    const job = (await (await app.request(`/jobs/${body.job_id}`)).json()) as { file_name_a: string; file_name_b: string };
    expect(job.file_name_a).toBe('passwd.pdf');
    // Browsers send the filename parameter as raw UTF-8: it must not come back as mojibake.
    expect(job.file_name_b).toBe('Polizza_2024_è—ü.pdf');
    // Stored under the content hash only: nothing was written outside the data directory.
    for (const f of readdirSync(join(dir, 'blobs'))) expect(f).toMatch(/^[0-9a-f]{64}\.pdf$/);
    expect(existsSync(join(dir, '..', 'etc', 'passwd.pdf'))).toBe(false);
    const doc = await app.request(`/jobs/${body.job_id}/documents/a`);
    expect(doc.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''passwd.pdf");
  });
});

/**
 * Inputs that look like PDFs (they start with %PDF-) are queued; the layout segment then fails
 * the job with a message for the person who uploaded it. This runs the layout computation the
 * stage service runs, on the upload the gateway stored.
 */
describe('hostile PDFs only parsing reveals', () => {
  async function layoutOf(bytes: Uint8Array): Promise<unknown> {
    const res = await post(form([bytes, 'hostile.pdf'], [GOOD, 'b.pdf']));
    expect(res.status).toBe(202);
    const { job_id } = (await res.json()) as { job_id: string };
    const rec = (await store.getJob(job_id))!;
    const payload = { shaA: rec.job.shaA, shaB: rec.job.shaB, analysisVersion: 'hostile-input-test' };
    return computeStage({ stage: 'layout', side: 'A', payload: { ...payload, document: 'A' }, store, maxPages: config.MAX_PAGES, fileNames: { a: 'hostile.pdf', b: 'b.pdf' } });
  }

  it.each([
    ['truncated', () => truncatedPdf(), 'The PDF is damaged or truncated and could not be read (Invalid PDF structure.).'],
    ['corrupt xref', () => corruptXrefPdf(), 'The PDF is damaged or truncated and could not be read (Invalid Root reference.).'],
    ['encrypted', () => encryptedPdf(), 'The PDF is password-protected: remove the password (or export an unprotected copy) and upload it again.'],
    ['scanned (no text layer)', () => scannedPdf(3), 'The PDF has no text layer (3 pages of images): it looks scanned; run OCR first.'],
    ['1,001 pages over MAX_PAGES 1000', () => manyPagesPdf(1001), 'The PDF has 1001 pages; at most 1000 can be compared.'],
  ])('%s → FAILED, unrecoverable, with a precise message', async (_what, make, message) => {
    const err = await layoutOf(make()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UnrecoverableError);
    expect((err as Error).message).toBe(message);
    expect(segmentFailureMessage(1, (err as Error).message)).toBe(`Segment 1 (Document A: Layout Analysis) failed: ${message}`);
  });

  it('embedded JavaScript is never executed: the wording is read as text', async () => {
    const marker = join(dir, 'js-executed');
    const layout = (await layoutOf(javascriptPdf(marker))) as { pageCount: number };
    expect(layout.pageCount).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });
});
