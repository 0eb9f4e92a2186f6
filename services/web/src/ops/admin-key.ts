/**
 * The admin API key the operator typed on the Ops page. Kept in sessionStorage (gone when the tab
 * closes, never in localStorage) and sent as `Authorization: Bearer`.
 */
const KEY = 'policydiff.adminKey';

export interface KeyStorage {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

const session = (): KeyStorage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

export function readAdminKey(storage: KeyStorage | null = session()): string | null {
  const v = storage?.getItem(KEY)?.trim();
  return v ? v : null;
}

export function saveAdminKey(key: string | null, storage: KeyStorage | null = session()): void {
  const v = key?.trim();
  if (v) storage?.setItem(KEY, v);
  else storage?.removeItem(KEY);
}

export function authHeaders(key: string | null): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}
