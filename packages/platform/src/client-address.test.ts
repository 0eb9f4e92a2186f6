import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './client-address.js';
import { loadConfig } from './config.js';

describe('clientAddress', () => {
  const none = parseTrustedProxies('');
  const lb = parseTrustedProxies('10.0.0.0/8, 192.168.1.7, fd00::/8');

  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', null, none)).toBe('203.0.113.9');
    expect(clientAddress(undefined, null, none)).toBe('unknown');
  });

  it('reads X-Forwarded-For only from a trusted peer, from the right, skipping trusted hops', () => {
    expect(clientAddress('10.1.2.3', '198.51.100.4', lb)).toBe('198.51.100.4');
    expect(clientAddress('::ffff:10.1.2.3', '198.51.100.4', lb)).toBe('198.51.100.4');
    // The client wrote the left part: only what the trusted proxies appended counts.
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.4, 192.168.1.7', lb)).toBe('198.51.100.4');
    expect(clientAddress('fd00::1', '2001:db8::5', lb)).toBe('2001:db8::5');
    // An untrusted peer cannot choose its address by sending the header.
    expect(clientAddress('203.0.113.9', '10.0.0.1', lb)).toBe('203.0.113.9');
    expect(clientAddress('10.1.2.3', null, lb)).toBe('10.1.2.3');
    // Every hop a proxy: the leftmost.
    expect(clientAddress('10.1.2.3', '10.9.9.9, 10.8.8.8', lb)).toBe('10.9.9.9');
  });

  it('refuses an entry it cannot read, naming it', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('TRUSTED_PROXIES: "10.0.0.0/33" has a prefix length that is not 0–32');
    expect(() => parseTrustedProxies('proxy.internal')).toThrow('TRUSTED_PROXIES: "proxy.internal" is not an IP address or a CIDR range like 10.0.0.0/8');
    expect(() => parseTrustedProxies('10.0.0.1/8/1')).toThrow(/not an IP address/);
  });
});

describe('TRUSTED_PROXIES in the configuration', () => {
  it('fails fast on an entry it cannot read', () => {
    expect(loadConfig('gateway', { TRUSTED_PROXIES: '10.0.0.0/8,::1' }).TRUSTED_PROXIES).toBe('10.0.0.0/8,::1');
    expect(() => loadConfig('gateway', { TRUSTED_PROXIES: '10.0.0.0/8,lb.internal' })).toThrow('TRUSTED_PROXIES: "lb.internal" is not an IP address or a CIDR range like 10.0.0.0/8');
  });
});
