import type { JobEvent, JobStatus, JobStatusBody, SegmentState } from '@policydiff/contracts';
import { maxStreamId } from '../lib/stream-id';
import { SEGMENT_DEFS } from './segment-catalog';

/** What a segment shows: the contract's status, with completed split into done and cached. */
export type SegmentDisplay = 'pending' | 'running' | 'done' | 'cached' | 'failed' | 'skipped';
export type Connection = 'connecting' | 'live' | 'reconnecting' | 'polling' | 'closed';

export interface SegmentProgress {
  segment: number;
  name: string;
  shortName: string;
  document: 'A' | 'B' | null;
  state: SegmentDisplay;
  durationMs: number | null;
  startedAt: string | null;
  attempts: number;
}

export interface ProgressState {
  jobId: string;
  known: boolean;
  status: JobStatus;
  progressPct: number;
  segments: SegmentProgress[];
  fileNameA: string | null;
  fileNameB: string | null;
  errorMessage: string | null;
  createdAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  /** The newest event seen: the `?after=` cursor for a WebSocket resume. */
  lastEventId: string | null;
  connection: Connection;
  notFound: boolean;
}

export type ProgressAction =
  | { type: 'snapshot'; job: JobStatusBody }
  | { type: 'polled'; job: JobStatusBody }
  | { type: 'event'; event: JobEvent }
  | { type: 'connection'; connection: Connection }
  | { type: 'not-found' };

export const FINISHED: readonly JobStatus[] = ['COMPLETED', 'FAILED', 'CANCELLED'];
export const isFinished = (s: JobStatus) => FINISHED.includes(s);

export function initialProgress(jobId: string): ProgressState {
  return {
    jobId,
    known: false,
    status: 'QUEUED',
    progressPct: 0,
    segments: SEGMENT_DEFS.map((d) => ({ ...d, state: 'pending', durationMs: null, startedAt: null, attempts: 0 })),
    fileNameA: null,
    fileNameB: null,
    errorMessage: null,
    createdAt: null,
    startedAt: null,
    completedAt: null,
    lastEventId: null,
    connection: 'connecting',
    notFound: false,
  };
}

/*
 * Every merge is monotonic: a segment never goes back from done to running and a job never goes
 * back from COMPLETED to RUNNING. That makes the order of snapshots, replayed events (after a
 * resume) and polled bodies irrelevant, and duplicates harmless.
 */
const SEGMENT_RANK: Record<SegmentDisplay, number> = { pending: 0, running: 1, done: 2, cached: 2, failed: 2, skipped: 2 };
const STATUS_RANK: Record<JobStatus, number> = { QUEUED: 0, RUNNING: 1, COMPLETED: 2, FAILED: 2, CANCELLED: 2 };

function display(status: SegmentState['status'] | 'running' | 'completed' | 'failed' | 'skipped', cached: boolean): SegmentDisplay {
  if (status === 'completed') return cached ? 'cached' : 'done';
  return status;
}

function mergeSegment(cur: SegmentProgress, next: Partial<SegmentProgress> & { state: SegmentDisplay }): SegmentProgress {
  if (SEGMENT_RANK[next.state] < SEGMENT_RANK[cur.state]) return cur;
  // Between two final states (e.g. done then cached for the same run), keep the first but fill gaps.
  const state = SEGMENT_RANK[cur.state] === 2 && SEGMENT_RANK[next.state] === 2 ? cur.state : next.state;
  return {
    ...cur,
    state,
    durationMs: next.durationMs ?? cur.durationMs,
    startedAt: cur.startedAt ?? next.startedAt ?? null,
    attempts: Math.max(cur.attempts, next.attempts ?? 0),
  };
}

function mergeStatus(cur: JobStatus, next: JobStatus): JobStatus {
  if (STATUS_RANK[next] < STATUS_RANK[cur]) return cur;
  if (STATUS_RANK[cur] === 2) return cur;
  return next;
}

function applyBody(state: ProgressState, job: JobStatusBody): ProgressState {
  const segments = state.segments.map((cur) => {
    const s = job.segments.find((x) => x.segment === cur.segment);
    if (!s) return cur;
    return mergeSegment(cur, {
      state: display(s.status, s.cached),
      durationMs: s.duration_ms,
      startedAt: s.started_at,
      attempts: s.attempts,
    });
  });
  const status = mergeStatus(state.status, job.status);
  return {
    ...state,
    known: true,
    status,
    progressPct: status === 'COMPLETED' ? 100 : Math.max(state.progressPct, job.progress_pct),
    segments,
    fileNameA: job.file_name_a,
    fileNameB: job.file_name_b,
    errorMessage: job.error_message ?? state.errorMessage,
    createdAt: job.created_at,
    startedAt: job.started_at ?? state.startedAt,
    completedAt: job.completed_at ?? state.completedAt,
    lastEventId: maxStreamId(state.lastEventId, job.last_event_id),
  };
}

function applyEvent(state: ProgressState, e: JobEvent): ProgressState {
  let segments = state.segments;
  if (e.segment !== null && e.segment_status !== null) {
    segments = segments.map((cur) =>
      cur.segment === e.segment
        ? mergeSegment(cur, {
            state: display(e.segment_status!, e.cached),
            durationMs: e.duration_ms,
            startedAt: e.segment_status === 'running' ? e.timestamp : null,
          })
        : cur,
    );
  }
  const terminal: Partial<Record<JobEvent['type'], JobStatus>> = { completed: 'COMPLETED', failed: 'FAILED', cancelled: 'CANCELLED' };
  const status = mergeStatus(state.status, terminal[e.type] ?? e.status);
  const finishedNow = isFinished(status) && !isFinished(state.status);
  return {
    ...state,
    known: true,
    status,
    progressPct: status === 'COMPLETED' ? 100 : Math.max(state.progressPct, e.progress_pct),
    segments,
    errorMessage: e.error_message ?? state.errorMessage,
    startedAt: state.startedAt ?? (status !== 'QUEUED' ? e.timestamp : null),
    completedAt: finishedNow ? (state.completedAt ?? e.timestamp) : state.completedAt,
    lastEventId: maxStreamId(state.lastEventId, e.event_id),
  };
}

export function progressReducer(state: ProgressState, action: ProgressAction): ProgressState {
  switch (action.type) {
    case 'snapshot':
    case 'polled':
      if (action.job.job_id !== state.jobId) return state;
      return applyBody(state, action.job);
    case 'event':
      if (action.event.job_id !== state.jobId) return state;
      return applyEvent(state, action.event);
    case 'connection':
      return state.connection === action.connection ? state : { ...state, connection: action.connection };
    case 'not-found':
      return { ...state, notFound: true, connection: 'closed' };
  }
}

/** Counts for the summary line: how many segments are finished, and the longest duration (for bars). */
export function segmentStats(segments: SegmentProgress[]) {
  const finished = segments.filter((s) => s.state === 'done' || s.state === 'cached' || s.state === 'skipped').length;
  const maxDuration = Math.max(0, ...segments.map((s) => s.durationMs ?? 0));
  return { finished, total: segments.length, maxDuration };
}
