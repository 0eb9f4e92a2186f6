/**
 * Every hostile input of issue 4 with the exact answer it gets. What the gateway can detect cheaply
 * is refused in-process here with a 4xx problem body; what only parsing reveals is accepted (202)
 * and then fails its layout segment with a precise, unrecoverable error — checked here by running
 * the layout computation on the stored upload, and end to end in e2e/faults (poison scenario).
 * The decompression bomb is also sent to a real stage-layout process, whose memory is read from
 * /proc: refusing the bomb must not cost the service its memory or its life.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  manyTextItemsPdf,
  notPdf,
  pdfBomb,
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
const BOMB_MESSAGE = 'The PDF holds a compressed stream (object 5 0) that inflates to more than 32 MB: refusing to parse a possible decompression bomb.';
type JobBody = { status: string; error_message: string | null; segments: { segment: number; status: string; attempts: number }[] };

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

  it('a refused upload leaves no temporary file behind, even one refused in the tick its file was started', async () => {
    // Each is refused while a temporary file is still being opened or written: an extra field or a
    // third file right behind two small ones, and a file over the limit arriving as one chunk.
    const over = new Uint8Array(LIMIT + 1).fill(0x20);
    over.set(new TextEncoder().encode('%PDF-1.7\n'));
    const refusals: [() => FormData, number][] = [
      [() => form([GOOD, 'a.pdf'], [GOOD, 'b.pdf'], { note: 'hi' }), 400],
      [() => form([GOOD, 'a.pdf'], [GOOD, 'b.pdf'], { file_c: [GOOD, 'c.pdf'] }), 400],
      [() => form([over, 'over.pdf'], [GOOD, 'b.pdf']), 413],
    ];
    for (let round = 0; round < 10; round++) {
      for (const [make, status] of refusals) {
        expect((await post(make())).status).toBe(status);
        expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
      }
    }
    // A file removed while its open was still pending would be created again after the answer.
    await new Promise((r) => setTimeout(r, 200));
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
    // 1 GB of padding behind two Flate layers: a file of a few kilobytes, refused at 32 MB inflated.
    ['a 1 GB decompression bomb (two Flate layers)', () => pdfBomb(1024 * 1024 * 1024, { layers: 2 }), BOMB_MESSAGE],
    ['a 1 GB decompression bomb, encrypted with an empty user password', () => pdfBomb(1024 * 1024 * 1024, { layers: 2, encrypted: true }), BOMB_MESSAGE],
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

  it('a bomb under the limits (16 MB of padding) is read: the padding is white space, the wording is laid out', async () => {
    const layout = (await layoutOf(pdfBomb(16 * 1024 * 1024))) as { pageCount: number; clauses: { text: string }[] };
    expect(layout.pageCount).toBe(1);
    expect(layout.clauses.map((c) => c.text).join(' ')).toContain('We will not pay for loss or damage caused by wear and tear.');
  });

  it('a page of 100,000 tiny text items is laid out, and the wording on the next page with it', { timeout: 180_000 }, async () => {
    const layout = (await layoutOf(manyTextItemsPdf(100_000))) as { pageCount: number; clauses: { text: string }[] };
    expect(layout.pageCount).toBe(2);
    expect(layout.clauses.map((c) => c.text).join(' ')).toContain('You must tell us about a claim within 30 days.');
  });
});

/**
 * The bomb against the real service: a stage-layout process (its own private Redis and data
 * directory) takes the job from the stream, refuses the bomb without retrying, stays up, keeps
 * its peak memory (VmHWM) far below what inflating 1 GB would need, and then lays out a healthy
 * document. The single-layer 1 GB bomb is a 1 MB upload, so this gateway accepts 4 MB files.
 */
