import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPrivatePostgres, type PrivatePostgres } from '@policydiff/testkit';
import { openStore, isPostgresUrl } from './open-store.js';
import { sqlitePath } from './sqlite-store.js';
import type { Store } from './store-api.js';
import { toJobStatusBody } from './status-body.js';

/**
 * One suite, both dialects (drizzle's habit: sqlite-common run against every driver). PostgreSQL
 * uses TEST_DATABASE_URL when set, else a private server; without either it is skipped, saying why.
 */
let postgres: PrivatePostgres | null = null;
let postgresSkip = '';
beforeAll(async () => {
  const pgServer = await startPrivatePostgres();
  if ('skip' in pgServer) postgresSkip = pgServer.skip;
  else postgres = pgServer;
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

describe.each(['sqlite', 'postgres'] as const)('Store on %s', (dialect) => {
let dir: string;
let store: Store;
const sha = (c: string) => c.repeat(64);

beforeEach(async (ctx) => {
  if (dialect === 'postgres' && !postgres) {
    console.warn(`skipping the PostgreSQL store suite: ${postgresSkip}`);
    ctx.skip();
  }
  dir = mkdtempSync(join(tmpdir(), 'pd-store-'));
  let databaseUrl = `file:${join(dir, 'db.sqlite')}`;
  if (dialect === 'postgres') {
    databaseUrl = postgres!.url;
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await c.end();
  }
  store = openStore({ databaseUrl, dataDir: dir });
  expect(store.dialect).toBe(dialect);
  expect(isPostgresUrl(databaseUrl)).toBe(dialect === 'postgres');
});
afterEach(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const newJob = (id: string, shaA = sha('a'), shaB = sha('b')) =>
  store.createJob({ id, fileNameA: 'a.pdf', fileNameB: 'b.pdf', shaA, shaB, owner: null, priority: 'normal' });

{
  it('stores a document once per hash and reads its bytes back', async () => {
    await store.putDocument(sha('a'), new Uint8Array([1, 2, 3]));
    await store.putDocument(sha('a'), new Uint8Array([1, 2, 3]));
    expect([...(await store.getDocumentBytes(sha('a')))]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, 'blobs'))).toEqual([`${sha('a')}.pdf`]);
    await expect(store.getDocumentBytes(sha('c'))).rejects.toThrow(/not stored/);
  });

  it('moves a job QUEUED → RUNNING → COMPLETED and reports segments in the status body', async () => {
    await newJob('j1');
    let body = toJobStatusBody((await store.getJob('j1'))!.job, []);
    expect(body.status).toBe('QUEUED');
    expect(body.current_segment).toBe(1);
    expect(body.progress_pct).toBe(0);
    expect(await store.startSegment('j1', 1, 'layout-x')).toBe(true);
    await store.completeSegment('j1', 1, { cached: false, durationMs: 12.4 });
    expect(await store.startSegment('j1', 5, 'layout-y')).toBe(true);
    const rec = (await store.getJob('j1'))!;
    body = toJobStatusBody(rec.job, rec.segments);
    expect(body.status).toBe('RUNNING');
    expect(body.started_at).not.toBeNull();
    expect(body.segments[0]).toMatchObject({ segment: 1, status: 'completed', duration_ms: 12, consumer: 'layout-x', attempts: 1 });
    expect(body.segments[4]).toMatchObject({ status: 'running', document: 'B' });
    expect(body.current_segment).toBe(5);
    expect(body.progress_pct).toBe(9.1);
    expect(await store.completeJob('j1', { ok: true })).toBe(true);
    expect(await store.completeJob('j1', { ok: false })).toBe(false);
    expect(JSON.parse((await store.getResultJson('j1'))!)).toEqual({ ok: true });
    expect(await store.startSegment('j1', 2, 'x')).toBe(false);
  });

  it('counts a redelivered segment as another attempt and never un-completes a segment', async () => {
    await newJob('j2');
    await store.startSegment('j2', 1, 'c1');
    await store.startSegment('j2', 1, 'c2');
    await store.completeSegment('j2', 1, { cached: true, durationMs: 1 });
    await store.startSegment('j2', 1, 'c3');
    const s = (await store.getJob('j2'))!.segments[0]!;
    expect(s.attempts).toBe(3);
    expect(s.status).toBe('completed');
    expect(s.cached).toBe(true);
  });

  it('fails and cancels only unfinished jobs', async () => {
    await newJob('j3');
    expect(await store.failJob('j3', 2, 'Segment 2 failed: x')).toBe(true);
    expect(await store.failJob('j3', 3, 'again')).toBe(false);
    expect(await store.cancelJob('j3')).toBe(false);
    const rec = (await store.getJob('j3'))!;
    expect(rec.job.status).toBe('FAILED');
    expect(rec.job.errorMessage).toBe('Segment 2 failed: x');
    await newJob('j4');
    expect(await store.cancelJob('j4')).toBe(true);
    expect((await store.getJob('j4'))!.job.status).toBe('CANCELLED');
  });

  it('lists jobs with the real total, filtered by status, newest first', async () => {
    for (let i = 0; i < 5; i++) await newJob(`L${i}`);
    await store.cancelJob('L1');
    const all = await store.listJobs({ limit: 2, offset: 0 });
    expect(all.total).toBe(5);
    expect(all.jobs).toHaveLength(2);
    const cancelled = await store.listJobs({ status: 'CANCELLED', limit: 10, offset: 0 });
    expect(cancelled.total).toBe(1);
    expect(cancelled.jobs[0]!.job.id).toBe('L1');
    expect(await store.countUnfinishedJobs()).toBe(4);
  });

  it('records a batch of jobs against one base document', async () => {
    await store.createBatch({ id: 'B1', baseFileName: 'base.pdf', baseSha: sha('a'), owner: null });
    await store.createJob({ id: 'bj1', fileNameA: 'base.pdf', fileNameB: 'x.pdf', shaA: sha('a'), shaB: sha('b'), owner: null, priority: 'normal', batchId: 'B1' });
    await store.createJob({ id: 'bj2', fileNameA: 'base.pdf', fileNameB: 'y.pdf', shaA: sha('a'), shaB: sha('c'), owner: null, priority: 'normal', batchId: 'B1' });
    await newJob('other');
    const b = (await store.getBatch('B1'))!;
    expect(b.batch).toMatchObject({ id: 'B1', baseFileName: 'base.pdf', baseSha: sha('a') });
    expect(b.jobs.map((j) => j.job.id).sort()).toEqual(['bj1', 'bj2']);
    expect(await store.getBatch('nope')).toBeNull();
  });

  it('keeps the first artifact written for a key, with the job that computed it', async () => {
    await store.putArtifact('doc:x:layout:1', { v: 1 }, sha('a'), 'job-1');
    await store.putArtifact('doc:x:layout:1', { v: 2 }, sha('a'), 'job-2');
    expect(await store.artifactJob('doc:x:layout:1')).toBe('job-1');
    expect(await store.artifactJob('nope')).toBeNull();
    expect(await store.getArtifact('doc:x:layout:1')).toEqual({ v: 1 });
    expect(await store.hasArtifact('doc:x:layout:1')).toBe(true);
    expect(await store.getArtifact('nope')).toBeNull();
  });

  it('creates a job with its documents: moves a new upload into place, drops a known one, restores a missing file', async () => {
    const tmp = (name: string, bytes: number[]) => {
      const path = join(dir, `${name}.upload`);
      writeFileSync(path, new Uint8Array(bytes));
      return path;
    };
    const job = (id: string) => ({ id, fileNameA: 'a.pdf', fileNameB: 'b.pdf', shaA: sha('a'), shaB: sha('b'), owner: null, priority: 'normal' as const });
    const upA = tmp('a1', [1]);
    const row = await store.createJobWithDocuments(job('w1'), [{ sha256: sha('a'), tmpPath: upA, byteSize: 1 }, { sha256: sha('b'), tmpPath: tmp('b1', [2, 2]), byteSize: 2 }]);
    expect(row).toMatchObject({ id: 'w1', status: 'QUEUED', shaA: sha('a') });
    expect([...(await store.getDocumentBytes(sha('b')))]).toEqual([2, 2]);
    expect(existsSync(upA)).toBe(false); // moved, not copied
    const upA2 = tmp('a2', [1]);
    await store.createJobWithDocuments(job('w2'), [{ sha256: sha('a'), tmpPath: upA2, byteSize: 1 }]);
    expect(existsSync(upA2)).toBe(true); // known: left for the caller's clean-up
    rmSync((await store.getDocument(sha('a')))!.blobPath);
    await store.createJobWithDocuments(job('w3'), [{ sha256: sha('a'), tmpPath: upA2, byteSize: 1 }]);
    expect([...(await store.getDocumentBytes(sha('a')))]).toEqual([1]);
  });

  it('keeps a PDF that a job is being created with while the last job that used it is deleted', async () => {
    // A second store on the same database: another process, as a second gateway would be.
    const other = openStore({ databaseUrl: dialect === 'postgres' ? postgres!.url : `file:${join(dir, 'db.sqlite')}`, dataDir: dir });
    try {
      for (let i = 0; i < 10; i++) {
        const doc = `r${i}`.padEnd(64, '0');
        const path = join(dir, `race-${i}.upload`);
        writeFileSync(path, new Uint8Array([i]));
        await store.createJobWithDocuments({ id: `old${i}`, fileNameA: 'a.pdf', fileNameB: 'a.pdf', shaA: doc, shaB: doc, owner: null, priority: 'normal' }, [{ sha256: doc, tmpPath: path, byteSize: 1 }]);
        await store.cancelJob(`old${i}`);
        writeFileSync(path, new Uint8Array([i]));
        const [, deleted] = await Promise.all([
          other.createJobWithDocuments({ id: `new${i}`, fileNameA: 'a.pdf', fileNameB: 'a.pdf', shaA: doc, shaB: doc, owner: null, priority: 'normal' }, [{ sha256: doc, tmpPath: path, byteSize: 1 }]),
          store.deleteJob(`old${i}`),
        ]);
        expect(deleted).toBe('deleted');
        expect([...(await other.getDocumentBytes(doc))], `round ${i}`).toEqual([i]);
      }
    } finally {
      await other.close();
    }
  });

  it('says whether an owner\'s other jobs used a document or a pair', async () => {
    const job = (id: string, owner: string | null, a: string, b: string) =>
      store.createJob({ id, fileNameA: 'a.pdf', fileNameB: 'b.pdf', shaA: sha(a), shaB: sha(b), owner, priority: 'normal' });
    await job('o1', 'alice', 'a', 'b');
    await job('o2', 'bob', 'a', 'b');
    await job('o3', null, 'c', 'd');
    await job('o4', null, 'd', 'e');
    expect(await store.ownerUsedBefore('bob', 'o2', { sha: sha('a') })).toBe(false); // alice's job does not count
    expect(await store.ownerUsedBefore('alice', 'o9', { sha: sha('b') })).toBe(true);
    expect(await store.ownerUsedBefore('alice', 'o9', { shaA: sha('a'), shaB: sha('b') })).toBe(true);
    expect(await store.ownerUsedBefore('alice', 'o9', { shaA: sha('b'), shaB: sha('a') })).toBe(false); // the pair in order
    expect(await store.ownerUsedBefore('alice', 'o1', { sha: sha('a') })).toBe(false); // the job itself does not count
    expect(await store.ownerUsedBefore(null, 'o4', { sha: sha('d') })).toBe(true); // keys off: one owner
    expect(await store.ownerUsedBefore(null, 'o4', { sha: sha('a') })).toBe(false);
  });

  it('counts the bytes of the distinct PDFs each owner\'s jobs use', async () => {
    await store.putDocument(sha('a'), new Uint8Array(100));
    await store.putDocument(sha('b'), new Uint8Array(20));
    await store.putDocument(sha('c'), new Uint8Array(3));
    const job = (id: string, owner: string | null, a: string, b: string) =>
      store.createJob({ id, fileNameA: 'a.pdf', fileNameB: 'b.pdf', shaA: sha(a), shaB: sha(b), owner, priority: 'normal' });
    await job('q1', 'alice', 'a', 'b');
    await job('q2', 'alice', 'a', 'a'); // the same PDF again costs nothing more
    await job('q3', 'bob', 'a', 'c');
    await job('q4', null, 'c', 'c');
    expect(await store.ownerStorage('alice', [sha('a'), sha('c')])).toEqual({ bytes: 120, held: [sha('a')] });
    expect(await store.ownerStorage('bob', [sha('b')])).toEqual({ bytes: 103, held: [] });
    expect(await store.ownerStorage(null, [sha('c')])).toEqual({ bytes: 3, held: [sha('c')] });
    expect(await store.ownerStorage('carol', [])).toEqual({ bytes: 0, held: [] });
  });

  it('deletes a finished job with the PDFs and artifacts no other job uses', async () => {
    await store.putDocument(sha('a'), new Uint8Array([1]));
    await store.putDocument(sha('b'), new Uint8Array([2]));
    await store.putDocument(sha('c'), new Uint8Array([3]));
    await newJob('d1', sha('a'), sha('b'));
    await newJob('d2', sha('a'), sha('c'));
    await store.putArtifact(`doc:${sha('b')}:layout:1`, {}, sha('b'));
    await store.putArtifact(`doc:${sha('a')}:layout:1`, {}, sha('a'));
    expect(await store.deleteJob('d1')).toBe('not_finished');
    await store.cancelJob('d1');
    expect(await store.deleteJob('d1')).toBe('deleted');
    expect(await store.getJob('d1')).toBeNull();
    expect(await store.getDocument(sha('b'))).toBeNull();
    expect(await store.getDocument(sha('a'))).not.toBeNull();
    expect(await store.hasArtifact(`doc:${sha('b')}:layout:1`)).toBe(false);
    expect(await store.hasArtifact(`doc:${sha('a')}:layout:1`)).toBe(true);
    expect(readdirSync(join(dir, 'blobs')).sort()).toEqual([`${sha('a')}.pdf`, `${sha('c')}.pdf`]);
    expect(await store.deleteJob('nope')).toBe('not_found');
  });

}
});

describe('database URLs', () => {
  it('maps file: URLs to SQLite paths and postgres:// URLs to PostgreSQL', () => {
    expect(sqlitePath('file:/tmp/x.db')).toBe('/tmp/x.db');
    expect(sqlitePath(':memory:')).toBe(':memory:');
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h/db')).toBe(true);
    expect(isPostgresUrl('file:/x.db')).toBe(false);
  });
});
