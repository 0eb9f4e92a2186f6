import { WebSocket } from 'ws';
import { WS_CLOSE, type JobStatusBody, type WsServerMessage } from '@policydiff/contracts';
import { ApiError, type ApiClient } from './api-client.js';
import { applyMessage, emptyProgress, isFinished, progressFromStatus, type JobProgress } from './job-progress.js';

export interface FollowOptions {
  /** Called after every message applied (the progress bar redraws from it). */
  onUpdate?: (p: JobProgress, msg: WsServerMessage) => void;
  /** Called when the connection drops and the follower reconnects. */
  onReconnect?: (attempt: number, after: string | null) => void;
  /** Reconnect attempts in a row before falling back to polling GET /jobs/:id. */
  maxReconnects?: number;
  pollMs?: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Follows a job to its end over the WebSocket. A dropped connection is reopened with
 * `?after=<last event id>`, so no event is missed or repeated; if the WebSocket stays unreachable
 * the job is polled instead, so a proxy that refuses upgrades does not stop the CLI.
 */
export async function followJob(api: ApiClient, jobId: string, o: FollowOptions = {}): Promise<JobProgress> {
  let progress = emptyProgress(jobId);
  let failures = 0;
  const maxReconnects = o.maxReconnects ?? 8;
  while (failures <= maxReconnects) {
    const outcome = await watchOnce(api, jobId, progress, (p, msg) => {
      progress = p;
      failures = 0;
      o.onUpdate?.(p, msg);
    });
    progress = outcome.progress;
    if (isFinished(progress.status)) return progress;
    if (outcome.fatal) throw outcome.fatal;
    failures++;
    o.onReconnect?.(failures, progress.lastEventId);
    await sleep(Math.min(5000, 250 * 2 ** failures));
  }
  // The WebSocket is out of reach: poll until the job ends.
  for (;;) {
    const { body } = await api.get<JobStatusBody>(`/jobs/${encodeURIComponent(jobId)}`);
    const next = progressFromStatus(body);
    if (JSON.stringify(next.segments) !== JSON.stringify(progress.segments) || next.status !== progress.status) {
      progress = next;
      o.onUpdate?.(progress, { type: 'snapshot', job: body });
    }
    if (isFinished(progress.status)) return progress;
    await sleep(o.pollMs ?? 1000);
  }
}

function watchOnce(
  api: ApiClient,
  jobId: string,
  start: JobProgress,
  update: (p: JobProgress, msg: WsServerMessage) => void,
): Promise<{ progress: JobProgress; fatal?: Error }> {
  return new Promise((resolve) => {
    let progress = start;
    const ws = new WebSocket(api.wsUrl(jobId, start.lastEventId), { headers: api.headers() });
    ws.on('message', (data) => {
      let msg: WsServerMessage;
      try {
        msg = JSON.parse(data.toString()) as WsServerMessage;
      } catch {
        return;
      }
      progress = applyMessage(progress, msg);
      update(progress, msg);
      if (isFinished(progress.status)) ws.close(1000);
    });
    ws.on('error', () => undefined); // 'close' follows and decides
    ws.on('unexpected-response', (_req, res) => {
      ws.terminate();
      const fatal = res.statusCode === 404 ? new ApiError(404, `no job with id ${jobId}`, null) : undefined;
      resolve({ progress, fatal });
    });
    ws.on('close', (code, reason) => {
      const why = reason.toString();
      if (code === WS_CLOSE.unknownJob) return resolve({ progress, fatal: new ApiError(404, why || `no job with id ${jobId}`, null) });
      if (code === WS_CLOSE.unauthorized || code === WS_CLOSE.forbidden) {
        return resolve({ progress, fatal: new ApiError(code === WS_CLOSE.unauthorized ? 401 : 403, why || 'not allowed to watch this job (--api-key)', null) });
      }
      if (code === 1008) return resolve({ progress, fatal: new Error(`the server refused the WebSocket: ${why}`) });
      resolve({ progress });
    });
  });
}
