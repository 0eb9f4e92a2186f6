/**
 * The API key of this tab, when the server has API keys on. Asked for once, when the API first
 * answers 401 (key-prompt.tsx), then kept in sessionStorage: gone when the tab closes, never in
 * localStorage, and shared with the gateway's /docs page in the same tab. Every call sends it as
 * `Authorization: Bearer`; the WebSocket, which a browser cannot give headers, as `?api_key=`.
 */
const STORAGE_KEY = 'policydiff.apiKey';

export interface KeyStorage {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

const session = (): KeyStorage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

export function readApiKey(storage: KeyStorage | null = session()): string | null {
  const v = storage?.getItem(STORAGE_KEY)?.trim();
  return v ? v : null;
}

export function saveApiKey(key: string | null, storage: KeyStorage | null = session()): void {
  const v = key?.trim();
  if (v) storage?.setItem(STORAGE_KEY, v);
  else storage?.removeItem(STORAGE_KEY);
  for (const l of changeListeners) l(readApiKey(storage));
}

export function authHeaders(key: string | null): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}

const changeListeners = new Set<(key: string | null) => void>();

/** Called with the new key whenever it is saved or forgotten. */
export function onApiKeyChange(listener: (key: string | null) => void): () => void {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

/** A request for a key, shown by whoever listens (the app's prompt): `refused` when the last key got 401. */
export interface KeyRequest {
  refused: boolean;
  answer(key: string | null): void;
}

const askListeners = new Set<(request: KeyRequest | null) => void>();
let pending: { promise: Promise<string | null>; request: KeyRequest } | null = null;

/** Shows a key request to `listener` (and the one already pending, if any). */
export function onKeyRequest(listener: (request: KeyRequest | null) => void): () => void {
  askListeners.add(listener);
  if (pending) listener(pending.request);
  return () => void askListeners.delete(listener);
}

/**
 * Asks for a key. Every request that got 401 meanwhile waits on the same question; with nobody to
 * ask (no prompt mounted) the answer is null at once.
 */
export function askForKey(refused: boolean): Promise<string | null> {
  if (pending) return pending.promise;
  if (askListeners.size === 0) return Promise.resolve(null);
  let resolve!: (key: string | null) => void;
  const promise = new Promise<string | null>((r) => (resolve = r));
  const request: KeyRequest = {
    refused,
    answer(key) {
      if (pending?.request !== request) return;
      pending = null;
      for (const l of askListeners) l(null);
      resolve(key?.trim() || null);
    },
  };
  pending = { promise, request };
  for (const l of askListeners) l(request);
  return promise;
}
