-- The job whose segment computed an artifact: a segment reused from its own job's earlier attempt
-- is reported cached; one reused from another key's job is not (store-api.ts, ownerUsedBefore).
ALTER TABLE artifacts ADD COLUMN IF NOT EXISTS job_id TEXT;
