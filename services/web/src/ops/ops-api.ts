import { request } from '../api/client';
import { authHeaders } from './admin-key';
import type { DeadLetterList, StageStatsBody, StreamsBody } from './ops-types';

/** The gateway's admin endpoints; `key` is the admin key when API keys are on (null otherwise). */
export async function getStreams(key: string | null, signal?: AbortSignal): Promise<StreamsBody> {
  return (await request<StreamsBody>('/admin/streams', { headers: authHeaders(key), signal })).body;
}

export async function getStageStats(key: string | null, jobs = 100, signal?: AbortSignal): Promise<StageStatsBody> {
  return (await request<StageStatsBody>(`/admin/stage-stats?jobs=${jobs}`, { headers: authHeaders(key), signal })).body;
}

export async function getDeadLetters(key: string | null, limit = 50, signal?: AbortSignal): Promise<DeadLetterList> {
  return (await request<DeadLetterList>(`/admin/dlq?limit=${limit}`, { headers: authHeaders(key), signal })).body;
}

export async function replayDeadLetter(key: string | null, id: string): Promise<void> {
  await request(`/admin/dlq/${encodeURIComponent(id)}/replay`, { method: 'POST', headers: authHeaders(key) });
}
