import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigration, migrateSqlite } from './migrate.js';

const migrations = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations', 'sqlite');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrateSqlite', () => {
  it('applies every migration once and records it', () => {
    dir = mkdtempSync(join(tmpdir(), 'pd-migrate-'));
    const db = new Database(join(dir, 'db.sqlite'));
    expect(migrateSqlite(db)).toEqual(['0001_init.sql', '0002_batches.sql', '0003_artifact_job.sql']);
    expect(migrateSqlite(db)).toEqual([]);
    db.close();
  });

  it('a process that read "not applied" before another applied it finds it applied under the lock', () => {
    // The race of ten services opening a new database at once, made deterministic: connection
    // `late` decided to apply 0002 before `early` applied everything.
    dir = mkdtempSync(join(tmpdir(), 'pd-migrate-'));
    const file = join(dir, 'db.sqlite');
    const early = new Database(file);
    const late = new Database(file);
    late.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    expect(migrateSqlite(early)).toHaveLength(3);
    const sql = readFileSync(join(migrations, '0002_batches.sql'), 'utf8');
    expect(applyMigration(late, '0002_batches.sql', sql)).toBe(false);
    expect(late.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 3 });
    early.close();
    late.close();
  });
});
