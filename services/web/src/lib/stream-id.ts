/** Redis stream ids (`1700000000000-3`) compared as numbers: the WebSocket resume cursor. */
export function compareStreamIds(a: string, b: string): number {
  const [am = '0', as = '0'] = a.split('-');
  const [bm = '0', bs = '0'] = b.split('-');
  const d = BigInt(am) - BigInt(bm);
  if (d !== 0n) return d > 0n ? 1 : -1;
  const s = BigInt(as) - BigInt(bs);
  return s === 0n ? 0 : s > 0n ? 1 : -1;
}

export function maxStreamId(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return compareStreamIds(a, b) >= 0 ? a : b;
}

export function isStreamId(s: string | null | undefined): s is string {
  return typeof s === 'string' && /^\d+-\d+$/.test(s);
}
