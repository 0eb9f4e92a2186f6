export * from './segments.js';
export * from './streams.js';
export * from './events.js';
export * from './api.js';
export * from './ws.js';
export * from './result.js';
export * from './errors.js';
export * from './openapi.js';
