import { segmentInfo, type JobEvent, type JobStatus } from '@policydiff/contracts';

export type StoredJobEvent = Omit<JobEvent, 'event_id'>;

/** A job event as it is written to the streams (the notifier adds `event_id`, the entry id). */
export function jobEvent(e: {
  type: JobEvent['type'];
  jobId: string;
  segment: number | null;
  segmentStatus?: JobEvent['segment_status'];
  progressPct: number;
  status: JobStatus;
  cached?: boolean;
  durationMs?: number | null;
  errorMessage?: string | null;
}): StoredJobEvent {
  return {
    type: e.type,
    job_id: e.jobId,
    segment: e.segment,
    segment_name: e.segment ? segmentInfo(e.segment).name : null,
    segment_status: e.segmentStatus ?? null,
    progress_pct: e.progressPct,
    status: e.status,
    cached: e.cached ?? false,
    duration_ms: e.durationMs ?? null,
    error_message: e.errorMessage ?? null,
    timestamp: new Date().toISOString(),
  };
}

/** "Segment 3 (Document A: Clause Classification) failed: …" */
export function segmentFailureMessage(segment: number, message: string): string {
  return `Segment ${segment} (${segmentInfo(segment).name}) failed: ${message}`;
}