describe('a 1 GB decompression bomb sent to a real stage-layout process', () => {
  const stageMain = fileURLToPath(new URL('../../stage-layout/dist/main.js', import.meta.url));
  const PEAK_RSS_LIMIT_MB = 400;
  let bombServer: PrivateRedis;
  let bombRedis: Redis;
  let bombStore: Store;
  let bombDir: string;
  let bombApp: ReturnType<typeof createApp>;
  let stage: ChildProcess;
  const stageLog: string[] = [];

  /** VmHWM (peak resident set) and VmRSS of the process, in MB, from /proc. */
  const memoryOf = (pid: number) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  };

  async function jobWhen(jobId: string, done: (job: JobBody) => boolean, what: string, timeoutMs = 120_000): Promise<JobBody> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = (await (await bombApp.request(`/jobs/${jobId}`)).json()) as JobBody;
      if (done(job)) return job;
      if (stage.exitCode !== null || stage.signalCode) throw new Error(`stage-layout exited (${stage.exitCode ?? stage.signalCode}) while waiting for ${what}:\n${stageLog.join('').slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; job is ${JSON.stringify(job)}\n${stageLog.join('').slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    if (!existsSync(stageMain)) throw new Error(`${stageMain} is missing: build the services first (pnpm exec turbo run build)`);
    bombServer = await startPrivateRedis({ appendonly: false });
    bombRedis = new Redis(bombServer.url);
    bombDir = mkdtempSync(join(tmpdir(), 'pd-bomb-'));
    const env = { REDIS_URL: bombServer.url, POLICYDIFF_DATA_DIR: bombDir, UPLOAD_MAX_BYTES: String(4 * 1024 * 1024) };
    const bombConfig = loadConfig('gateway', env);
    bombStore = openStore({ databaseUrl: bombConfig.databaseUrl, dataDir: bombConfig.dataDir });
    bombApp = createApp({ config: bombConfig, store: bombStore, redis: bombRedis, logger: createLogger('gateway', 'silent') });
    const processEnv = { ...(process.env as Record<string, string>), ...env, LOG_LEVEL: 'info', CONSUMER_NAME: `stage-layout-bomb-${process.pid}`, BLOCK_MS: '500' };
    delete processEnv.DATABASE_URL;
    stage = spawn(process.execPath, [stageMain], { env: processEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    stage.stdout!.on('data', (d: Buffer) => stageLog.push(d.toString()));
    stage.stderr!.on('data', (d: Buffer) => stageLog.push(d.toString()));
  });
  afterAll(async () => {
    if (stage && stage.exitCode === null && !stage.signalCode) {
      const exited = new Promise((r) => stage.once('exit', r));
      stage.kill('SIGTERM');
      const forced = setTimeout(() => stage.kill('SIGKILL'), 8000);
      await exited;
      clearTimeout(forced);
    }
    bombRedis?.disconnect();
    bombStore?.close();
    await bombServer?.stop();
    if (bombDir) rmSync(bombDir, { recursive: true, force: true });
  });

  it('fails the job at once with the bomb message; the process stays up under 400 MB and lays out the next documents', { timeout: 300_000 }, async () => {
    for (const deadline = Date.now() + 120_000; !stageLog.join('').includes('stage layout consuming'); ) {
      if (Date.now() > deadline || stage.exitCode !== null) throw new Error(`stage-layout did not start:\n${stageLog.join('').slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const layoutCompletes = async (pdf: Uint8Array, name: string) => {
      const accepted = await post(form([pdf, name], [GOOD, 'b.pdf']), bombApp);
      expect(accepted.status).toBe(202);
      const jobId = ((await accepted.json()) as { job_id: string }).job_id;
      const job = await jobWhen(jobId, (j) => j.segments.find((s) => s.segment === 1)?.status === 'completed' || j.status === 'FAILED', `the layout of ${name}`);
      expect(job.error_message, name).toBeNull();
      return memoryOf(stage.pid!);
    };
    const healthyPdf = (title: string) => plainTextPdf([title, '1. Cover', 'We cover the Home against fire.']);
    // A first healthy document warms the process (threads loaded, pdfjs compiled): the baseline.
    const warm = await layoutCompletes(healthyPdf('FIRST WORDING'), 'first.pdf');

    const bomb = pdfBomb(1024 * 1024 * 1024);
    const t0 = Date.now();
    const res = await post(form([bomb, 'bomb.pdf'], [GOOD, 'b.pdf']), bombApp);
    expect(res.status).toBe(202);
    const { job_id } = (await res.json()) as { job_id: string };
    const failed = await jobWhen(job_id, (j) => j.status === 'FAILED', 'the bomb job to fail');
    const failedMs = Date.now() - t0;
    expect(failed.error_message).toBe(`Segment 1 (Document A: Layout Analysis) failed: ${BOMB_MESSAGE}`);
    // Unrecoverable: no retry was spent on it.
    expect(failed.segments.find((s) => s.segment === 1)!.attempts).toBe(1);
    const afterBomb = memoryOf(stage.pid!);

    // The same process goes on: a healthy document, then the worst a document under the limits can
    // do (31 MB of padding in one stream, which pdfjs reads whole).
    const afterHealthy = await layoutCompletes(healthyPdf('NEXT WORDING'), 'next.pdf');
    const end = await layoutCompletes(pdfBomb(31 * 1024 * 1024), 'under-the-limit.pdf');
    expect(stage.exitCode).toBeNull();
    expect(stage.signalCode).toBeNull();
    console.log(
      `[figures] 1 GB bomb (${bomb.length} byte upload) vs real stage-layout: FAILED after ${failedMs} ms, 1 attempt; stage-layout peak RSS (VmHWM) ${warm.peakMb.toFixed(0)} MB warm, ${afterBomb.peakMb.toFixed(0)} MB after the bomb, ${afterHealthy.peakMb.toFixed(0)} MB after the next healthy document, ${end.peakMb.toFixed(0)} MB after a 31 MB stream under the limit (RSS now ${end.rssMb.toFixed(0)} MB; limit ${PEAK_RSS_LIMIT_MB} MB)`,
    );
    // Refusing the bomb held none of it: the peak moved by less than 64 MB (the counted pieces
    // awaiting collection), where inflating it would have taken gigabytes, and the process with them.
    expect(afterBomb.peakMb - warm.peakMb).toBeLessThan(64);
    expect(afterHealthy.peakMb).toBeLessThan(PEAK_RSS_LIMIT_MB);
    // The document under the limits is read whole by pdfjs (about 3× its 31 MB at the peak): its
    // figure above is what one such upload costs; it is printed, not bounded, as it depends on the baseline.
  });
});
