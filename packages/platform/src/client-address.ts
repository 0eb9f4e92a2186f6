import { BlockList, isIP } from 'node:net';

/**
 * The proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`: addresses and CIDR ranges,
 * comma-separated). Anyone can send the header, so it is read only from a peer on this list: a load
 * balancer or ingress in front of the gateway. Empty (the default): the header is ignored and a
 * client is its TCP peer address.
 */
export interface TrustedProxies {
  readonly any: boolean;
  has(address: string): boolean;
}

/** `::ffff:10.0.0.1` (a v4 peer on a dual-stack socket) is `10.0.0.1`. */
const plain = (address: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address);

/** Why an entry of TRUSTED_PROXIES cannot be read, or null when it can. */
export function trustedProxyEntryProblem(entry: string): string | null {
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || extra !== undefined) return `"${entry}" is not an IP address or a CIDR range like 10.0.0.0/8`;
  if (bits === undefined) return null;
  const n = Number(bits);
  if (!/^\d+$/.test(bits) || n > (family === 4 ? 32 : 128)) return `"${entry}" has a prefix length that is not 0–${family === 4 ? 32 : 128}`;
  return null;
}

export function parseTrustedProxies(raw: string): TrustedProxies {
  const list = new BlockList();
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    const problem = trustedProxyEntryProblem(entry);
    if (problem) throw new Error(`TRUSTED_PROXIES: ${problem}`);
    const [address, bits] = entry.split('/') as [string, string | undefined];
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return {
    any: entries.length > 0,
    has(address) {
      const a = plain(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/**
 * The client behind a request: its TCP peer, unless that peer is a trusted proxy, in which case the
 * `X-Forwarded-For` chain is read from the right (each proxy appends the address it received from)
 * and the first address not itself a trusted proxy is the client. What lies left of it was written
 * by the client and is not believed.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  const socket = peer ? plain(peer) : 'unknown';
  if (!trusted.any || !forwardedFor || !trusted.has(socket)) return socket;
  const hops = forwardedFor.split(',').map((s) => plain(s.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? socket;
}
