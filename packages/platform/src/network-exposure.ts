import type { Logger } from 'pino';
import { ConfigError, type Config } from './config.js';

/** 127.0.0.0/8, ::1 and localhost: reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

export type Exposure = { ok: true } | { ok: false; refusal: string } | { ok: true; warning: string };

/**
 * Whether a service may listen on HOST as configured. With API keys off a service trusts whoever
 * reaches it, so it listens on a loopback address only; on any other (`0.0.0.0`, a LAN address)
 * it refuses to start, unless INSECURE_NETWORK_WITHOUT_KEYS says that is what the operator wants
 * (a private network with its own access control), which is then logged at every start.
 */
export function networkExposure(config: Pick<Config, 'HOST' | 'API_KEYS' | 'INSECURE_NETWORK_WITHOUT_KEYS'>): Exposure {
  if (config.API_KEYS.trim() || isLoopbackHost(config.HOST)) return { ok: true };
  if (config.INSECURE_NETWORK_WITHOUT_KEYS) {
    return {
      ok: true,
      warning:
        `INSECURE: listening on ${config.HOST} with API keys off (INSECURE_NETWORK_WITHOUT_KEYS=1): anyone who can reach this address ` +
        'can read, delete and replay every job. Set API_KEYS, or listen on 127.0.0.1.',
    };
  }
  return {
    ok: false,
    refusal:
      `refusing to listen on HOST=${config.HOST} with API keys off: anyone on the network could read, delete and replay every job. ` +
      'Set API_KEYS (see docs/security.md), listen on 127.0.0.1, or set INSECURE_NETWORK_WITHOUT_KEYS=1 to accept that.',
  };
}

/** Called by each service just before it listens: throws (the service does not start) or warns loudly. */
export function assertSafeToListen(config: Config, logger: Pick<Logger, 'error'>): void {
  const exposure = networkExposure(config);
  if (!exposure.ok) throw new ConfigError(`${config.service}: ${exposure.refusal}`);
  if ('warning' in exposure) logger.error({ host: config.HOST, insecure: true }, exposure.warning);
}
