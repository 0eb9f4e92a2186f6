export * from './store-api.js';
export * from './open-store.js';
export * from './status-body.js';
export * from './migrate.js';
export type { JobRow, SegmentRow } from './schema.js';
