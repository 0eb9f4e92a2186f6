import type { JobStatusBody } from '@policydiff/contracts';
import type { StageStreamFigures } from './ops-types';

/** A stage stream is a concern when work waits: undelivered entries, or a pending entry older than this. */
export const STALE_PENDING_MS = 60_000;

export type StreamHealth = 'idle' | 'busy' | 'stale' | 'missing';

/** idle: nothing waiting; busy: work queued or in flight; stale: the oldest pending entry is old; missing: no group yet. */
export function streamHealth(s: StageStreamFigures): StreamHealth {
  if (!s.group_exists) return 'missing';
  if (s.oldest_pending_age_ms !== null && s.oldest_pending_age_ms >= STALE_PENDING_MS) return 'stale';
  if ((s.lag ?? 0) > 0 || s.pending > 0 || s.retries_waiting > 0) return 'busy';
  return 'idle';
}

/** Idle time as the CLI prints it: 850 ms, 12 s, 3 min, 2 h. */
export function formatIdle(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000)} h`;
}

/** One bar of a job's segment timeline, as fractions of the job's span (0–1). */
export interface TimelineBar {
  segment: number;
  name: string;
  status: string;
  cached: boolean;
  attempts: number;
  consumer: string | null;
  durationMs: number | null;
  start: number;
  width: number;
}

/**
 * Places each started segment on the job's time axis, from the job's start (or its first segment)
 * to its end (or `now` while it runs). Segments never started have no bar (width 0, start 0).
 */
export function timelineBars(job: JobStatusBody, now = Date.now()): { spanMs: number; bars: TimelineBar[] } {
  const t = (iso: string | null) => (iso ? Date.parse(iso) : NaN);
  const starts = job.segments.map((s) => t(s.started_at)).filter(Number.isFinite);
  const ends = job.segments.map((s) => t(s.completed_at)).filter(Number.isFinite);
  const origin = Math.min(...[t(job.started_at), ...starts].filter(Number.isFinite));
  const finish = Number.isFinite(t(job.completed_at)) ? t(job.completed_at) : Math.max(now, ...ends);
  const spanMs = Number.isFinite(origin) ? Math.max(1, finish - origin) : 0;
  const bars = job.segments.map((s) => {
    const a = t(s.started_at);
    const b = Number.isFinite(t(s.completed_at)) ? t(s.completed_at) : s.status === 'running' ? now : a;
    const placed = spanMs > 0 && Number.isFinite(a);
    const start = placed ? Math.min(1, Math.max(0, (a - origin) / spanMs)) : 0;
    const width = placed ? Math.min(1 - start, Math.max(0, (b - a) / spanMs)) : 0;
    return { segment: s.segment, name: s.name, status: s.status, cached: s.cached, attempts: s.attempts, consumer: s.consumer, durationMs: s.duration_ms, start, width };
  });
  return { spanMs, bars };
}

/** Sums across a stage's streams (one per priority): the stage's line in a summary. */
export function stageTotals(streams: StageStreamFigures[]): { length: number; lag: number; pending: number; consumers: number } {
  return {
    length: streams.reduce((n, s) => n + s.length, 0),
    lag: streams.reduce((n, s) => n + (s.lag ?? 0), 0),
    pending: streams.reduce((n, s) => n + s.pending, 0),
    consumers: new Set(streams.flatMap((s) => s.consumers.map((c) => c.name))).size,
  };
}
