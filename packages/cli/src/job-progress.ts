import {
  SEGMENTS,
  TOTAL_SEGMENTS,
  type JobEvent,
  type JobStatus,
  type JobStatusBody,
  type SegmentStatus,
  type WsServerMessage,
} from '@policydiff/contracts';

/** What the CLI knows of a job while following it: built from the snapshot, then each event. */
export interface JobProgress {
  jobId: string;
  status: JobStatus;
  progressPct: number;
  segments: { segment: number; name: string; status: SegmentStatus; cached: boolean; durationMs: number | null }[];
  errorMessage: string | null;
  /** The last event applied: a reconnect resumes after it (`?after=`). */
  lastEventId: string | null;
}

export const isFinished = (s: JobStatus) => s === 'COMPLETED' || s === 'FAILED' || s === 'CANCELLED';

export function emptyProgress(jobId: string): JobProgress {
  return {
    jobId,
    status: 'QUEUED',
    progressPct: 0,
    segments: SEGMENTS.map((s) => ({ segment: s.segment, name: s.name, status: 'pending', cached: false, durationMs: null })),
    errorMessage: null,
    lastEventId: null,
  };
}

export function progressFromStatus(body: JobStatusBody): JobProgress {
  return {
    jobId: body.job_id,
    status: body.status,
    progressPct: body.progress_pct,
    segments: SEGMENTS.map((info) => {
      const s = body.segments.find((x) => x.segment === info.segment);
      return { segment: info.segment, name: info.name, status: s?.status ?? 'pending', cached: s?.cached ?? false, durationMs: s?.duration_ms ?? null };
    }),
    errorMessage: body.error_message,
    lastEventId: body.last_event_id,
  };
}

/**
 * Applies one WebSocket message. A snapshot replaces the state, except that it never moves the
 * resume cursor backwards (a snapshot sent on reconnect may predate events already applied).
 */
export function applyMessage(p: JobProgress, msg: WsServerMessage): JobProgress {
  if (msg.type === 'snapshot') {
    const next = progressFromStatus(msg.job);
    return { ...next, lastEventId: p.lastEventId ?? next.lastEventId };
  }
  return applyEvent(p, msg);
}

function applyEvent(p: JobProgress, e: JobEvent): JobProgress {
  const segments = p.segments.map((s) =>
    e.segment === s.segment && e.segment_status
      ? { ...s, status: e.segment_status, cached: e.cached, durationMs: e.duration_ms ?? s.durationMs }
      : s,
  );
  return {
    ...p,
    status: e.status,
    progressPct: Math.max(p.progressPct, e.progress_pct),
    segments,
    errorMessage: e.error_message ?? p.errorMessage,
    lastEventId: e.event_id,
  };
}

/** One plain line per event, for logs and pipes (no cursor movement). */
export function describeEvent(e: JobEvent): string {
  const pct = `${e.progress_pct.toFixed(0).padStart(3)}%`;
  if (e.type === 'completed') return `${pct} job completed`;
  if (e.type === 'failed') return `${pct} job failed: ${e.error_message ?? 'no message'}`;
  if (e.type === 'cancelled') return `${pct} job cancelled`;
  const seg = `segment ${String(e.segment).padStart(2)}/${TOTAL_SEGMENTS} ${e.segment_name ?? ''}`;
  if (e.segment_status === 'completed') {
    return `${pct} ${seg} completed${e.duration_ms !== null ? ` in ${e.duration_ms} ms` : ''}${e.cached ? ' (cached)' : ''}`;
  }
  return `${pct} ${seg} ${e.segment_status ?? e.type}`;
}
