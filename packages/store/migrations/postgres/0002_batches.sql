CREATE TABLE IF NOT EXISTS batches (
  id TEXT PRIMARY KEY,
  base_file_name TEXT NOT NULL,
  base_sha TEXT NOT NULL,
  owner TEXT,
  created_at TEXT NOT NULL
);
ALTER TABLE jobs ADD COLUMN IF NOT EXISTS batch_id TEXT;
CREATE INDEX IF NOT EXISTS jobs_batch ON jobs (batch_id);
