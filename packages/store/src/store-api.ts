import type { JobStatus } from '@policydiff/contracts';
import type { BatchRow, JobRow, SegmentRow } from './schema.js';

export interface NewJob {
  id: string;
  fileNameA: string;
  fileNameB: string;
  shaA: string;
  shaB: string;
  owner: string | null;
  priority: 'high' | 'normal';
  batchId?: string | null;
}

/** An uploaded PDF in a temporary file, hashed. */
export interface NewDocumentFile {
  sha256: string;
  tmpPath: string;
  byteSize: number;
}

export interface NewBatch {
  id: string;
  baseFileName: string;
  baseSha: string;
  owner: string | null;
}

export interface JobWithSegments {
  job: JobRow;
  segments: SegmentRow[];
}

export interface DocumentRow {
  sha256: string;
  byteSize: number;
  pageCount: number | null;
  blobPath: string;
  createdAt: string;
}

export interface StoreOptions {
  /** `file:/path/db.sqlite` (default) or `postgres://user@host:port/db`. */
  databaseUrl: string;
  /** Where PDFs are kept (`blobs/`), whatever the database. */
  dataDir: string;
}

/**
 * Durable state: job records and their segments, uploaded PDFs, stage artifacts keyed by document
 * hash or pair, and results. One contract, two dialects (SQLite by default, PostgreSQL by URL);
 * every state change is a conditional update, so concurrent or repeated calls are safe.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
  ping(): Promise<void>;

  putDocument(sha256: string, bytes: Uint8Array): Promise<void>;
  getDocumentBytes(sha256: string): Promise<Uint8Array>;
  setPageCount(sha256: string, pageCount: number): Promise<void>;
  getDocument(sha256: string): Promise<DocumentRow | null>;

  createJob(job: NewJob): Promise<JobRow>;
  /**
   * Moves each uploaded file into the blob store (or drops it when its hash is stored) and records
   * the job, in one transaction that holds each document while it runs: a `deleteJob` at the same
   * time either sees the new job as a user of the PDF and keeps it, or finishes first, and the PDF
   * is stored again from this upload. Never a job whose PDF was deleted under it.
   */
  createJobWithDocuments(job: NewJob, documents: NewDocumentFile[]): Promise<JobRow>;
  setStreamId(jobId: string, streamId: string): Promise<void>;
  getJob(jobId: string): Promise<JobWithSegments | null>;
  listJobs(opts: { status?: JobStatus; owner?: string | null; limit: number; offset: number }): Promise<{ total: number; jobs: JobWithSegments[] }>;
  countUnfinishedJobs(): Promise<number>;
  startSegment(jobId: string, segment: number, consumer: string): Promise<boolean>;
  completeSegment(jobId: string, segment: number, opts: { cached: boolean; durationMs: number }): Promise<void>;
  failJob(jobId: string, segment: number | null, message: string): Promise<boolean>;
  reopenJob(jobId: string): Promise<boolean>;
  cancelJob(jobId: string): Promise<boolean>;
  completeJob(jobId: string, result: unknown): Promise<boolean>;
  getResultJson(jobId: string): Promise<string | null>;
  deleteJob(jobId: string): Promise<'deleted' | 'not_found' | 'not_finished'>;
  /**
   * What one owner (a key's name; null with keys off) stores: the bytes of the distinct PDFs its
   * jobs use, and which of `shas` are among them (an upload of those adds nothing). For the
   * per-key storage quota.
   */
  ownerStorage(owner: string | null, shas: string[]): Promise<{ bytes: number; held: string[] }>;
  /**
   * Whether another job of `owner` (null: keys off) than `jobId` uses the document (`{ sha }`, on
   * either side) or the pair (`{ shaA, shaB }`, in that order). A segment reused from cache is
   * reported `cached` only then: reused from another key's job, it would tell this key that
   * someone else uploaded the same PDF.
   */
  ownerUsedBefore(owner: string | null, jobId: string, docs: { sha: string } | { shaA: string; shaB: string }): Promise<boolean>;

  createBatch(batch: NewBatch): Promise<void>;
  /** The batch and its jobs (with segments), oldest first. */
  getBatch(batchId: string): Promise<{ batch: BatchRow; jobs: JobWithSegments[] } | null>;

  hasArtifact(key: string): Promise<boolean>;
  getArtifact<T>(key: string): Promise<T | null>;
  /** `jobId`: the job whose segment computed it (the first write of a key wins, its job with it). */
  putArtifact(key: string, value: unknown, sha256?: string | null, jobId?: string | null): Promise<void>;
  /** The job whose segment computed the artifact, or null (unknown, or written before this was kept). */
  artifactJob(key: string): Promise<string | null>;
}

export const FINISHED_JOB_STATUSES = ['COMPLETED', 'FAILED', 'CANCELLED'];

/** One entry per hash (A and B may be the same file), in hash order: every transaction that holds several documents takes them in the same order, so two cannot deadlock. */
export function distinctDocuments(docs: NewDocumentFile[]): NewDocumentFile[] {
  return [...new Map(docs.map((d) => [d.sha256, d])).values()].sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
}
