import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations', 'sqlite');

/** Applies migrations/sqlite/*.sql in name order, each once, inside one transaction per file. */
export function migrateSqlite(db: Database.Database): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name),
  );
  const done: string[] = [];
  for (const file of readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort()) {
    if (applied.has(file)) continue;
    if (applyMigration(db, file, readFileSync(join(migrationsDir, file), 'utf8'))) done.push(file);
  }
  return done;
}

/**
 * Applies one migration unless it is recorded as applied, deciding under the write lock: ten
 * services opening a new database at once all read "not applied" in `migrateSqlite`, and all but
 * the first must find it applied once they hold the lock (else the second `ALTER TABLE … ADD
 * COLUMN` fails with "duplicate column name"). True when this call applied it.
 */
export function applyMigration(db: Database.Database, name: string, sql: string): boolean {
  return db
    .transaction(() => {
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE name = ?').get(name)) return false;
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
      return true;
    })
    .immediate();
}
