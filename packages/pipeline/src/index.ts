export * from './artifact-keys.js';
export * from './envelope.js';
export * from './job-events.js';
export * from './service-context.js';
export * from './stage-compute.js';
export * from './stage-worker.js';
export * from './delivery-worker.js';
export * from './jobs.js';
