import { and, count, desc, eq, inArray, isNull, like, ne, notInArray, or, sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { JobStatus } from '@policydiff/contracts';
import { BlobFiles } from './blob-files.js';
import * as schema from './pg-schema.js';
import type { JobRow } from './schema.js';
import { FINISHED_JOB_STATUSES as FINISHED, distinctDocuments, type DocumentRow, type JobWithSegments, type NewBatch, type NewDocumentFile, type NewJob, type Store, type StoreOptions } from './store-api.js';

const { artifacts, batches, documents, jobSegments, jobs, results } = schema;
const now = () => new Date().toISOString();
const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations', 'postgres');

/**
 * The store on PostgreSQL, for several machines sharing one database (PDFs still live under
 * POLICYDIFF_DATA_DIR, which those machines must share). Same contract and semantics as SQLite:
 * conditional updates, multi-step changes in transactions.
 */
export class PgStore implements Store {
  readonly dialect = 'postgres' as const;
  readonly db: NodePgDatabase<typeof schema>;
  private readonly pool: pg.Pool;
  private readonly blobs: BlobFiles;
  private ready: Promise<void>;

  constructor(opts: StoreOptions) {
    this.pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 5 });
    this.pool.on('error', () => undefined); // idle client errors: the next query reconnects
    this.db = drizzle(this.pool, { schema });
    this.blobs = new BlobFiles(join(opts.dataDir, 'blobs'));
    this.ready = this.migrate();
    this.ready.catch(() => undefined);
  }

  /** Applies migrations/postgres/*.sql once each, under an advisory lock so concurrent services agree. */
  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(72346001)');
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      const applied = new Set((await client.query('SELECT name FROM schema_migrations')).rows.map((r) => r.name as string));
      for (const file of readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort()) {
        if (applied.has(file)) continue;
        await client.query('BEGIN');
        await client.query(readFileSync(join(migrationsDir, file), 'utf8'));
        await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [file, now()]);
        await client.query('COMMIT');
      }
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await client.query('SELECT pg_advisory_unlock(72346001)').catch(() => undefined);
      client.release();
    }
  }

  private async q(): Promise<NodePgDatabase<typeof schema>> {
    await this.ready;
    return this.db;
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.pool.end();
  }

  async ping(): Promise<void> {
    await (await this.q()).execute(sql`select 1`);
  }

  async putDocument(sha256: string, bytes: Uint8Array): Promise<void> {
    const db = await this.q();
    const existing = await this.getDocument(sha256);
    if (existing && existsSync(existing.blobPath)) return;
    const blobPath = this.blobs.write(sha256, bytes);
    await db.insert(documents).values({ sha256, byteSize: bytes.byteLength, blobPath, createdAt: now() }).onConflictDoNothing();
  }

  async getDocumentBytes(sha256: string): Promise<Uint8Array> {
    const row = await this.getDocument(sha256);
    if (!row) throw new Error(`document ${sha256} is not stored`);
    return new Uint8Array(await readFile(row.blobPath));
  }

  async setPageCount(sha256: string, pageCount: number): Promise<void> {
    await (await this.q()).update(documents).set({ pageCount }).where(eq(documents.sha256, sha256));
  }

  async getDocument(sha256: string): Promise<DocumentRow | null> {
    const rows = await (await this.q()).select().from(documents).where(eq(documents.sha256, sha256));
    return rows[0] ?? null;
  }

  async createJob(job: NewJob): Promise<JobRow> {
    const rows = await (await this.q()).insert(jobs).values({ ...job, status: 'QUEUED', createdAt: now() }).returning();
    return rows[0]!;
  }

  /**
   * Each stored document's row is locked (FOR UPDATE) while the job is recorded, in hash order;
   * deleteJob locks the same rows before it counts their users, so one waits for the other.
   */
  async createJobWithDocuments(job: NewJob, docs: NewDocumentFile[]): Promise<JobRow> {
    return (await this.q()).transaction(async (tx) => {
      for (const d of distinctDocuments(docs)) {
        const existing = (await tx.select().from(documents).where(eq(documents.sha256, d.sha256)).for('update'))[0];
        if (existing && existsSync(existing.blobPath)) continue;
        const blobPath = this.blobs.adopt(d.sha256, d.tmpPath);
        await tx
          .insert(documents)
          .values({ sha256: d.sha256, byteSize: d.byteSize, blobPath, createdAt: now() })
          .onConflictDoUpdate({ target: documents.sha256, set: { blobPath, byteSize: d.byteSize } });
      }
      return (await tx.insert(jobs).values({ ...job, status: 'QUEUED', createdAt: now() }).returning())[0]!;
    });
  }

  async setStreamId(jobId: string, streamId: string): Promise<void> {
    await (await this.q()).update(jobs).set({ streamId }).where(eq(jobs.id, jobId));
  }

  async getJob(jobId: string): Promise<JobWithSegments | null> {
    const db = await this.q();
    const job = (await db.select().from(jobs).where(eq(jobs.id, jobId)))[0];
    if (!job) return null;
    const segments = await db.select().from(jobSegments).where(eq(jobSegments.jobId, jobId));
    return { job, segments };
  }

  async listJobs(opts: { status?: JobStatus; owner?: string | null; limit: number; offset: number }) {
    const db = await this.q();
    const conds = [];
    if (opts.status) conds.push(eq(jobs.status, opts.status));
    if (opts.owner) conds.push(eq(jobs.owner, opts.owner));
    const where = conds.length ? and(...conds) : undefined;
    const total = Number((await db.select({ n: count() }).from(jobs).where(where))[0]?.n ?? 0);
    const rows = await db.select().from(jobs).where(where).orderBy(desc(jobs.createdAt), desc(jobs.id)).limit(opts.limit).offset(opts.offset);
    const ids = rows.map((r) => r.id);
    const segs = ids.length ? await db.select().from(jobSegments).where(inArray(jobSegments.jobId, ids)) : [];
    return { total, jobs: rows.map((job) => ({ job, segments: segs.filter((s) => s.jobId === job.id) })) };
  }

  async countUnfinishedJobs(): Promise<number> {
    const rows = await (await this.q()).select({ n: count() }).from(jobs).where(notInArray(jobs.status, FINISHED));
    return Number(rows[0]?.n ?? 0);
  }

  async startSegment(jobId: string, segment: number, consumer: string): Promise<boolean> {
    return (await this.q()).transaction(async (tx) => {
      const job = (await tx.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, jobId)).for('update'))[0];
      if (!job || FINISHED.includes(job.status)) return false;
      const t = now();
      await tx
        .update(jobs)
        .set({ status: 'RUNNING', startedAt: sql`coalesce(${jobs.startedAt}, ${t})` })
        .where(and(eq(jobs.id, jobId), eq(jobs.status, 'QUEUED')));
      await tx
        .insert(jobSegments)
        .values({ jobId, segment, status: 'running', startedAt: t, attempts: 1, consumer })
        .onConflictDoUpdate({
          target: [jobSegments.jobId, jobSegments.segment],
          set: {
            status: sql`case when ${jobSegments.status} = 'completed' then 'completed' else 'running' end`,
            attempts: sql`${jobSegments.attempts} + 1`,
            consumer,
            startedAt: sql`case when ${jobSegments.status} = 'completed' then ${jobSegments.startedAt} else ${t} end`,
          },
        });
      return true;
    });
  }

  async completeSegment(jobId: string, segment: number, opts: { cached: boolean; durationMs: number }): Promise<void> {
    await (await this.q())
      .update(jobSegments)
      .set({ status: 'completed', cached: opts.cached, durationMs: Math.round(opts.durationMs), completedAt: now() })
      .where(and(eq(jobSegments.jobId, jobId), eq(jobSegments.segment, segment), eq(jobSegments.status, 'running')));
  }

  async failJob(jobId: string, segment: number | null, message: string): Promise<boolean> {
    return (await this.q()).transaction(async (tx) => {
      const r = await tx
        .update(jobs)
        .set({ status: 'FAILED', errorMessage: message, errorSegment: segment, completedAt: now() })
        .where(and(eq(jobs.id, jobId), notInArray(jobs.status, FINISHED)))
        .returning({ id: jobs.id });
      if (segment !== null) {
        await tx
          .insert(jobSegments)
          .values({ jobId, segment, status: 'failed', attempts: 1 })
          .onConflictDoUpdate({ target: [jobSegments.jobId, jobSegments.segment], set: { status: 'failed', completedAt: now() } });
      }
      return r.length > 0;
    });
  }

  async reopenJob(jobId: string): Promise<boolean> {
    return (await this.q()).transaction(async (tx) => {
      const r = await tx
        .update(jobs)
        .set({ status: 'RUNNING', errorMessage: null, errorSegment: null, completedAt: null })
        .where(and(eq(jobs.id, jobId), eq(jobs.status, 'FAILED')))
        .returning({ id: jobs.id });
      if (r.length) {
        await tx.update(jobSegments).set({ status: 'pending', completedAt: null }).where(and(eq(jobSegments.jobId, jobId), eq(jobSegments.status, 'failed')));
      }
      return r.length > 0;
    });
  }

  async cancelJob(jobId: string): Promise<boolean> {
    return (await this.q()).transaction(async (tx) => {
      const r = await tx
        .update(jobs)
        .set({ status: 'CANCELLED', completedAt: now(), errorMessage: 'cancelled by request' })
        .where(and(eq(jobs.id, jobId), notInArray(jobs.status, FINISHED)))
        .returning({ id: jobs.id });
      if (r.length) await tx.update(jobSegments).set({ status: 'skipped' }).where(and(eq(jobSegments.jobId, jobId), eq(jobSegments.status, 'running')));
      return r.length > 0;
    });
  }

  async completeJob(jobId: string, result: unknown): Promise<boolean> {
    return (await this.q()).transaction(async (tx) => {
      const r = await tx
        .update(jobs)
        .set({ status: 'COMPLETED', completedAt: now() })
        .where(and(eq(jobs.id, jobId), or(eq(jobs.status, 'RUNNING'), eq(jobs.status, 'QUEUED'))))
        .returning({ id: jobs.id });
      if (!r.length) return false;
      await tx.insert(results).values({ jobId, data: JSON.stringify(result), createdAt: now() }).onConflictDoNothing();
      return true;
    });
  }

  async getResultJson(jobId: string): Promise<string | null> {
    const rows = await (await this.q()).select({ data: results.data }).from(results).where(eq(results.jobId, jobId));
    return rows[0]?.data ?? null;
  }

  /**
   * One transaction: the job's row, then each of its documents' rows (FOR UPDATE, in hash order,
   * as createJobWithDocuments takes them) before their users are counted, so a job being created
   * with the PDF is either counted (it committed first) or stores the PDF again once this is done.
   * A file is removed inside the transaction: after it, it could be one a submit had just stored.
   */
  async deleteJob(jobId: string): Promise<'deleted' | 'not_found' | 'not_finished'> {
    return (await this.q()).transaction(async (tx) => {
      const job = (await tx.select().from(jobs).where(eq(jobs.id, jobId)).for('update'))[0];
      if (!job) return 'not_found' as const;
      if (!FINISHED.includes(job.status)) return 'not_finished' as const;
      await tx.delete(results).where(eq(results.jobId, jobId));
      await tx.delete(jobSegments).where(eq(jobSegments.jobId, jobId));
      await tx.delete(jobs).where(eq(jobs.id, jobId));
      for (const sha of [...new Set([job.shaA, job.shaB])].sort()) {
        const doc = (await tx.select().from(documents).where(eq(documents.sha256, sha)).for('update'))[0];
        const used = Number((await tx.select({ n: count() }).from(jobs).where(or(eq(jobs.shaA, sha), eq(jobs.shaB, sha))))[0]?.n ?? 0);
        if (used) continue;
        await tx.delete(documents).where(eq(documents.sha256, sha));
        await tx.delete(artifacts).where(eq(artifacts.sha256, sha));
        await tx.delete(artifacts).where(like(artifacts.key, `pair:%${sha}%`));
        if (doc) this.blobs.remove(doc.blobPath);
      }
      return 'deleted' as const;
    });
  }

  async ownerUsedBefore(owner: string | null, jobId: string, docs: { sha: string } | { shaA: string; shaB: string }): Promise<boolean> {
    const uses = 'sha' in docs ? or(eq(jobs.shaA, docs.sha), eq(jobs.shaB, docs.sha)) : and(eq(jobs.shaA, docs.shaA), eq(jobs.shaB, docs.shaB));
    const mine = owner === null ? isNull(jobs.owner) : eq(jobs.owner, owner);
    return (await (await this.q()).select({ id: jobs.id }).from(jobs).where(and(mine, ne(jobs.id, jobId), uses)).limit(1)).length > 0;
  }

  async ownerStorage(owner: string | null, shas: string[]): Promise<{ bytes: number; held: string[] }> {
    const db = await this.q();
    const mine = owner === null ? isNull(jobs.owner) : eq(jobs.owner, owner);
    const used = await db
      .select({ sha: documents.sha256, size: documents.byteSize })
      .from(documents)
      .where(or(inArray(documents.sha256, db.select({ s: jobs.shaA }).from(jobs).where(mine)), inArray(documents.sha256, db.select({ s: jobs.shaB }).from(jobs).where(mine))));
    const have = new Set(used.map((u) => u.sha));
    return { bytes: used.reduce((n, u) => n + Number(u.size), 0), held: shas.filter((s) => have.has(s)) };
  }

  async createBatch(batch: NewBatch): Promise<void> {
    await (await this.q()).insert(batches).values({ ...batch, createdAt: now() });
  }

  async getBatch(batchId: string) {
    const db = await this.q();
    const batch = (await db.select().from(batches).where(eq(batches.id, batchId)))[0];
    if (!batch) return null;
    const rows = await db.select().from(jobs).where(eq(jobs.batchId, batchId)).orderBy(jobs.createdAt, jobs.id);
    const ids = rows.map((r) => r.id);
    const segs = ids.length ? await db.select().from(jobSegments).where(inArray(jobSegments.jobId, ids)) : [];
    return { batch, jobs: rows.map((job) => ({ job, segments: segs.filter((s) => s.jobId === job.id) })) };
  }

  async hasArtifact(key: string): Promise<boolean> {
    return (await (await this.q()).select({ k: artifacts.key }).from(artifacts).where(eq(artifacts.key, key))).length > 0;
  }

  async artifactJob(key: string): Promise<string | null> {
    const rows = await (await this.q()).select({ jobId: artifacts.jobId }).from(artifacts).where(eq(artifacts.key, key));
    return rows[0]?.jobId ?? null;
  }

  async getArtifact<T>(key: string): Promise<T | null> {
    const rows = await (await this.q()).select({ data: artifacts.data }).from(artifacts).where(eq(artifacts.key, key));
    return rows[0] ? (JSON.parse(rows[0].data) as T) : null;
  }

  async putArtifact(key: string, value: unknown, sha256: string | null = null, jobId: string | null = null): Promise<void> {
    const data = JSON.stringify(value);
    await (await this.q()).insert(artifacts).values({ key, sha256, data, byteSize: Buffer.byteLength(data), createdAt: now(), jobId }).onConflictDoNothing();
  }
}
