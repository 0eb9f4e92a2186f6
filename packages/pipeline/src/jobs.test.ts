import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@policydiff/store';
import { startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from '@policydiff/testkit';
import { sha256Hex, submitJob, type UploadedFile } from './jobs.js';

/**
 * A submit and a delete that share a PDF, at the same time, on SQLite and PostgreSQL (as the
 * store suite runs). Deleting a job removes the PDFs no other job uses; a submit that reuses a
 * stored PDF must count as a user of it, or the delete removes the PDF under the new job, which
 * then fails its layout with "document … is not stored".
 */
let redis: PrivateRedis;
let client: Redis;
let postgres: PrivatePostgres | null = null;
let postgresSkip = '';
beforeAll(async () => {
  redis = await startPrivateRedis({ appendonly: false });
  client = new Redis(redis.url);
  const pg = await startPrivatePostgres();
  if ('skip' in pg) postgresSkip = pg.skip;
  else postgres = pg;
}, 60_000);
afterAll(async () => {
  client.disconnect();
  await redis.stop();
  await postgres?.stop();
});

describe.each(['sqlite', 'postgres'] as const)('submitting a PDF while a job that used it is deleted, on %s', (dialect) => {
  it('never deletes a PDF a job is being created with', async (ctx) => {
    if (dialect === 'postgres' && !postgres) {
      console.warn(`skipping the PostgreSQL race: ${postgresSkip}`);
      ctx.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'pd-race-'));
    // Two stores on one database, as the gateway of one machine and another's would be.
    const url = dialect === 'postgres' ? postgres!.url : `file:${join(dir, 'db.sqlite')}`;
    const stores: Store[] = [openStore({ databaseUrl: url, dataDir: dir }), openStore({ databaseUrl: url, dataDir: dir })];
    mkdirSync(join(dir, 'uploads'), { recursive: true });
    const upload = (bytes: Uint8Array, name: string): UploadedFile => {
      const path = join(dir, 'uploads', `${randomBytes(8).toString('hex')}.upload`);
      writeFileSync(path, bytes);
      return { name, path, size: bytes.byteLength, sha256: sha256Hex(bytes) };
    };
    const broken: string[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        const shared = new TextEncoder().encode(`%PDF-1.4 shared ${dialect} ${i} ${randomBytes(8).toString('hex')}`);
        const other = new TextEncoder().encode(`%PDF-1.4 other ${dialect} ${i} ${randomBytes(8).toString('hex')}`);
        const first = await submitJob({ store: stores[0]!, redis: client }, { fileA: upload(shared, 'a.pdf'), fileB: upload(other, 'b.pdf'), owner: null, priority: 'normal' });
        await stores[0]!.cancelJob(first.jobId);
        const [second, deleted] = await Promise.all([
          submitJob({ store: stores[1]!, redis: client }, { fileA: upload(shared, 'a.pdf'), fileB: upload(other, 'b.pdf'), owner: null, priority: 'normal' }),
          stores[0]!.deleteJob(first.jobId),
        ]);
        expect(deleted).toBe('deleted');
        const job = (await stores[1]!.getJob(second.jobId))!.job;
        for (const sha of [job.shaA, job.shaB]) {
          const doc = await stores[1]!.getDocument(sha);
          if (!doc || !existsSync(doc.blobPath)) broken.push(`round ${i}: job ${second.jobId} lost ${sha.slice(0, 8)} (${doc ? 'its file' : 'its row'})`);
        }
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    }
    expect(broken).toEqual([]);
  });
});
