import type { Store } from '@policydiff/store';
import { ProblemError } from './problems.js';

/**
 * The per-key storage quota (STORAGE_QUOTA_BYTES): the PDFs a key's jobs use, counted once each
 * however many jobs share them, may not pass the quota. With keys off every job is local mode's
 * (owner null) and the quota is that of the whole machine. Checked per upload: two uploads at the
 * same instant may each fit alone and pass it together by at most one upload.
 */
const mb = (n: number) =>
  n < 1024 ** 2 ? `${n.toLocaleString('en')} bytes` : n < 1024 ** 3 ? `${(n / 1024 ** 2).toFixed(1)} MB` : `${(n / 1024 ** 3).toFixed(2)} GB`;
const who = (owner: string | null) => (owner === null ? 'this server (API keys off)' : `the key "${owner}"`);

const exceeded = (owner: string | null, quota: number, detail: string) =>
  new ProblemError(413, 'quotaExceeded', 'Storage quota exceeded', `${detail}; ${who(owner)} may keep ${mb(quota)} of PDFs (STORAGE_QUOTA_BYTES): delete finished jobs (DELETE /jobs/{id}) to make room`);

/** Before reading a body: refuses an owner already at its quota (nothing it sends could fit). */
export async function refuseWhenFull(store: Store, quota: number, owner: string | null): Promise<ProblemError | null> {
  if (!quota) return null;
  const { bytes } = await store.ownerStorage(owner, []);
  return bytes >= quota ? exceeded(owner, quota, `${who(owner)} already stores ${mb(bytes)} of PDFs`) : null;
}

/** After the upload: refuses when the PDFs it adds (those the owner does not hold yet) would pass the quota. */
export async function checkQuota(store: Store, quota: number, owner: string | null, files: { sha256: string; size: number }[]): Promise<void> {
  if (!quota) return;
  const distinct = [...new Map(files.map((f) => [f.sha256, f.size])).entries()];
  const { bytes, held } = await store.ownerStorage(owner, distinct.map(([sha]) => sha));
  const adds = distinct.filter(([sha]) => !held.includes(sha)).reduce((n, [, size]) => n + size, 0);
  if (adds > 0 && bytes + adds > quota) throw exceeded(owner, quota, `${who(owner)} stores ${mb(bytes)} of PDFs and this upload adds ${mb(adds)}`);
}
