import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Mirrors migrations/sqlite/*.sql; the migrations are the source of truth for the database. */
export const documents = sqliteTable('documents', {
  sha256: text('sha256').primaryKey(),
  byteSize: integer('byte_size').notNull(),
  pageCount: integer('page_count'),
  blobPath: text('blob_path').notNull(),
  createdAt: text('created_at').notNull(),
});

export const jobs = sqliteTable(
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

export const jobSegments = sqliteTable(
  'job_segments',
  {
    jobId: text('job_id').notNull(),
    segment: integer('segment').notNull(),
    status: text('status').notNull(),
    cached: integer('cached', { mode: 'boolean' }).notNull().default(false),
    startedAt: text('started_at'),
    completedAt: text('completed_at'),
    durationMs: integer('duration_ms'),
    attempts: integer('attempts').notNull().default(0),
    consumer: text('consumer'),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.segment] })],
);

export const batches = sqliteTable('batches', {
  id: text('id').primaryKey(),
  baseFileName: text('base_file_name').notNull(),
  baseSha: text('base_sha').notNull(),
  owner: text('owner'),
  createdAt: text('created_at').notNull(),
});

export const artifacts = sqliteTable('artifacts', {
  key: text('key').primaryKey(),
  sha256: text('sha256'),
  data: text('data').notNull(),
  byteSize: integer('byte_size').notNull(),
  createdAt: text('created_at').notNull(),
  jobId: text('job_id'),
});

export const results = sqliteTable('results', {
  jobId: text('job_id').primaryKey(),
  data: text('data').notNull(),
  createdAt: text('created_at').notNull(),
});

export type JobRow = typeof jobs.$inferSelect;
export type SegmentRow = typeof jobSegments.$inferSelect;
export type BatchRow = typeof batches.$inferSelect;
