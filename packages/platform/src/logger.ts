import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; the local supervisor prefixes and pretty-prints them. Never log document text at info. */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, base: { service, pid: process.pid } });
}
