export * from './config.js';
export * from './logger.js';
export * from './shutdown.js';
export * from './api-keys.js';
export * from './metrics.js';
export * from './request-guard.js';
export * from './client-address.js';
export * from './network-exposure.js';
