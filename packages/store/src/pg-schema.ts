import { bigint, boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** PostgreSQL mirror of schema.ts; migrations/postgres/*.sql are the source of truth. */
export const documents = pgTable('documents', {
  sha256: text('sha256').primaryKey(),
  byteSize: bigint('byte_size', { mode: 'number' }).notNull(),
  pageCount: integer('page_count'),
  blobPath: text('blob_path').notNull(),
  createdAt: text('created_at').notNull(),
});

export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    status: text('status').notNull(),
    fileNameA: text('file_name_a').notNull(),
    fileNameB: text('file_name_b').notNull(),
    shaA: text('sha_a').notNull(),
    shaB: text('sha_b').notNull(),
    owner: text('owner'),
    priority: text('priority').notNull().default('normal'),
    errorMessage: text('error_message'),
    errorSegment: integer('error_segment'),
    streamId: text('stream_id'),
    batchId: text('batch_id'),
    createdAt: text('created_at').notNull(),
    startedAt: text('started_at'),
    completedAt: text('completed_at'),
  },
  (t) => [index('jobs_status_created').on(t.status, t.createdAt), index('jobs_created').on(t.createdAt)],
);

export const jobSegments = pgTable(
  'job_segments',
  {
    jobId: text('job_id').notNull(),
    segment: integer('segment').notNull(),
    status: text('status').notNull(),
    cached: boolean('cached').notNull().default(false),
    startedAt: text('started_at'),
    completedAt: text('completed_at'),
    durationMs: integer('duration_ms'),
    attempts: integer('attempts').notNull().default(0),
    consumer: text('consumer'),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.segment] })],
);

export const batches = pgTable('batches', {
  id: text('id').primaryKey(),
  baseFileName: text('base_file_name').notNull(),
  baseSha: text('base_sha').notNull(),
  owner: text('owner'),
  createdAt: text('created_at').notNull(),
});

export const artifacts = pgTable('artifacts', {
  key: text('key').primaryKey(),
  sha256: text('sha256'),
  data: text('data').notNull(),
  byteSize: bigint('byte_size', { mode: 'number' }).notNull(),
  createdAt: text('created_at').notNull(),
  jobId: text('job_id'),
});

export const results = pgTable('results', {
  jobId: text('job_id').primaryKey(),
  data: text('data').notNull(),
  createdAt: text('created_at').notNull(),
});
