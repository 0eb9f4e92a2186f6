export * from './errors.js';
export * from './redis.js';
export * from './commands.js';
export * from './consumer.js';
