import type { CompareAccepted, ComparisonResult, JobList, JobStatus, JobStatusBody } from '@policydiff/contracts';
import { ApiError } from './api-error';
import { askForKey, authHeaders, readApiKey, saveApiKey } from './api-key';

/**
 * fetch with this tab's API key. On 401 it asks for a key (once for every request waiting), keeps
 * it, and sends the request again; a refused key asks again, saying so; no answer returns the 401.
 */
export async function apiFetch(path: string, init?: RequestInit): Promise<Response> {
  let key = readApiKey();
  for (;;) {
    const res = await fetch(path, { ...init, headers: { ...authHeaders(key), ...init?.headers } });
    if (res.status !== 401) return res;
    const answer = await askForKey(key !== null);
    if (!answer) return res;
    init?.signal?.throwIfAborted();
    saveApiKey(answer);
    key = answer;
  }
}

/** The gateway's HTTP API, same origin as the app. Every call throws `ApiError` on a problem body. */
export async function request<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await apiFetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  if (!res.ok) throw await ApiError.from(res);
  const body = res.status === 204 ? (null as T) : ((await res.json()) as T);
  return { status: res.status, body };
}

const jobPath = (id: string) => `/jobs/${encodeURIComponent(id)}`;

export async function submitComparison(fileA: File, fileB: File, signal?: AbortSignal): Promise<CompareAccepted> {
  const form = new FormData();
  form.set('file_a', fileA, fileA.name);
  form.set('file_b', fileB, fileB.name);
  return (await request<CompareAccepted>('/jobs/compare', { method: 'POST', body: form, signal })).body;
}

export async function getJob(id: string, signal?: AbortSignal): Promise<JobStatusBody> {
  return (await request<JobStatusBody>(jobPath(id), { signal })).body;
}

/** The result, or null while the job has not finished storing it (202). */
export async function getResult(id: string, signal?: AbortSignal): Promise<ComparisonResult | null> {
  const { status, body } = await request<ComparisonResult>(`${jobPath(id)}/result`, { signal });
  return status === 200 ? body : null;
}

export async function cancelJob(id: string): Promise<JobStatusBody> {
  return (await request<JobStatusBody>(`${jobPath(id)}/cancel`, { method: 'POST' })).body;
}

export async function listJobs(opts: { status?: JobStatus; limit?: number; offset?: number } = {}): Promise<JobList> {
  const q = new URLSearchParams();
  if (opts.status) q.set('status', opts.status);
  q.set('limit', String(opts.limit ?? 50));
  q.set('offset', String(opts.offset ?? 0));
  return (await request<JobList>(`/jobs?${q}`)).body;
}

export async function deleteJob(id: string): Promise<void> {
  await request<null>(jobPath(id), { method: 'DELETE' });
}

export const documentUrl = (id: string, side: 'a' | 'b') => `${jobPath(id)}/documents/${side}`;

/** The job's WebSocket; the key goes in the query, the only place a browser can put it on an upgrade. */
export function jobSocketUrl(id: string, after: string | null, key: string | null = readApiKey()): string {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const q = new URLSearchParams();
  if (after) q.set('after', after);
  if (key) q.set('api_key', key);
  return `${proto}//${location.host}/ws${jobPath(id)}${q.size ? `?${q}` : ''}`;
}
