import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { assertSafeToListen, isLoopbackHost, networkExposure } from './network-exposure.js';

const config = (env: Record<string, string>) => loadConfig('gateway', env);

describe('network exposure', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.3.4.5', 'localhost', '::1', '[::1]', 'LOCALHOST']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'example.com', '127.0.0.1.example.com']) expect(isLoopbackHost(h), h).toBe(false);
  });

  it('lets a service listen on loopback without keys, and anywhere with them', () => {
    expect(networkExposure(config({}))).toEqual({ ok: true });
    expect(networkExposure(config({ HOST: '0.0.0.0', API_KEYS: 'a=secret-secret' }))).toEqual({ ok: true });
  });

  it('refuses a non-loopback HOST without keys, saying what to do', () => {
    const c = config({ HOST: '0.0.0.0' });
    const e = networkExposure(c);
    expect(e.ok).toBe(false);
    expect(() => assertSafeToListen(c, { error: () => undefined })).toThrow(ConfigError);
    expect(() => assertSafeToListen(c, { error: () => undefined })).toThrow(
      'gateway: refusing to listen on HOST=0.0.0.0 with API keys off: anyone on the network could read, delete and replay every job. Set API_KEYS (see docs/security.md), listen on 127.0.0.1, or set INSECURE_NETWORK_WITHOUT_KEYS=1 to accept that.',
    );
  });

  it('starts with the opt-out, logging at error level that it is insecure', () => {
    const logged: string[] = [];
    assertSafeToListen(config({ HOST: '0.0.0.0', INSECURE_NETWORK_WITHOUT_KEYS: '1' }), { error: (_o: unknown, msg?: string) => void logged.push(msg ?? '') });
    expect(logged).toEqual([expect.stringMatching(/^INSECURE: listening on 0\.0\.0\.0 with API keys off/)]);
    expect(() => config({ INSECURE_NETWORK_WITHOUT_KEYS: 'yes' })).toThrow(/INSECURE_NETWORK_WITHOUT_KEYS/);
  });
});
