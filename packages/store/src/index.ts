export * from './store-api.js';
export * from './open-store.js';
export { SqliteStore, sqlitePath } from './sqlite-store.js';
export { PgStore } from './pg-store.js';
export * from './status-body.js';
export * from './migrate.js';
export type { JobRow, SegmentRow } from './schema.js';
