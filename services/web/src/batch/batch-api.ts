import type { BatchBody, CompareAccepted } from '@policydiff/contracts';
import { request } from '../api/client';

export interface BatchAccepted {
  batch_id: string;
  status: 'QUEUED';
  jobs: (CompareAccepted & { file_name: string })[];
}

/** `POST /jobs/compare-batch`: one base PDF and 1–20 alternatives, one job each. */
export async function submitBatch(base: File, alternatives: File[], signal?: AbortSignal): Promise<BatchAccepted> {
  const form = new FormData();
  form.set('base', base, base.name);
  for (const alt of alternatives) form.append('alternatives', alt, alt.name);
  return (await request<BatchAccepted>('/jobs/compare-batch', { method: 'POST', body: form, signal })).body;
}

export async function getBatch(id: string, signal?: AbortSignal): Promise<BatchBody> {
  return (await request<BatchBody>(`/batches/${encodeURIComponent(id)}`, { signal })).body;
}
