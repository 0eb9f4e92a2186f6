import Database from 'better-sqlite3';
import { and, count, desc, eq, inArray, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { BlobFiles } from './blob-files.js';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { JobStatus } from '@policydiff/contracts';
import { migrateSqlite } from './migrate.js';
import * as schema from './schema.js';
import type { DocumentRow } from './store-api.js';
import type { JobRow } from './schema.js';
import { FINISHED_JOB_STATUSES, distinctDocuments, type JobWithSegments, type NewBatch, type NewDocumentFile, type NewJob, type Store, type StoreOptions } from './store-api.js';

const { artifacts, batches, documents, jobSegments, jobs, results } = schema;

const now = () => new Date().toISOString();
const FINISHED = FINISHED_JOB_STATUSES;

/**
 * The store on SQLite: several processes share one file (WAL, busy timeout), and the multi-step
 * changes run in IMMEDIATE transactions. Knows nothing of Redis.
 */
export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: BetterSQLite3Database<typeof schema>;
  private readonly sqlite: Database.Database;
  private readonly blobs: BlobFiles;

  constructor(opts: StoreOptions) {
    const path = sqlitePath(opts.databaseUrl);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.sqlite = new Database(path);
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('busy_timeout = 15000');
    this.sqlite.pragma('synchronous = NORMAL');
    this.sqlite.pragma('foreign_keys = ON');
    migrateSqlite(this.sqlite);
    this.db = drizzle(this.sqlite, { schema });
    this.blobs = new BlobFiles(join(opts.dataDir, 'blobs'));
  }

  async close(): Promise<void> {
    this.sqlite.close();
  }

  async ping(): Promise<void> {
    this.sqlite.prepare('SELECT 1').get();
  }

  // ---- documents ---------------------------------------------------------------------------

  /** Stores a PDF once per sha256 (write to a temp file, then rename: readers never see half a file). */
  async putDocument(sha256: string, bytes: Uint8Array): Promise<void> {
    const existing = this.db.select().from(documents).where(eq(documents.sha256, sha256)).get();
    if (existing) return;
    const blobPath = this.blobs.write(sha256, bytes);
    this.db
      .insert(documents)
      .values({ sha256, byteSize: bytes.byteLength, blobPath, createdAt: now() })
      .onConflictDoNothing()
      .run();
  }

  async getDocumentBytes(sha256: string): Promise<Uint8Array> {
    const row = this.db.select().from(documents).where(eq(documents.sha256, sha256)).get();
    if (!row) throw new Error(`document ${sha256} is not stored`);
    return new Uint8Array(await readFile(row.blobPath));
  }

  async setPageCount(sha256: string, pageCount: number): Promise<void> {
    this.db.update(documents).set({ pageCount }).where(eq(documents.sha256, sha256)).run();
  }

  async getDocument(sha256: string): Promise<DocumentRow | null> {
    return this.db.select().from(documents).where(eq(documents.sha256, sha256)).get() ?? null;
  }

  // ---- jobs --------------------------------------------------------------------------------

  async createJob(job: NewJob): Promise<JobRow> {
    const row = { ...job, status: 'QUEUED', createdAt: now() };
    this.db.insert(jobs).values(row).run();
    return this.db.select().from(jobs).where(eq(jobs.id, job.id)).get()!;
  }

  /** The documents and the job in one IMMEDIATE transaction: deleteJob's takes the same lock. */
  async createJobWithDocuments(job: NewJob, docs: NewDocumentFile[]): Promise<JobRow> {
    return this.sqlite
      .transaction(() => {
        for (const d of distinctDocuments(docs)) {
          const existing = this.db.select().from(documents).where(eq(documents.sha256, d.sha256)).get();
          if (existing && existsSync(existing.blobPath)) continue;
          const blobPath = this.blobs.adopt(d.sha256, d.tmpPath);
          this.db
            .insert(documents)
            .values({ sha256: d.sha256, byteSize: d.byteSize, blobPath, createdAt: now() })
            .onConflictDoUpdate({ target: documents.sha256, set: { blobPath, byteSize: d.byteSize } })
            .run();
        }
        this.db.insert(jobs).values({ ...job, status: 'QUEUED', createdAt: now() }).run();
        return this.db.select().from(jobs).where(eq(jobs.id, job.id)).get()!;
      })
      .immediate();
  }

  async setStreamId(jobId: string, streamId: string): Promise<void> {
    this.db.update(jobs).set({ streamId }).where(eq(jobs.id, jobId)).run();
  }

  async getJob(jobId: string): Promise<JobWithSegments | null> {
    const job = this.db.select().from(jobs).where(eq(jobs.id, jobId)).get();
    if (!job) return null;
    const segments = this.db.select().from(jobSegments).where(eq(jobSegments.jobId, jobId)).all();
    return { job, segments };
  }

  async listJobs(opts: { status?: JobStatus; owner?: string | null; limit: number; offset: number }): Promise<{ total: number; jobs: JobWithSegments[] }> {
    const conds = [];
    if (opts.status) conds.push(eq(jobs.status, opts.status));
    if (opts.owner) conds.push(eq(jobs.owner, opts.owner));
    const where = conds.length ? and(...conds) : undefined;
    const total = this.db.select({ n: count() }).from(jobs).where(where).get()?.n ?? 0;
    const rows = this.db
      .select()
      .from(jobs)
      .where(where)
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(opts.limit)
      .offset(opts.offset)
      .all();
    const ids = rows.map((r) => r.id);
    const segs = ids.length ? this.db.select().from(jobSegments).where(inArray(jobSegments.jobId, ids)).all() : [];
    return {
      total,
      jobs: rows.map((job) => ({ job, segments: segs.filter((s) => s.jobId === job.id) })),
    };
  }

  async countUnfinishedJobs(): Promise<number> {
    return this.db.select({ n: count() }).from(jobs).where(notInArray(jobs.status, FINISHED)).get()?.n ?? 0;
  }

  /** Marks a segment running (and the job RUNNING if it was QUEUED). False when the job is finished. */
  async startSegment(jobId: string, segment: number, consumer: string): Promise<boolean> {
    return this.sqlite
      .transaction(() => {
        const job = this.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, jobId)).get();
        if (!job || FINISHED.includes(job.status)) return false;
        const t = now();
        this.db
          .update(jobs)
          .set({ status: 'RUNNING', startedAt: sql`coalesce(${jobs.startedAt}, ${t})` })
          .where(and(eq(jobs.id, jobId), eq(jobs.status, 'QUEUED')))
          .run();
        this.db
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
          })
          .run();
        return true;
      })
      .immediate();
  }

  async completeSegment(jobId: string, segment: number, opts: { cached: boolean; durationMs: number }): Promise<void> {
    this.db
      .update(jobSegments)
      .set({ status: 'completed', cached: opts.cached, durationMs: Math.round(opts.durationMs), completedAt: now() })
      .where(and(eq(jobSegments.jobId, jobId), eq(jobSegments.segment, segment), eq(jobSegments.status, 'running')))
      .run();
  }

  /** Fails the job (if not already finished) with a message that names the segment. */
  async failJob(jobId: string, segment: number | null, message: string): Promise<boolean> {
    return this.sqlite
      .transaction(() => {
        const r = this.db
          .update(jobs)
          .set({ status: 'FAILED', errorMessage: message, errorSegment: segment, completedAt: now() })
          .where(and(eq(jobs.id, jobId), notInArray(jobs.status, FINISHED)))
          .run();
        if (segment !== null) {
          this.db
            .insert(jobSegments)
            .values({ jobId, segment, status: 'failed', attempts: 1 })
            .onConflictDoUpdate({ target: [jobSegments.jobId, jobSegments.segment], set: { status: 'failed', completedAt: now() } })
            .run();
        }
        return r.changes > 0;
      })
      .immediate();
  }

  /** CANCELLED from QUEUED or RUNNING; returns false (and changes nothing) for a finished job. */
  async cancelJob(jobId: string): Promise<boolean> {
    const r = this.db
      .update(jobs)
      .set({ status: 'CANCELLED', completedAt: now(), errorMessage: 'cancelled by request' })
      .where(and(eq(jobs.id, jobId), notInArray(jobs.status, FINISHED)))
      .run();
    if (r.changes > 0) {
      this.db
        .update(jobSegments)
        .set({ status: 'skipped' })
        .where(and(eq(jobSegments.jobId, jobId), eq(jobSegments.status, 'running')))
        .run();
    }
    return r.changes > 0;
  }

  /** Puts a FAILED job back to RUNNING (a dead letter is replayed): clears the error and the failed segment. */
  async reopenJob(jobId: string): Promise<boolean> {
    return this.sqlite
      .transaction(() => {
        const r = this.db
          .update(jobs)
          .set({ status: 'RUNNING', errorMessage: null, errorSegment: null, completedAt: null })
          .where(and(eq(jobs.id, jobId), eq(jobs.status, 'FAILED')))
          .run();
        if (r.changes > 0) {
          this.db
            .update(jobSegments)
            .set({ status: 'pending', completedAt: null })
            .where(and(eq(jobSegments.jobId, jobId), eq(jobSegments.status, 'failed')))
            .run();
        }
        return r.changes > 0;
      })
      .immediate();
  }

  async completeJob(jobId: string, result: unknown): Promise<boolean> {
    return this.sqlite
      .transaction(() => {
        const r = this.db
          .update(jobs)
          .set({ status: 'COMPLETED', completedAt: now() })
          .where(and(eq(jobs.id, jobId), or(eq(jobs.status, 'RUNNING'), eq(jobs.status, 'QUEUED'))))
          .run();
        if (r.changes === 0) return false;
        this.db
          .insert(results)
          .values({ jobId, data: JSON.stringify(result), createdAt: now() })
          .onConflictDoNothing()
          .run();
        return true;
      })
      .immediate();
  }

  async getResultJson(jobId: string): Promise<string | null> {
    return this.db.select({ data: results.data }).from(results).where(eq(results.jobId, jobId)).get()?.data ?? null;
  }

  /**
   * Removes a finished job, its result and the PDFs (and their artifacts) no other job uses, in one
   * IMMEDIATE transaction: a job being created with one of those PDFs (createJobWithDocuments)
   * waits for it or is counted by it. A PDF's file is removed inside the transaction too: removed
   * after it, it could be a file another submit had just stored again under the same name.
   */
  async deleteJob(jobId: string): Promise<'deleted' | 'not_found' | 'not_finished'> {
    return this.sqlite
      .transaction(() => {
        const job = this.db.select().from(jobs).where(eq(jobs.id, jobId)).get();
        if (!job) return 'not_found' as const;
        if (!FINISHED.includes(job.status)) return 'not_finished' as const;
        this.db.delete(results).where(eq(results.jobId, jobId)).run();
        this.db.delete(jobSegments).where(eq(jobSegments.jobId, jobId)).run();
        this.db.delete(jobs).where(eq(jobs.id, jobId)).run();
        for (const sha of new Set([job.shaA, job.shaB])) {
          const used = this.db
            .select({ n: count() })
            .from(jobs)
            .where(or(eq(jobs.shaA, sha), eq(jobs.shaB, sha)))
            .get()?.n;
          if (used) continue;
          const doc = this.db.select().from(documents).where(eq(documents.sha256, sha)).get();
          this.db.delete(documents).where(eq(documents.sha256, sha)).run();
          this.db.delete(artifacts).where(eq(artifacts.sha256, sha)).run();
          this.db.delete(artifacts).where(sql`${artifacts.key} like ${`pair:%${sha}%`}`).run();
          if (doc) this.blobs.remove(doc.blobPath);
        }
        return 'deleted' as const;
      })
      .immediate();
  }

  async ownerUsedBefore(owner: string | null, jobId: string, docs: { sha: string } | { shaA: string; shaB: string }): Promise<boolean> {
    const uses = 'sha' in docs ? or(eq(jobs.shaA, docs.sha), eq(jobs.shaB, docs.sha)) : and(eq(jobs.shaA, docs.shaA), eq(jobs.shaB, docs.shaB));
    const mine = owner === null ? isNull(jobs.owner) : eq(jobs.owner, owner);
    return !!this.db.select({ id: jobs.id }).from(jobs).where(and(mine, ne(jobs.id, jobId), uses)).limit(1).get();
  }

  async ownerStorage(owner: string | null, shas: string[]): Promise<{ bytes: number; held: string[] }> {
    const mine = owner === null ? isNull(jobs.owner) : eq(jobs.owner, owner);
    const used = this.db
      .select({ sha: documents.sha256, size: documents.byteSize })
      .from(documents)
      .where(or(inArray(documents.sha256, this.db.select({ s: jobs.shaA }).from(jobs).where(mine)), inArray(documents.sha256, this.db.select({ s: jobs.shaB }).from(jobs).where(mine))))
      .all();
    const have = new Set(used.map((u) => u.sha));
    return { bytes: used.reduce((n, u) => n + u.size, 0), held: shas.filter((s) => have.has(s)) };
  }

  // ---- batches -----------------------------------------------------------------------------

  async createBatch(batch: NewBatch): Promise<void> {
    this.db.insert(batches).values({ ...batch, createdAt: now() }).run();
  }

  async getBatch(batchId: string) {
    const batch = this.db.select().from(batches).where(eq(batches.id, batchId)).get();
    if (!batch) return null;
    const rows = this.db.select().from(jobs).where(eq(jobs.batchId, batchId)).orderBy(jobs.createdAt, jobs.id).all();
    const ids = rows.map((r) => r.id);
    const segs = ids.length ? this.db.select().from(jobSegments).where(inArray(jobSegments.jobId, ids)).all() : [];
    return { batch, jobs: rows.map((job) => ({ job, segments: segs.filter((s) => s.jobId === job.id) })) };
  }

  // ---- artifacts ---------------------------------------------------------------------------

  async hasArtifact(key: string): Promise<boolean> {
    return !!this.db.select({ k: artifacts.key }).from(artifacts).where(eq(artifacts.key, key)).get();
  }

  async artifactJob(key: string): Promise<string | null> {
    return this.db.select({ jobId: artifacts.jobId }).from(artifacts).where(eq(artifacts.key, key)).get()?.jobId ?? null;
  }

  async getArtifact<T>(key: string): Promise<T | null> {
    const row = this.db.select({ data: artifacts.data }).from(artifacts).where(eq(artifacts.key, key)).get();
    return row ? (JSON.parse(row.data) as T) : null;
  }

  /** Idempotent: the first write of a key wins (stage outputs are deterministic for a key). */
  async putArtifact(key: string, value: unknown, sha256: string | null = null, jobId: string | null = null): Promise<void> {
    const data = JSON.stringify(value);
    this.db
      .insert(artifacts)
      .values({ key, sha256, data, byteSize: Buffer.byteLength(data), createdAt: now(), jobId })
      .onConflictDoNothing()
      .run();
  }
}

export function sqlitePath(databaseUrl: string): string {
  if (databaseUrl === ':memory:' || databaseUrl === 'file::memory:') return ':memory:';
  if (databaseUrl.startsWith('file:')) return databaseUrl.slice('file:'.length);
  if (databaseUrl.startsWith('sqlite:')) return databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  return databaseUrl;
}
