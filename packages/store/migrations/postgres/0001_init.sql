CREATE TABLE IF NOT EXISTS documents (
  sha256 TEXT PRIMARY KEY,
  byte_size BIGINT NOT NULL,
  page_count INTEGER,
  blob_path TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  file_name_a TEXT NOT NULL,
  file_name_b TEXT NOT NULL,
  sha_a TEXT NOT NULL,
  sha_b TEXT NOT NULL,
  owner TEXT,
  priority TEXT NOT NULL DEFAULT 'normal',
  error_message TEXT,
  error_segment INTEGER,
  stream_id TEXT,
  created_at TEXT NOT NULL,
  started_at TEXT,
  completed_at TEXT
);
CREATE INDEX IF NOT EXISTS jobs_status_created ON jobs (status, created_at);
CREATE INDEX IF NOT EXISTS jobs_created ON jobs (created_at);
CREATE TABLE IF NOT EXISTS job_segments (
  job_id TEXT NOT NULL,
  segment INTEGER NOT NULL,
  status TEXT NOT NULL,
  cached BOOLEAN NOT NULL DEFAULT FALSE,
  started_at TEXT,
  completed_at TEXT,
  duration_ms INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  consumer TEXT,
  PRIMARY KEY (job_id, segment)
);
CREATE TABLE IF NOT EXISTS artifacts (
  key TEXT PRIMARY KEY,
  sha256 TEXT,
  data TEXT NOT NULL,
  byte_size BIGINT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS artifacts_sha ON artifacts (sha256);
CREATE TABLE IF NOT EXISTS results (
  job_id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL
);
