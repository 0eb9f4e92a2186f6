import { request } from '../api/client';
import type { DeadLetterList, StageStatsBody, StreamsBody } from './ops-types';

/** The gateway's admin endpoints, with this tab's API key (an admin key when API keys are on). */
export async function getStreams(signal?: AbortSignal): Promise<StreamsBody> {
  return (await request<StreamsBody>('/admin/streams', { signal })).body;
}

export async function getStageStats(jobs = 100, signal?: AbortSignal): Promise<StageStatsBody> {
  return (await request<StageStatsBody>(`/admin/stage-stats?jobs=${jobs}`, { signal })).body;
}

export async function getDeadLetters(limit = 50, signal?: AbortSignal): Promise<DeadLetterList> {
  return (await request<DeadLetterList>(`/admin/dlq?limit=${limit}`, { signal })).body;
}

export async function replayDeadLetter(id: string): Promise<void> {
  await request(`/admin/dlq/${encodeURIComponent(id)}/replay`, { method: 'POST' });
}
