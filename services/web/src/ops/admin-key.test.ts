import { describe, expect, it } from 'vitest';
import { authHeaders, readAdminKey, saveAdminKey, type KeyStorage } from './admin-key';
import { isOpsRoute } from './ops-route';

const memory = (): KeyStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('admin key', () => {
  it('is kept trimmed, cleared when blank, and sent as a bearer token', () => {
    const s = memory();
    expect(readAdminKey(s)).toBeNull();
    saveAdminKey('  secret-1 ', s);
    expect(readAdminKey(s)).toBe('secret-1');
    expect(authHeaders(readAdminKey(s))).toEqual({ authorization: 'Bearer secret-1' });
    saveAdminKey('   ', s);
    expect(s.data.size).toBe(0);
    expect(authHeaders(null)).toEqual({});
  });

  it('matches the ops route only', () => {
    expect(isOpsRoute('#/ops')).toBe(true);
    expect(isOpsRoute('#ops/')).toBe(true);
    expect(isOpsRoute('#/ops/x')).toBe(false);
    expect(isOpsRoute('#/history')).toBe(false);
  });
});
